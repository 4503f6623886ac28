import { lazy } from 'react';
import { Route } from 'react-router';
import type { Area } from '../app/area';

// Each page is its own chunk: staff and providers never download the admin screens.
const AdminHomePage = lazy(() =>
  import('./admin-home-page').then((m) => ({ default: m.AdminHomePage })),
);
const UsersPage = lazy(() => import('./users-page').then((m) => ({ default: m.UsersPage })));
const NewUserPage = lazy(() => import('./new-user-page').then((m) => ({ default: m.NewUserPage })));
const ProvidersPage = lazy(() =>
  import('./providers-page').then((m) => ({ default: m.ProvidersPage })),
);
const NewProviderPage = lazy(() =>
  import('./new-provider-page').then((m) => ({ default: m.NewProviderPage })),
);
const PolicyPage = lazy(() => import('./policy-page').then((m) => ({ default: m.PolicyPage })));
const ExchangePage = lazy(() =>
  import('./exchange-page').then((m) => ({ default: m.ExchangePage })),
);
const MatchingStatusPage = lazy(() =>
  import('./matching-status-page').then((m) => ({ default: m.MatchingStatusPage })),
);
const CoveragePage = lazy(() =>
  import('../insight/coverage-page').then((m) => ({ default: m.CoveragePage })),
);

/** The menu's words (the pages keep theirs in texts.ts, which loads with the pages). */
const TEXT = {
  users: 'Gebruikers',
  policy: 'Matchingbeleid',
  status: 'Matchingstatus',
  coverage: 'Dekking',
  exchange: 'Uitwisselen',
};

/** The admin screens: menu, first page and routes. */
export const adminArea: Area = {
  role: 'ADMIN',
  home: '/beheer',
  nav: [
    { href: '/beheer/gebruikers', label: TEXT.users },
    { href: '/beheer/beleid', label: TEXT.policy },
    { href: '/beheer/matching', label: TEXT.status },
    { href: '/beheer/dekking', label: TEXT.coverage },
    { href: '/beheer/uitwisselen', label: TEXT.exchange },
  ],
  routes: (
    <>
      <Route path="/beheer" element={<AdminHomePage />} />
      <Route path="/beheer/gebruikers" element={<UsersPage />} />
      <Route path="/beheer/gebruikers/nieuw" element={<NewUserPage />} />
      <Route path="/beheer/aanbieders" element={<ProvidersPage />} />
      <Route path="/beheer/aanbieders/nieuw" element={<NewProviderPage />} />
      <Route path="/beheer/beleid" element={<PolicyPage />} />
      <Route path="/beheer/matching" element={<MatchingStatusPage />} />
      <Route path="/beheer/dekking" element={<CoveragePage />} />
      <Route path="/beheer/uitwisselen" element={<ExchangePage />} />
    </>
  ),
};
