import type { Area } from '../app/area';

/** The admin screens: menu, first page and routes. */
export const adminArea: Area = {
  role: 'ADMIN',
  home: '/beheer',
  nav: [],
  routes: null,
};
