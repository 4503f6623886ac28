import { lazy } from 'react';
import { Route } from 'react-router';
import type { Area } from '../app/area';
import { NAV } from './texts';

// Each page is loaded when first opened: the providers' screens are a chunk of their own.
const CapacityBoardPage = lazy(() =>
  import('./capacity-board-page').then((m) => ({ default: m.CapacityBoardPage })),
);
const ReferralInboxPage = lazy(() =>
  import('./referral-inbox-page').then((m) => ({ default: m.ReferralInboxPage })),
);
const NewOfferingPage = lazy(() =>
  import('./offering-form-page').then((m) => ({ default: m.NewOfferingPage })),
);
const EditOfferingPage = lazy(() =>
  import('./offering-form-page').then((m) => ({ default: m.EditOfferingPage })),
);

/** The provider screens: menu, first page and routes. */
export const providerArea: Area = {
  role: 'PROVIDER',
  home: '/aanbod',
  nav: [
    { href: '/aanbod', label: NAV.board },
    { href: '/aanmeldingen', label: NAV.inbox },
  ],
  routes: (
    <>
      <Route path="/aanbod" element={<CapacityBoardPage />} />
      <Route path="/aanbod/nieuw" element={<NewOfferingPage />} />
      <Route path="/aanbod/:offeringId/wijzigen" element={<EditOfferingPage />} />
      <Route path="/aanmeldingen" element={<ReferralInboxPage />} />
    </>
  ),
};
