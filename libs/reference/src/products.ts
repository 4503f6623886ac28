import type { ProductCategory } from '@wmo/domain';

/** A Wmo product the region buys; `code` is the project's own. */
export interface Product {
  readonly code: string;
  /** Dutch name as in the region's documents. */
  readonly name: string;
  readonly category: ProductCategory;
  /** iWmo productcategorie (WMO020 code list), e.g. "02" for begeleiding. */
  readonly iwmoProductCategory: string;
  /** Bought for at most this many months (reablement: 6); null when open-ended. */
  readonly maxDurationMonths: number | null;
  /** Volumes and status, for sizing demo and benchmark data. */
  readonly note: string;
}

export const PRODUCTS: readonly Product[] = [
  {
    code: 'HBH',
    name: 'Hulp bij het huishouden',
    category: 'HUISHOUDELIJKE_HULP',
    iwmoProductCategory: '01',
    maxDurationMonths: null,
    note: '6443 residents in 2024; 129 minutes a week on average',
  },
  {
    code: 'REABLEMENT',
    name: 'Reablement-traject (ergotherapeut; fysiotherapeut; activerende huishoudelijke hulp; sociaal werker)',
    category: 'REABLEMENT',
    iwmoProductCategory: '06',
    maxDurationMonths: 6,
    note: 'pilot Wijdemeren 2026; at most 6 months; voorliggend op hulp bij het huishouden',
  },
  {
    code: 'BEG_REGULIER',
    name: 'Begeleiding regulier (individueel)',
    category: 'BEGELEIDING',
    iwmoProductCategory: '02',
    maxDurationMonths: null,
    note: '1235 residents in 2024',
  },
  {
    code: 'BEG_SPECIALISTISCH',
    name: 'Begeleiding specialistisch',
    category: 'BEGELEIDING',
    iwmoProductCategory: '02',
    maxDurationMonths: null,
    note: '847 residents in 2024',
  },
  {
    code: 'BEG_SPECIFIEKE_DOELGROEPEN',
    name: 'Specialistische begeleiding zorgmijders; verzameldrang; (ex-)gedetineerden; PGA',
    category: 'BEGELEIDING',
    iwmoProductCategory: '02',
    maxDurationMonths: null,
    note: 'new product from 1 January 2026',
  },
  {
    code: 'DB_LICHT',
    name: 'Dagbesteding licht',
    category: 'DAGBESTEDING',
    iwmoProductCategory: '07',
    maxDurationMonths: null,
    note: '244 residents in 2024; expected no longer allocated (moves to general provisions)',
  },
  {
    code: 'DB_MIDDEL_ZWAAR',
    name: 'Dagbesteding middel/zwaar',
    category: 'DAGBESTEDING',
    iwmoProductCategory: '07',
    maxDurationMonths: null,
    note: '219 residents in 2024',
  },
  {
    code: 'DB_ARBEIDSMATIG',
    name: 'Arbeidsmatige dagbesteding',
    category: 'DAGBESTEDING',
    iwmoProductCategory: '07',
    maxDurationMonths: null,
    note: '45 residents in 2024',
  },
  {
    code: 'DB_SPECIALISTISCH',
    name: 'Specialistische dagbesteding complexe problematiek',
    category: 'DAGBESTEDING',
    iwmoProductCategory: '07',
    maxDurationMonths: null,
    note: 'new product from 1 January 2026',
  },
];

const byCode = new Map(PRODUCTS.map((product) => [product.code, product]));

export function findProduct(code: string): Product | undefined {
  return byCode.get(code);
}
