import type { Offering } from '../../offerings/offering';
import type { Provider } from '../../providers/provider';
import type { HsdsReading, HsdsRejection, ImportedOffering, ImportedProvider } from './hsds-import';

export interface Changes<T> {
  readonly create: readonly T[];
  readonly update: readonly T[];
  readonly unchanged: readonly T[];
}

export interface HsdsImportPlan {
  readonly providers: Changes<ImportedProvider>;
  readonly offerings: Changes<ImportedOffering>;
  readonly rejections: readonly HsdsRejection[];
}

/** What the platform holds now under the file's ids. */
export interface ExistingRecords {
  /** By HSDS id. */
  readonly providers: ReadonlyMap<string, Provider>;
  /** By HSDS id. */
  readonly offerings: ReadonlyMap<string, Offering>;
  /** The platform id a provider has or will get for an HSDS organization id. */
  providerIdOf(organizationHsdsId: string): string;
}

/**
 * Sorts the readable records into new, changed and unchanged, and rejects changes the platform
 * cannot make: an offering's product and provider are fixed (a different product is a new
 * offering, so shortlists and referrals keep meaning what they meant).
 */
export function planHsdsImport(reading: HsdsReading, existing: ExistingRecords): HsdsImportPlan {
  const rejections = [...reading.rejections];
  const providers = sortChanges(reading.providers, (provider) => {
    const current = existing.providers.get(provider.hsdsId);
    return current ? (sameProvider(current, provider) ? 'unchanged' : 'update') : 'create';
  });
  const offerings = sortChanges(reading.offerings, (offering) => {
    const current = existing.offerings.get(offering.hsdsId);
    if (!current) return 'create';
    const reasons: string[] = [];
    if (current.productCode !== offering.productCode) {
      reasons.push(
        'Het product van bestaand aanbod kan niet veranderen. Geef nieuw aanbod een nieuw id.',
      );
    }
    if (current.providerId !== existing.providerIdOf(offering.organizationHsdsId)) {
      reasons.push('Dit aanbod hoort bij een andere aanbieder.');
    }
    if (reasons.length > 0) {
      rejections.push({ kind: 'service', id: offering.hsdsId, index: offering.index, reasons });
      return 'rejected';
    }
    return offeringFieldsDiffer(current, offering) || capacityDiffers(current, offering)
      ? 'update'
      : 'unchanged';
  });
  return { providers, offerings, rejections };
}

/** Whether what an offering offers and where differs (updateOffering's fields). */
export function offeringFieldsDiffer(current: Offering, offering: ImportedOffering): boolean {
  return (
    !sameSet(current.specialisms, offering.specialisms) ||
    current.postcode !== offering.postcode ||
    !sameSet(current.municipalitiesServed, offering.municipalitiesServed) ||
    current.maxTravelKm !== offering.maxTravelKm ||
    !sameSet(current.financing, offering.financing)
  );
}

/**
 * Whether the file's capacity report replaces the platform's: its figures differ and it is not
 * older (providers also report here; an older report from the file must not undo a newer one).
 */
export function capacityDiffers(current: Offering, offering: ImportedOffering): boolean {
  const figuresDiffer =
    current.freePlaces !== offering.freePlaces ||
    current.totalPlaces !== offering.totalPlaces ||
    current.waitingWeeks !== offering.waitingWeeks;
  const notOlder =
    offering.capacityUpdatedAt === null ||
    offering.capacityUpdatedAt.getTime() >= current.capacityUpdatedAt.getTime();
  return figuresDiffer && notOlder;
}

export function sameProvider(current: Provider, provider: ImportedProvider): boolean {
  return (
    current.name === provider.name &&
    current.strategicPartner === provider.strategicPartner &&
    sameSet(current.languages, provider.languages) &&
    current.kvkNumber === provider.kvkNumber &&
    current.agbCode === provider.agbCode
  );
}

function sortChanges<T>(
  records: readonly T[],
  verdict: (record: T) => 'create' | 'update' | 'unchanged' | 'rejected',
): Changes<T> {
  const changes = { create: [] as T[], update: [] as T[], unchanged: [] as T[] };
  records.forEach((record) => {
    const outcome = verdict(record);
    if (outcome !== 'rejected') changes[outcome].push(record);
  });
  return changes;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((item) => right.has(item));
}
