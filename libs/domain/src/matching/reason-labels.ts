import { formatCount, formatDecimal, formatList } from './dutch-format';
import { specialismNameInSentence } from '../specialisms';
import { languageName } from './language-names';
import type { MatchableOffering, MatchableRequest, MatchingPolicy, Reason } from './matching.types';
import { extraSpecialisms, matchedLanguages, type OfferingScore } from './scoring';

/** Stable codes of the reasons in a shortlist option, in the order they are listed. */
export const REASON_CODES = [
  'DISTANCE',
  'WAITING_TIME',
  'SPECIALISM_DEPTH',
  'LANGUAGE',
  'CAPACITY_HEADROOM',
  'FRESHNESS',
  /** A flag, worth 0 points: the FRESHNESS points already count the age of the report. */
  'STALE_CAPACITY',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** Closer than this reads as "in uw buurt": a PC4 centroid is no more precise than that. */
const NEARBY_KM = 0.5;

export function distanceLabel(distanceKm: number, halfLifeKm: number): string {
  if (distanceKm < NEARBY_KM) return 'In uw buurt';
  const prefix = distanceKm <= halfLifeKm ? 'Dichtbij' : 'Afstand';
  return `${prefix}: ${formatDecimal(distanceKm)} km van uw postcode`;
}

export function waitingTimeLabel(waitingWeeks: number, halfLifeWeeks: number): string {
  if (waitingWeeks <= 0) return 'Geen wachttijd';
  const prefix = waitingWeeks <= halfLifeWeeks ? 'Korte wachttijd' : 'Wachttijd';
  return `${prefix}: ${formatCount(waitingWeeks, 'week', 'weken')}`;
}

export function specialismDepthLabel(extra: readonly string[]): string {
  // Every requested target group is covered (the SPECIALISM filter passed); extras add points.
  if (extra.length === 0) {
    return 'Heeft ervaring met wat u nodig hebt';
  }
  return `Heeft ook ervaring met ${formatList(extra.map(specialismNameInSentence))}`;
}

export function languageLabel(preferred: readonly string[], matched: readonly string[]): string {
  if (matched.length > 0) {
    return `Spreekt uw taal: ${formatList(matched.map(languageName))}`;
  }
  return preferred.length === 0 ? 'Geen voorkeur voor een taal' : 'Spreekt uw voorkeurstaal niet';
}

export function capacityHeadroomLabel(offerable: number): string {
  return offerable > 0
    ? `Ruimte: ${formatCount(offerable, 'vrije plek', 'vrije plekken')}`
    : 'Nu geen vrije plek: u komt op de wachtlijst';
}

export function freshnessLabel(ageDays: number, stale: boolean): string {
  if (!Number.isFinite(ageDays)) {
    return 'Niet bekend wanneer de vrije plekken zijn doorgegeven';
  }
  const days = Math.floor(ageDays);
  if (stale) {
    return `Vrije plekken al ${formatCount(days, 'dag', 'dagen')} niet doorgegeven`;
  }
  return days === 0
    ? 'Vrije plekken vandaag doorgegeven'
    : `Vrije plekken ${formatCount(days, 'dag', 'dagen')} geleden doorgegeven`;
}

export const STALE_CAPACITY_LABEL = 'Let op: het aantal vrije plekken klopt misschien niet meer';

/**
 * One reason per ranking component, always all six so the points add up to the score, plus a
 * STALE_CAPACITY flag when the capacity report is old. `distanceKm` is the exact distance.
 */
export function explainScore(
  request: MatchableRequest,
  offering: MatchableOffering,
  distanceKm: number,
  policy: MatchingPolicy,
  score: OfferingScore,
): Reason[] {
  const { components } = score;
  const reasons: Reason[] = [
    {
      code: 'DISTANCE',
      label: distanceLabel(distanceKm, policy.distanceHalfLifeKm),
      points: components.distance,
    },
    {
      code: 'WAITING_TIME',
      label: waitingTimeLabel(offering.waitingWeeks, policy.waitingHalfLifeWeeks),
      points: components.waitingTime,
    },
    {
      code: 'SPECIALISM_DEPTH',
      label: specialismDepthLabel(extraSpecialisms(request, offering)),
      points: components.specialismDepth,
    },
    {
      code: 'LANGUAGE',
      label: languageLabel(request.preferredLanguages, matchedLanguages(request, offering)),
      points: components.language,
    },
    {
      code: 'CAPACITY_HEADROOM',
      label: capacityHeadroomLabel(score.offerableNow),
      points: components.capacityHeadroom,
    },
    {
      code: 'FRESHNESS',
      label: freshnessLabel(score.capacityAgeDays, score.stale),
      points: components.freshness,
    },
  ];
  if (score.stale) {
    reasons.push({ code: 'STALE_CAPACITY', label: STALE_CAPACITY_LABEL, points: 0 });
  }
  return reasons;
}
