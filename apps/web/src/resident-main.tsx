import './resident/resident-styles';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createResidentApp } from './resident/resident-app';

const App = createResidentApp();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
