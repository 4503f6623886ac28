import type { MatchingPolicy } from './matching.types';

/**
 * Weights add up to 100, so a score reads as "points out of an ideal match". Distance and waiting
 * time weigh most: they are what residents and consultants ask about first.
 */
export const DEFAULT_MATCHING_POLICY: MatchingPolicy = Object.freeze({
  weights: Object.freeze({
    distance: 30,
    waitingTime: 25,
    specialismDepth: 10,
    language: 10,
    capacityHeadroom: 15,
    freshness: 10,
  }),
  // The region is about 20 km across: an option 5 km away keeps half the distance points.
  distanceHalfLifeKm: 5,
  waitingHalfLifeWeeks: 4,
  // The project's choice until the region agrees on how often providers must update capacity.
  staleAfterDays: 14,
  shortlistSize: 5,
  maxOptionsPerProvider: 2,
});
