import type { Area } from '../app/area';

/** The provider screens: menu, first page and routes. */
export const providerArea: Area = {
  role: 'PROVIDER',
  home: '/aanbod',
  nav: [],
  routes: null,
};
