import type { Financing } from '../../types';

/**
 * The platform's providers and offerings as Open Referral HSDS 3.1 JSON: organization,
 * service (one per offering), location (one per provider and PC4), service_area (one per
 * municipality served) and service_capacity (HSDS 3.1's `capacities`: free and total places).
 * What HSDS has no field for — the product code, target groups, financing, travel distance,
 * waiting time, strategic partnership and spoken languages — is in the extension objects
 * `x_wmo` (conformance rule 4: terms from outside the standard where its own do not suffice).
 */
export const HSDS_VERSION = '3.1';
export const HSDS_PROFILE = 'urn:wmo-gooi-en-vechtstreek:hsds-profile:1';
/** The Dutch government's persistent identifiers for municipalities (TOOI), e.g. …/gm0402. */
export const TOOI_MUNICIPALITY_PREFIX = 'https://identifier.overheid.nl/tooi/id/gemeente/';
export const KVK_SCHEME = 'NL-KVK';
export const AGB_SCHEME = 'NL-AGB';

export interface HsdsDocument {
  readonly hsds_version: string;
  readonly profile: string;
  readonly organizations: readonly HsdsOrganization[];
  readonly services: readonly HsdsService[];
  readonly locations: readonly HsdsLocation[];
}

export interface HsdsOrganizationIdentifier {
  readonly id: string;
  readonly organization_id: string;
  readonly identifier_scheme: string;
  readonly identifier_type: string;
  readonly identifier: string;
}

export interface HsdsOrganization {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly organization_identifiers: readonly HsdsOrganizationIdentifier[];
  readonly x_wmo: { readonly strategic_partner: boolean; readonly languages: readonly string[] };
}

export interface HsdsServiceArea {
  readonly id: string;
  readonly service_id: string;
  readonly name: string;
  readonly uri: string;
}

export interface HsdsServiceAtLocation {
  readonly id: string;
  readonly service_id: string;
  readonly location_id: string;
}

export interface HsdsServiceCapacity {
  readonly id: string;
  readonly service_id: string;
  readonly unit: { readonly id: string; readonly name: string };
  readonly available: number;
  readonly maximum: number;
  readonly updated: string;
}

export interface HsdsServiceExtension {
  readonly product_code: string;
  readonly specialisms: readonly string[];
  readonly financing: readonly Financing[];
  readonly max_travel_km: number | null;
  readonly waiting_weeks: number;
}

export interface HsdsService {
  readonly id: string;
  readonly organization_id: string;
  readonly name: string;
  readonly description: string;
  readonly status: 'active';
  readonly service_areas: readonly HsdsServiceArea[];
  readonly service_at_locations: readonly HsdsServiceAtLocation[];
  readonly capacities: readonly HsdsServiceCapacity[];
  readonly x_wmo: HsdsServiceExtension;
}

export interface HsdsAddress {
  readonly id: string;
  readonly location_id: string;
  readonly address_1: string;
  readonly city: string;
  readonly state_province: string;
  readonly postal_code: string;
  readonly country: string;
  readonly address_type: 'physical';
}

export interface HsdsLocation {
  readonly id: string;
  readonly location_type: 'physical';
  readonly organization_id: string;
  readonly name: string;
  readonly latitude: number | null;
  readonly longitude: number | null;
  readonly addresses: readonly HsdsAddress[];
}
