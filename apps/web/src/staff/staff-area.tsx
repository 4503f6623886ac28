import { lazy } from 'react';
import { Route } from 'react-router';
import type { Area } from '../app/area';

const RequestListPage = lazy(() => import('./request-list/request-list-page'));
const NewRequestPage = lazy(() => import('./new-request/new-request-page'));
const RequestPage = lazy(() => import('./request/request-page'));
const SearchPage = lazy(() => import('./search/search-page'));
const PlacementsExportPage = lazy(() => import('./placements/placements-export-page'));

/** The staff screens: menu, first page and routes. */
export const staffArea: Area = {
  role: 'STAFF',
  home: '/aanvragen',
  nav: [
    { href: '/aanvragen', label: 'Aanvragen' },
    { href: '/aanvragen/nieuw', label: 'Nieuwe aanvraag' },
    { href: '/zoeken', label: 'Zoeken in het aanbod' },
    { href: '/plaatsingen', label: 'Plaatsingen exporteren' },
  ],
  routes: (
    <>
      <Route path="/aanvragen" element={<RequestListPage />} />
      <Route path="/aanvragen/nieuw" element={<NewRequestPage />} />
      <Route path="/aanvragen/:id" element={<RequestPage />} />
      <Route path="/zoeken" element={<SearchPage />} />
      <Route path="/plaatsingen" element={<PlacementsExportPage />} />
    </>
  ),
};
