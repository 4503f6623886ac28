import type { Offering } from '../../offerings/offering';
import type { Provider } from '../../providers/provider';
import type { GeoPoint } from '../../types';
import {
  AGB_SCHEME,
  HSDS_PROFILE,
  HSDS_VERSION,
  KVK_SCHEME,
  TOOI_MUNICIPALITY_PREFIX,
  type HsdsDocument,
  type HsdsLocation,
  type HsdsOrganization,
  type HsdsService,
} from './hsds-document';

/** A record's id in HSDS: the id it was imported under, else the platform's own. */
export interface Exchanged<T> {
  readonly record: T;
  readonly hsdsId: string;
}

/** What the export looks up in the reference data. */
export interface HsdsReference {
  productName(code: string): string;
  municipalityName(code: string): string;
  postcodeArea(pc4: string): { readonly place: string; readonly location: GeoPoint } | undefined;
}

/** Providers and their offerings as one HSDS document, in a stable order (sorted by id). */
export function toHsdsDocument(
  providers: readonly Exchanged<Provider>[],
  offerings: readonly Exchanged<Offering>[],
  reference: HsdsReference,
): HsdsDocument {
  const organizationIds = new Map(providers.map((p) => [p.record.id, p.hsdsId]));
  const locations = new Map<string, HsdsLocation>();
  const services: HsdsService[] = [];
  for (const { record: offering, hsdsId } of offerings) {
    const organizationId = organizationIds.get(offering.providerId);
    if (organizationId === undefined) continue;
    const location = locationOf(organizationId, offering.postcode, reference);
    locations.set(location.id, location);
    services.push(toService(offering, hsdsId, organizationId, location.id, reference));
  }
  return {
    hsds_version: HSDS_VERSION,
    profile: HSDS_PROFILE,
    organizations: providers.map(({ record, hsdsId }) => toOrganization(record, hsdsId)).sort(byId),
    services: services.sort(byId),
    locations: [...locations.values()].sort(byId),
  };
}

function toOrganization(provider: Provider, id: string): HsdsOrganization {
  const identifiers = [
    provider.kvkNumber && { scheme: KVK_SCHEME, type: 'KvK-nummer', value: provider.kvkNumber },
    provider.agbCode && { scheme: AGB_SCHEME, type: 'AGB-code', value: provider.agbCode },
  ].filter((identifier) => !!identifier);
  return {
    id,
    name: provider.name,
    description: provider.name,
    organization_identifiers: identifiers.map((identifier) => ({
      id: `${id}:${identifier.scheme}`,
      organization_id: id,
      identifier_scheme: identifier.scheme,
      identifier_type: identifier.type,
      identifier: identifier.value,
    })),
    x_wmo: { strategic_partner: provider.strategicPartner, languages: [...provider.languages] },
  };
}

function toService(
  offering: Offering,
  id: string,
  organizationId: string,
  locationId: string,
  reference: HsdsReference,
): HsdsService {
  const name = reference.productName(offering.productCode);
  return {
    id,
    organization_id: organizationId,
    name,
    description: name,
    status: 'active',
    service_areas: [...offering.municipalitiesServed].sort().map((code) => ({
      id: `${id}:${code}`,
      service_id: id,
      name: reference.municipalityName(code),
      uri: TOOI_MUNICIPALITY_PREFIX + code.toLowerCase(),
    })),
    service_at_locations: [{ id: `${id}:${locationId}`, service_id: id, location_id: locationId }],
    capacities: [
      {
        id: `${id}:plekken`,
        service_id: id,
        unit: { id: 'plekken', name: 'plekken' },
        available: offering.freePlaces,
        maximum: offering.totalPlaces,
        updated: offering.capacityUpdatedAt.toISOString(),
      },
    ],
    x_wmo: {
      product_code: offering.productCode,
      specialisms: [...offering.specialisms].sort(),
      financing: [...offering.financing].sort(),
      max_travel_km: offering.maxTravelKm,
      waiting_weeks: offering.waitingWeeks,
    },
  };
}

/** One location per provider and PC4: the platform keeps no street address, only the PC4. */
function locationOf(organizationId: string, pc4: string, reference: HsdsReference): HsdsLocation {
  const id = `${organizationId}:pc4:${pc4}`;
  const area = reference.postcodeArea(pc4);
  return {
    id,
    location_type: 'physical',
    organization_id: organizationId,
    name: area ? `${pc4} ${area.place}` : pc4,
    latitude: area?.location.lat ?? null,
    longitude: area?.location.lon ?? null,
    addresses: [
      {
        id: `${id}:adres`,
        location_id: id,
        address_1: '',
        city: area?.place ?? '',
        state_province: '',
        postal_code: pc4,
        country: 'NL',
        address_type: 'physical',
      },
    ],
  };
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
