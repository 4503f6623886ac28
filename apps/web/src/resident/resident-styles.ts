/**
 * The resident page loads only the NL Design System CSS of the components it shows (the full
 * library is 48 kB gzipped; see bench/RESULTS.md for what this page weighs).
 */
import '@utrecht/design-tokens/dist/index.css';
import '@utrecht/document-css/dist/index.css';
import '@utrecht/page-css/dist/index.css';
import '@utrecht/page-header-css/dist/index.css';
import '@utrecht/page-content-css/dist/index.css';
import '@utrecht/page-footer-css/dist/index.css';
import '@utrecht/skip-link-css/dist/index.css';
import '@utrecht/paragraph-css/dist/index.css';
import '@utrecht/heading-1-css/dist/index.css';
import '@utrecht/heading-2-css/dist/index.css';
import '@utrecht/heading-3-css/dist/index.css';
import '@utrecht/data-list-css/dist/index.css';
import '@utrecht/status-badge-css/dist/index.css';
import '@utrecht/unordered-list-css/dist/index.css';
import '@utrecht/button-css/dist/index.css';
import '@utrecht/button-group-css/dist/index.css';
import '@utrecht/alert-css/dist/index.css';
import '@utrecht/link-css/dist/index.css';
import '../theme/theme.css';
import '../theme/app.css';
