import { toCsv } from './csv';
import { calendarDate, lastDayOfMonths } from './calendar-date';

/**
 * A placement as the municipality's own Wmo system takes it over: the fields of an iWmo
 * toewijzing (release 3.2, message WMO301, segment ToegewezenProduct) with their iWmo names,
 * lower case, plus the header's Afzender (gemeente) and Ontvanger (aanbieder). The platform
 * knows no BSN: the resident is the request's pseudonymous reference, which the municipality
 * links to the person in its own system. It records no indicated volume either, so volume,
 * eenheid, frequentie and budget stay empty for the consultant to fill from the beschikking.
 */
export const IWMO_TOEWIJZING_COLUMNS = [
  'gemeente',
  'aanbieder',
  'aanbiedernaam',
  'clientreferentie',
  'toewijzingnummer',
  'productcategorie',
  'productcode',
  'ingangsdatum',
  'einddatum',
  'volume',
  'eenheid',
  'frequentie',
  'budget',
  'redenwijziging',
] as const;

export type IwmoToewijzingColumn = (typeof IWMO_TOEWIJZING_COLUMNS)[number];
export type IwmoToewijzing = Readonly<Record<IwmoToewijzingColumn, string>>;

export const IWMO_RELEASE = '3.2';

/** One accepted referral (a placement) with what the export needs of its provider. */
export interface Placement {
  readonly referralId: string;
  readonly municipalityCode: string;
  readonly requestReference: string;
  readonly productCode: string;
  readonly providerName: string;
  readonly providerAgbCode: string | null;
  /** When the provider accepted: the placement's start. */
  readonly acceptedAt: Date;
}

/** What the export needs of a product (from the reference data). */
export interface ToewijzingProduct {
  /** WMO020 code, e.g. "02" for begeleiding. */
  readonly iwmoProductCategory: string;
  /** A product the region buys for a limited time (reablement: 6 months); null: open-ended. */
  readonly maxDurationMonths: number | null;
}

export function toIwmoToewijzing(placement: Placement, product: ToewijzingProduct): IwmoToewijzing {
  const ingangsdatum = calendarDate(placement.acceptedAt);
  return {
    // iWmo names a municipality by its 4-digit CBS code, without the "GM".
    gemeente: placement.municipalityCode.replace(/^GM/, ''),
    aanbieder: placement.providerAgbCode ?? '',
    aanbiedernaam: placement.providerName,
    clientreferentie: placement.requestReference,
    toewijzingnummer: placement.referralId,
    productcategorie: product.iwmoProductCategory,
    productcode: placement.productCode,
    ingangsdatum,
    einddatum:
      product.maxDurationMonths === null
        ? ''
        : lastDayOfMonths(ingangsdatum, product.maxDurationMonths),
    volume: '',
    eenheid: '',
    frequentie: '',
    budget: '',
    redenwijziging: '',
  };
}

/** Oldest placement first, then by toewijzingnummer: the same export twice is the same file. */
export function sortToewijzingen(rows: readonly IwmoToewijzing[]): IwmoToewijzing[] {
  return [...rows].sort(
    (a, b) =>
      a.ingangsdatum.localeCompare(b.ingangsdatum) ||
      a.toewijzingnummer.localeCompare(b.toewijzingnummer),
  );
}

export function toewijzingenCsv(rows: readonly IwmoToewijzing[]): string {
  return toCsv(IWMO_TOEWIJZING_COLUMNS, rows);
}
