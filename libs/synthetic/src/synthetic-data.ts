import type { MatchableOffering, MatchableRequest } from '@wmo/domain';
import { nationalGeography, regionGeography, type Geography } from './geography';
import { objectIdHex } from './ids';
import { generateOfferings } from './offerings';
import { Random } from './prng';
import { generateRequests } from './requests';

export { squeezeIntoRegion, toDocuments, type SyntheticDocuments } from './documents';
export type { Geography } from './geography';

export type Scale = 'region' | 'national';

/** The benchmark sizes of GitHub issue 3. */
export const SCALES: Readonly<Record<Scale, { requests: number; offerings: number }>> = {
  region: { requests: 10_000, offerings: 1_000 },
  national: { requests: 100_000, offerings: 20_000 },
};

export interface SyntheticProvider {
  readonly id: string;
  readonly name: string;
  readonly strategicPartner: boolean;
  readonly languages: readonly string[];
  readonly createdAt: Date;
}

/** An offering as the engine reads it, plus what only the database holds. */
export interface SyntheticOffering extends MatchableOffering {
  readonly totalPlaces: number;
  readonly createdAt: Date;
}

export interface SyntheticRequest extends MatchableRequest {
  readonly reference: string;
  readonly createdAt: Date;
}

export interface DatasetOptions {
  readonly scale: Scale;
  readonly requests?: number;
  readonly offerings?: number;
  readonly seed?: number;
  /** "Now" for capacity ages and creation dates; only the ages are seeded. */
  readonly asOf?: Date;
  /** Share of offerings whose capacity report is stale (15–60 days old); default 0. */
  readonly staleShare?: number;
}

export interface SyntheticDataset {
  readonly scale: Scale;
  readonly seed: number;
  readonly asOf: Date;
  readonly geography: Geography;
  readonly providers: readonly SyntheticProvider[];
  readonly offerings: readonly SyntheticOffering[];
  readonly requests: readonly SyntheticRequest[];
}

export const DEFAULT_SEED = 20_260_103;

/**
 * Deterministic synthetic data: the same options give the same providers, offerings and
 * requests. Each part has its own random stream, so more requests leave the offerings alone.
 */
export function generateDataset(options: DatasetOptions): SyntheticDataset {
  const seed = options.seed ?? DEFAULT_SEED;
  const asOf = options.asOf ?? new Date();
  const offeringCount = options.offerings ?? SCALES[options.scale].offerings;
  const requestCount = options.requests ?? SCALES[options.scale].requests;
  const geography =
    options.scale === 'region' ? regionGeography() : nationalGeography(new Random(seed));
  const providers = generateProviders(
    new Random(seed + 1),
    Math.max(1, Math.round(offeringCount / 4)),
    asOf,
  );
  const offerings = generateOfferings(
    new Random(seed + 2),
    geography,
    providers,
    offeringCount,
    asOf,
    options.staleShare ?? 0,
  );
  const requests = generateRequests(new Random(seed + 3), geography, requestCount, asOf);
  return { scale: options.scale, seed, asOf, geography, providers, offerings, requests };
}

const EXTRA_LANGUAGES = ['tr', 'ar', 'pl', 'pap', 'ber'];
const DAY_MS = 24 * 60 * 60 * 1000;

function generateProviders(random: Random, count: number, asOf: Date): SyntheticProvider[] {
  // A few strategic partners; they get the lowest indexes and so the most offerings.
  const strategicPartners = Math.max(1, Math.round(count * 0.02));
  return Array.from({ length: count }, (_, index) => {
    const languages = ['nl'];
    if (random.chance(0.3)) languages.push('en');
    if (random.chance(0.15)) languages.push(random.pick(EXTRA_LANGUAGES));
    return {
      id: objectIdHex(random, index),
      name: `Aanbieder ${index + 1}`,
      strategicPartner: index < strategicPartners,
      languages,
      createdAt: new Date(asOf.getTime() - random.int(100, 900) * DAY_MS),
    };
  });
}
