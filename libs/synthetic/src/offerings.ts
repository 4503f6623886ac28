import type { Financing } from '@wmo/domain';
import type { SyntheticOffering, SyntheticProvider } from './synthetic-data';
import { nearestMunicipalities, type Geography } from './geography';
import { objectIdHex } from './ids';
import type { Random } from './prng';
import { productVolumes, specialismPool } from './products';

const DAY_MS = 24 * 60 * 60 * 1000;
// Capacity reports are fresh (< 14 days, the policy's limit) unless asked otherwise, so scores
// do not drift while a benchmark runs.
const MAX_CAPACITY_AGE_DAYS = 10;

const FINANCING: readonly (readonly Financing[])[] = [['ZIN'], ['ZIN', 'PGB'], ['PGB']];
const FINANCING_WEIGHTS = [0.45, 0.45, 0.1];

export function generateOfferings(
  random: Random,
  geography: Geography,
  providers: readonly SyntheticProvider[],
  count: number,
  asOf: Date,
  staleShare = 0,
): SyntheticOffering[] {
  const volumes = productVolumes();
  // Offerings follow the square root of demand: small products still need several providers
  // for a covering offer, and household help has few, large ones.
  const productWeights = volumes.map((volume) => Math.sqrt(volume.residents));
  const servedCounts = geography.kind === 'region' ? [1, 2, 3, 4, 5] : [1, 2, 3, 4];
  const servedWeights = geography.kind === 'region' ? [20, 30, 25, 15, 10] : [35, 35, 20, 10];
  return Array.from({ length: count }, (_, index) => {
    const productCode = random.weighted(volumes, productWeights).code;
    // Skewed: low indexes (the strategic partners among them) run many offerings.
    const provider = providers[Math.floor(providers.length * random.float() ** 2)] ?? providers[0];
    if (!provider) throw new Error('no providers');
    const place = random.weighted(geography.offeringPc4s, geography.offeringPc4Weights);
    const served = provider.strategicPartner
      ? geography.municipalities.length
      : random.weighted(servedCounts, servedWeights);
    const pool = specialismPool(productCode);
    const totalPlaces = productCode === 'HBH' ? random.int(20, 120) : random.int(4, 30);
    const freePlaces = random.chance(0.3)
      ? 0
      : random.int(1, Math.max(1, Math.round(totalPlaces * 0.3)));
    return {
      id: objectIdHex(random, 100_000 + index),
      providerId: provider.id,
      providerName: provider.name,
      strategicPartner: provider.strategicPartner,
      languages: provider.languages,
      productCode,
      specialisms: random.weightedDistinct(pool.codes, pool.weights, random.int(2, 5)),
      postcode: place.pc4,
      location: place.location,
      municipalitiesServed: nearestMunicipalities(
        geography,
        place.location,
        Math.min(served, 8),
      ).map((municipality) => municipality.code),
      maxTravelKm: random.int(10, 40),
      totalPlaces,
      freePlaces,
      heldPlaces: 0,
      waitingWeeks: freePlaces > 0 ? random.int(0, 2) : random.int(2, 20),
      financing: random.weighted(FINANCING, FINANCING_WEIGHTS),
      capacityUpdatedAt: new Date(asOf.getTime() - capacityAgeDays(random, staleShare) * DAY_MS),
      createdAt: new Date(asOf.getTime() - random.int(30, 400) * DAY_MS),
    };
  });
}

/** Without stale reports no extra number is drawn, so the benchmarks' data stays as it was. */
function capacityAgeDays(random: Random, staleShare: number): number {
  if (staleShare > 0 && random.chance(staleShare)) return random.int(15, 60);
  return random.float() * MAX_CAPACITY_AGE_DAYS;
}
