import { lazy } from 'react';
import { Route } from 'react-router';
import type { Area } from '../app/area';

const CoveragePage = lazy(() =>
  import('./coverage-page').then((m) => ({ default: m.CoveragePage })),
);

/** Policy and contract managers: coverage figures only. */
export const policyArea: Area = {
  role: 'POLICY',
  home: '/dekking',
  nav: [{ href: '/dekking', label: 'Dekking' }],
  routes: <Route path="/dekking" element={<CoveragePage />} />,
};
