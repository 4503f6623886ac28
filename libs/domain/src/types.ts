/** Shared vocabulary of the platform (see the glossary in the product docs). */

export const FINANCING_FORMS = ['ZIN', 'PGB'] as const;
export type Financing = (typeof FINANCING_FORMS)[number];

export const URGENCIES = ['ROUTINE', 'SOON', 'URGENT', 'CRISIS'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const REQUEST_STATUSES = ['OPEN', 'REFERRED', 'PLACED', 'CLOSED'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const ROLES = ['ADMIN', 'STAFF', 'PROVIDER', 'RESIDENT', 'POLICY'] as const;
export type Role = (typeof ROLES)[number];

export const PRODUCT_CATEGORIES = [
  'BEGELEIDING',
  'DAGBESTEDING',
  'HUISHOUDELIJKE_HULP',
  'REABLEMENT',
] as const;
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];

export interface GeoPoint {
  readonly lat: number;
  readonly lon: number;
}
