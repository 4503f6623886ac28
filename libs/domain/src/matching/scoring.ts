import { offerableNow } from './hard-filters';
import type {
  MatchableOffering,
  MatchableRequest,
  MatchingPolicy,
  MatchingWeights,
} from './matching.types';

const MS_PER_DAY = 24 * 60 * 60 * 1000;

/** Points per ranking component, each rounded to 0.1 as shown to users. */
export type ScoreComponents = Readonly<Record<keyof MatchingWeights, number>>;

export interface OfferingScore {
  readonly components: ScoreComponents;
  /** Sum of the rounded components, so the points a user sees add up to the score. */
  readonly score: number;
  readonly offerableNow: number;
  /** Days since the capacity report; Infinity when its date is unusable. */
  readonly capacityAgeDays: number;
  readonly stale: boolean;
}

/** 0.5 ** times, via exp: several times faster than a fractional power in V8. */
function halved(times: number): number {
  return Math.exp(-Math.LN2 * times);
}

export function roundToTenth(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Full weight at 0 km, half at `halfLifeKm`, a quarter at twice that. */
export function distancePoints(weight: number, distanceKm: number, halfLifeKm: number): number {
  return weight * halved(distanceKm / halfLifeKm);
}

export function waitingTimePoints(
  weight: number,
  waitingWeeks: number,
  halfLifeWeeks: number,
): number {
  return weight * halved(Math.max(0, waitingWeeks) / halfLifeWeeks);
}

/** Each extra specialism adds half of what is left, so depth never exceeds the weight. */
export function specialismDepthPoints(weight: number, extraSpecialisms: number): number {
  return weight * (1 - halved(extraSpecialisms));
}

export function languagePoints(weight: number, speaksPreferredLanguage: boolean): number {
  return speaksPreferredLanguage ? weight : 0;
}

/** Half the weight for one place, three quarters for two, ...: room matters most when scarce. */
export function capacityHeadroomPoints(weight: number, offerable: number): number {
  return weight * (1 - halved(offerable));
}

/** Full weight while fresh; after `staleAfterDays` it halves with every further such period. */
export function freshnessPoints(weight: number, ageDays: number, staleAfterDays: number): number {
  return ageDays <= staleAfterDays
    ? weight
    : weight * halved((ageDays - staleAfterDays) / staleAfterDays);
}

/** Offered specialisms beyond those requested, without duplicates, in the offering's order. */
export function extraSpecialisms(
  request: MatchableRequest,
  offering: MatchableOffering,
): readonly string[] {
  return offering.specialisms.filter(
    (specialism, index) =>
      !request.specialisms.includes(specialism) &&
      offering.specialisms.indexOf(specialism) === index,
  );
}

/** Preferred languages the offering speaks, in the resident's order of preference. */
export function matchedLanguages(
  request: MatchableRequest,
  offering: MatchableOffering,
): readonly string[] {
  return request.preferredLanguages.filter((language) => offering.languages.includes(language));
}

export function capacityAgeDays(offering: MatchableOffering, nowMs: number): number {
  const ageMs = nowMs - offering.capacityUpdatedAt.getTime();
  // A report dated in the future (clock skew) counts as just made.
  return Number.isNaN(ageMs) ? Infinity : Math.max(0, ageMs / MS_PER_DAY);
}

// Loops rather than array methods: these run for every offering that passes the filters.
function countExtraSpecialisms(request: MatchableRequest, offering: MatchableOffering): number {
  const offered = offering.specialisms;
  let count = 0;
  for (let index = 0; index < offered.length; index += 1) {
    const specialism = offered[index];
    if (!request.specialisms.includes(specialism) && offered.indexOf(specialism) === index) {
      count += 1;
    }
  }
  return count;
}

function speaksPreferredLanguage(request: MatchableRequest, offering: MatchableOffering): boolean {
  for (const language of request.preferredLanguages) {
    if (offering.languages.includes(language)) {
      return true;
    }
  }
  return false;
}

/** One component's points, rounded; the single definition both scoring functions below use. */
function componentPoints(
  component: keyof MatchingWeights,
  request: MatchableRequest,
  offering: MatchableOffering,
  distanceKm: number,
  policy: MatchingPolicy,
  nowMs: number,
): number {
  const weight = policy.weights[component];
  switch (component) {
    case 'distance':
      return roundToTenth(distancePoints(weight, distanceKm, policy.distanceHalfLifeKm));
    case 'waitingTime':
      return roundToTenth(
        waitingTimePoints(weight, offering.waitingWeeks, policy.waitingHalfLifeWeeks),
      );
    case 'specialismDepth':
      return roundToTenth(specialismDepthPoints(weight, countExtraSpecialisms(request, offering)));
    case 'language':
      return roundToTenth(languagePoints(weight, speaksPreferredLanguage(request, offering)));
    case 'capacityHeadroom':
      return roundToTenth(capacityHeadroomPoints(weight, offerableNow(offering)));
    case 'freshness':
      return roundToTenth(
        freshnessPoints(weight, capacityAgeDays(offering, nowMs), policy.staleAfterDays),
      );
  }
}

/**
 * The score alone, without allocating: rankOfferings computes it for every offering that passes
 * and explains only the few it shows. Equal to `scoreOffering(...).score`.
 */
export function scoreValue(
  request: MatchableRequest,
  offering: MatchableOffering,
  distanceKm: number,
  policy: MatchingPolicy,
  nowMs: number,
): number {
  return roundToTenth(
    componentPoints('distance', request, offering, distanceKm, policy, nowMs) +
      componentPoints('waitingTime', request, offering, distanceKm, policy, nowMs) +
      componentPoints('specialismDepth', request, offering, distanceKm, policy, nowMs) +
      componentPoints('language', request, offering, distanceKm, policy, nowMs) +
      componentPoints('capacityHeadroom', request, offering, distanceKm, policy, nowMs) +
      componentPoints('freshness', request, offering, distanceKm, policy, nowMs),
  );
}

/** Scores an offering that passed the hard filters; `distanceKm` is the exact distance. */
export function scoreOffering(
  request: MatchableRequest,
  offering: MatchableOffering,
  distanceKm: number,
  policy: MatchingPolicy,
  nowMs: number,
): OfferingScore {
  const ageDays = capacityAgeDays(offering, nowMs);
  const points = (component: keyof MatchingWeights): number =>
    componentPoints(component, request, offering, distanceKm, policy, nowMs);
  const components: ScoreComponents = {
    distance: points('distance'),
    waitingTime: points('waitingTime'),
    specialismDepth: points('specialismDepth'),
    language: points('language'),
    capacityHeadroom: points('capacityHeadroom'),
    freshness: points('freshness'),
  };
  return {
    components,
    // The same sum, in the same order, as scoreValue.
    score: roundToTenth(
      components.distance +
        components.waitingTime +
        components.specialismDepth +
        components.language +
        components.capacityHeadroom +
        components.freshness,
    ),
    offerableNow: offerableNow(offering),
    capacityAgeDays: ageDays,
    stale: ageDays > policy.staleAfterDays,
  };
}
