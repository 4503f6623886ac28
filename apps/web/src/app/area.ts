import type { ReactNode } from 'react';
import type { Role } from '../gql/schema-types';

export interface NavItem {
  readonly href: string;
  readonly label: string;
}

/**
 * One user group's part of the app: its menu, its first page and its routes (<Route> elements,
 * paths absolute). Each area lives in its own folder (staff/, provider/, admin/).
 */
export interface Area {
  readonly role: Exclude<Role, 'RESIDENT'>;
  readonly home: string;
  readonly nav: readonly NavItem[];
  readonly routes: ReactNode;
}
