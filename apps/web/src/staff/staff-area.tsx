import type { Area } from '../app/area';

/** The staff screens: menu, first page and routes. */
export const staffArea: Area = {
  role: 'STAFF',
  home: '/aanvragen',
  nav: [],
  routes: null,
};
