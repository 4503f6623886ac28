import type { Financing, Urgency } from '@wmo/domain';
import type { SyntheticRequest } from './synthetic-data';
import type { Geography } from './geography';
import { objectIdHex, requestReference } from './ids';
import type { Random } from './prng';
import { productVolumes, specialismPool } from './products';

const DAY_MS = 24 * 60 * 60 * 1000;
const URGENCIES: readonly Urgency[] = ['ROUTINE', 'SOON', 'URGENT', 'CRISIS'];
const URGENCY_WEIGHTS = [60, 25, 10, 5];
const FINANCING: readonly (Financing | null)[] = ['ZIN', 'PGB', null];
const FINANCING_WEIGHTS = [70, 12, 18];
const OTHER_LANGUAGES = ['tr', 'ar', 'pl', 'en'];

export function generateRequests(
  random: Random,
  geography: Geography,
  count: number,
  asOf: Date,
): SyntheticRequest[] {
  const volumes = productVolumes();
  const productWeights = volumes.map((volume) => volume.residents);
  const municipalityWeights = geography.municipalities.map((municipality) => municipality.weight);
  return Array.from({ length: count }, (_, index) => {
    const productCode = random.weighted(volumes, productWeights).code;
    const municipality = random.weighted(geography.municipalities, municipalityWeights);
    const place = random.pick(municipality.pc4s);
    const pool = specialismPool(productCode);
    const specialismCount = random.weighted([0, 1, 2], [50, 35, 15]);
    const otherLanguage = random.pick(OTHER_LANGUAGES);
    const languageNeed = random.weighted(['nl', 'nl+en', 'other'], [80, 8, 12]);
    const acceptsWaitingList = random.chance(0.35);
    return {
      id: objectIdHex(random, 200_000 + index),
      reference: requestReference(index),
      municipalityCode: municipality.code,
      postcode: place.pc4,
      location: place.location,
      productCode,
      specialisms: random.weightedDistinct(pool.codes, pool.weights, specialismCount),
      urgency: random.weighted(URGENCIES, URGENCY_WEIGHTS),
      maxDistanceKm: random.chance(0.6) ? null : random.int(5, 30),
      preferredLanguages:
        languageNeed === 'nl' ? ['nl'] : languageNeed === 'nl+en' ? ['nl', 'en'] : [otherLanguage],
      requiredLanguages: languageNeed === 'other' && random.chance(0.3) ? [otherLanguage] : [],
      financing: random.weighted(FINANCING, FINANCING_WEIGHTS),
      excludeStrategicPartners: random.chance(0.9),
      excludedProviderIds: [],
      excludedOfferingIds: [],
      acceptsWaitingList,
      maxWaitingWeeks: acceptsWaitingList && random.chance(0.5) ? random.int(4, 16) : null,
      createdAt: new Date(asOf.getTime() - random.int(0, 60) * DAY_MS),
    };
  });
}
