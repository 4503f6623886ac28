import { PRODUCTS, SPECIALISMS } from '@wmo/reference';

/** Residents per product: the 2024 figure in the product's note. */
export interface ProductVolume {
  readonly code: string;
  readonly residents: number;
}

// The 2026 products have no 2024 figure; the region expects them to stay small.
const NEW_PRODUCT_RESIDENTS = 60;

export function productVolumes(): ProductVolume[] {
  return PRODUCTS.map((product) => {
    const match = /(\d+) residents in 2024/.exec(product.note);
    return { code: product.code, residents: match ? Number(match[1]) : NEW_PRODUCT_RESIDENTS };
  });
}

/**
 * The target groups that come up for each product, most common first. The project's own
 * judgement from the region's documents: it only has to make the specialism filter pass or fail
 * in plausible proportions.
 */
const SPECIALISM_POOLS: Readonly<Record<string, readonly string[]>> = {
  HBH: ['DEMENTIE', 'LICHAMELIJK', 'ZINTUIGLIJK', 'GGZ', 'NAH', 'VERZAMELDRANG'],
  REABLEMENT: ['LICHAMELIJK', 'NAH', 'DEMENTIE', 'ZINTUIGLIJK'],
  BEG_REGULIER: ['GGZ', 'LVB', 'AUTISME', 'JONGVOLWASSENEN', 'NAH', 'DEMENTIE', 'VERSLAVING'],
  BEG_SPECIALISTISCH: ['GGZ', 'LVB', 'AUTISME', 'NAH', 'VERSLAVING', 'MULTIPROBLEEM'],
  BEG_SPECIFIEKE_DOELGROEPEN: [
    'ZORGMIJDERS',
    'VERZAMELDRANG',
    'EX_GEDETINEERDEN',
    'PGA',
    'MULTIPROBLEEM',
    'VERSLAVING',
  ],
  DB_LICHT: ['DEMENTIE', 'LVB', 'GGZ', 'LICHAMELIJK'],
  DB_MIDDEL_ZWAAR: ['DEMENTIE', 'NAH', 'LVB', 'GGZ', 'AUTISME', 'LICHAMELIJK'],
  DB_ARBEIDSMATIG: ['LVB', 'GGZ', 'AUTISME', 'JONGVOLWASSENEN', 'VERSLAVING'],
  DB_SPECIALISTISCH: ['NAH', 'GGZ', 'LVB', 'AUTISME', 'MULTIPROBLEEM', 'DEMENTIE'],
};

export interface SpecialismPool {
  readonly codes: readonly string[];
  /** 1, 1/2, 1/3, …: the first of a pool is the most common. */
  readonly weights: readonly number[];
}

export function specialismPool(productCode: string): SpecialismPool {
  const known = new Set(SPECIALISMS.map((specialism) => specialism.code));
  const codes = (SPECIALISM_POOLS[productCode] ?? ['GGZ', 'LVB']).filter((code) => known.has(code));
  return { codes, weights: codes.map((_, index) => 1 / (index + 1)) };
}
