import type { Offering } from '../../offerings/offering';
import { AGB_SCHEME, KVK_SCHEME, TOOI_MUNICIPALITY_PREFIX } from './hsds-document';
import {
  documentShape,
  dutchIssue,
  locationRecord,
  organizationRecord,
  serviceRecord,
  type LocationRecord,
  type OrganizationRecord,
} from './hsds-import-schema';

export type HsdsRecordKind = 'document' | 'organization' | 'service' | 'location';

/** A record the import does not take, with every reason in plain Dutch. */
export interface HsdsRejection {
  readonly kind: HsdsRecordKind;
  /** The record's HSDS id, when it has a readable one. */
  readonly id: string | null;
  /** Its position in its list (0-based); -1 for the document itself. */
  readonly index: number;
  readonly reasons: readonly string[];
}

export interface ImportedProvider {
  readonly hsdsId: string;
  readonly name: string;
  readonly strategicPartner: boolean;
  readonly languages: readonly string[];
  readonly kvkNumber: string | null;
  readonly agbCode: string | null;
}

/** An offering as a file describes it: the offering's own fields, named by HSDS ids. */
export interface ImportedOffering extends Pick<
  Offering,
  | 'productCode'
  | 'specialisms'
  | 'postcode'
  | 'municipalitiesServed'
  | 'maxTravelKm'
  | 'totalPlaces'
  | 'freePlaces'
  | 'waitingWeeks'
  | 'financing'
> {
  readonly hsdsId: string;
  /** Its position in the file's list of services. */
  readonly index: number;
  readonly organizationHsdsId: string;
  /** When the capacity was reported (HSDS `updated`); null: not said. */
  readonly capacityUpdatedAt: Date | null;
}

export interface HsdsReading {
  readonly providers: readonly ImportedProvider[];
  readonly offerings: readonly ImportedOffering[];
  readonly rejections: readonly HsdsRejection[];
}

/** What the import checks against the reference data. */
export interface HsdsImportReference {
  isProduct(code: string): boolean;
  isSpecialism(code: string): boolean;
  /** The PC4 of a postal code the region knows ("1211", "1211 AB"), else null. */
  knownPc4(postalCode: string): string | null;
  /** A municipality by CBS code (upper case), else undefined. */
  municipalityCode(code: string): string | undefined;
  /** A municipality by its name, else undefined. */
  municipalityCodeByName(name: string): string | undefined;
}

/**
 * Reads an HSDS document: every record is checked on its own and against the records it
 * refers to, and each one that cannot be taken over is reported with all its reasons.
 */
export function readHsdsDocument(input: unknown, reference: HsdsImportReference): HsdsReading {
  const shape = documentShape.safeParse(input);
  if (!shape.success) {
    return {
      providers: [],
      offerings: [],
      rejections: [
        {
          kind: 'document',
          id: null,
          index: -1,
          reasons: shape.error.issues.map(dutchIssue),
        },
      ],
    };
  }
  const rejections: HsdsRejection[] = [];
  const reject = (kind: HsdsRecordKind, id: string | null, index: number, reasons: string[]) =>
    rejections.push({ kind, id, index, reasons });

  const providers = new Map<string, ImportedProvider>();
  const organizationIds = duplicates(shape.data.organizations);
  shape.data.organizations.forEach((raw, index) => {
    const parsed = organizationRecord.safeParse(raw);
    const id = idOf(raw);
    if (!parsed.success)
      return reject('organization', id, index, parsed.error.issues.map(dutchIssue));
    if (organizationIds.has(parsed.data.id)) {
      return reject('organization', id, index, ['Dit id komt vaker voor in het bestand.']);
    }
    providers.set(parsed.data.id, toProvider(parsed.data));
  });

  const locations = new Map<string, string>();
  const locationIds = duplicates(shape.data.locations);
  shape.data.locations.forEach((raw, index) => {
    const parsed = locationRecord.safeParse(raw);
    const id = idOf(raw);
    if (!parsed.success) return reject('location', id, index, parsed.error.issues.map(dutchIssue));
    if (locationIds.has(parsed.data.id)) {
      return reject('location', id, index, ['Dit id komt vaker voor in het bestand.']);
    }
    const pc4 = pc4Of(parsed.data, reference);
    if (!pc4) {
      return reject('location', id, index, [
        'De postcode van deze locatie kennen wij niet in deze regio.',
      ]);
    }
    locations.set(parsed.data.id, pc4);
  });

  const offerings: ImportedOffering[] = [];
  const serviceIds = duplicates(shape.data.services);
  shape.data.services.forEach((raw, index) => {
    const parsed = serviceRecord.safeParse(raw);
    const id = idOf(raw);
    if (!parsed.success) return reject('service', id, index, parsed.error.issues.map(dutchIssue));
    const service = parsed.data;
    const extension = service.x_wmo;
    const reasons: string[] = [];
    if (serviceIds.has(service.id)) reasons.push('Dit id komt vaker voor in het bestand.');
    if (service.status !== 'active') {
      reasons.push('Alleen actief aanbod (status "active") kan worden ingelezen.');
    }
    if (!providers.has(service.organization_id)) {
      reasons.push('De organisatie van dit aanbod staat niet (goedgekeurd) in het bestand.');
    }
    const locationId = service.service_at_locations[0]?.location_id ?? '';
    const postcode = locations.get(locationId);
    if (!postcode)
      reasons.push('De locatie van dit aanbod staat niet (goedgekeurd) in het bestand.');
    if (!reference.isProduct(extension.product_code)) {
      reasons.push(`Het product "${extension.product_code}" bestaat niet.`);
    }
    for (const code of extension.specialisms) {
      if (!reference.isSpecialism(code)) reasons.push(`De doelgroep "${code}" bestaat niet.`);
    }
    const municipalities = service.service_areas.map((area) => municipalityOf(area, reference));
    service.service_areas.forEach((area, areaIndex) => {
      if (!municipalities[areaIndex]) {
        reasons.push(
          `Het werkgebied "${area.name ?? area.uri ?? ''}" is geen gemeente die wij kennen.`,
        );
      }
    });
    const capacity = service.capacities[0];
    if (capacity && capacity.available > capacity.maximum) {
      reasons.push('Er kunnen niet meer vrije plekken zijn dan plekken.');
    }
    if (reasons.length > 0 || !postcode || !capacity) return reject('service', id, index, reasons);
    offerings.push({
      hsdsId: service.id,
      index,
      organizationHsdsId: service.organization_id,
      productCode: extension.product_code,
      specialisms: [...new Set(extension.specialisms)],
      postcode,
      municipalitiesServed: [...new Set(municipalities.filter((code) => code !== undefined))],
      maxTravelKm: extension.max_travel_km ?? null,
      totalPlaces: capacity.maximum,
      freePlaces: capacity.available,
      waitingWeeks: extension.waiting_weeks,
      financing: [...new Set(extension.financing)],
      capacityUpdatedAt: capacity.updated ? new Date(capacity.updated) : null,
    });
  });
  return { providers: [...providers.values()], offerings, rejections };
}

function toProvider(record: OrganizationRecord): ImportedProvider {
  const identifier = (scheme: string) =>
    record.organization_identifiers?.find((item) => item.identifier_scheme === scheme)
      ?.identifier ?? null;
  return {
    hsdsId: record.id,
    name: record.name,
    strategicPartner: record.x_wmo?.strategic_partner ?? false,
    languages: [...new Set((record.x_wmo?.languages ?? []).map((code) => code.toLowerCase()))],
    kvkNumber: identifier(KVK_SCHEME),
    agbCode: identifier(AGB_SCHEME),
  };
}

function pc4Of(location: LocationRecord, reference: HsdsImportReference): string | null {
  for (const address of location.addresses) {
    const pc4 = reference.knownPc4(address.postal_code);
    if (pc4) return pc4;
  }
  return null;
}

function municipalityOf(
  area: { uri?: string; name?: string },
  reference: HsdsImportReference,
): string | undefined {
  const uri = area.uri?.trim().toLowerCase() ?? '';
  if (uri.startsWith(TOOI_MUNICIPALITY_PREFIX)) {
    return reference.municipalityCode(uri.slice(TOOI_MUNICIPALITY_PREFIX.length).toUpperCase());
  }
  return area.name ? reference.municipalityCodeByName(area.name.trim()) : undefined;
}

function idOf(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || !('id' in raw)) return null;
  return typeof raw.id === 'string' ? raw.id.slice(0, 200) : null;
}

/** Ids that occur more than once in a list: none of those records is taken. */
function duplicates(records: readonly unknown[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const raw of records) {
    const id = idOf(raw)?.trim();
    if (!id) continue;
    if (seen.has(id)) twice.add(id);
    seen.add(id);
  }
  return twice;
}
