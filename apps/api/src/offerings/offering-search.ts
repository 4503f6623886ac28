import { Injectable } from '@nestjs/common';
import {
  DEFAULT_MATCHING_POLICY,
  evaluateOffering,
  judgeOffering,
  exclusionLabel,
  haversineKm,
  InvalidInputError,
  NotFoundError,
  requestAsJudged,
  type GeoPoint,
  type MatchableOffering,
  type MatchableRequest,
  type MatchingPolicy,
  type OfferingEvaluation,
  type Reason,
} from '@wmo/domain';
import { OfferingCatalog, PolicyBook } from '@wmo/matching';
import { checkedId, OfferingRepository } from '@wmo/persistence';
import { findPostcodeArea } from '@wmo/reference';
import {
  knownMunicipality,
  knownPostcode,
  knownProduct,
  knownSpecialisms,
} from '../reference/reference-input';
import { OfferingSort, type OfferingSearchFilter } from './offering.types';

export interface OfferingHit {
  readonly offeringId: string;
  readonly distanceKm: number | null;
  readonly match: OfferingMatch | null;
}

/** The engine's verdict on one offering, shown in search results. */
export interface OfferingMatch {
  readonly passed: boolean;
  readonly score: number | null;
  readonly reasons: readonly Reason[];
  readonly waitingList: boolean;
  readonly stale: boolean;
  readonly exclusion: string | null;
  readonly exclusionLabel: string | null;
}

export interface OfferingSearchPage {
  readonly hits: readonly OfferingHit[];
  readonly offset: number;
  readonly hasNextPage: boolean;
  readonly totalCount: number;
}

interface Candidate {
  readonly offering: MatchableOffering;
  readonly distanceKm: number | null;
  readonly evaluation: OfferingEvaluation | null;
}

/** Loads the request a search is for, within the caller's scope (null when out of scope). */
export type RequestLoader = (requestId: string) => Promise<MatchableRequest | null>;

/**
 * Staff search. With a request (or a postcode, product and municipality) every offering is
 * judged by the matching engine itself — the same filters and scores as the shortlist — so
 * search and shortlist never disagree.
 */
@Injectable()
export class OfferingSearch {
  constructor(
    private readonly catalog: OfferingCatalog,
    private readonly offerings: OfferingRepository,
    private readonly policies: PolicyBook,
  ) {}

  async search(
    filter: OfferingSearchFilter,
    sort: OfferingSort | null,
    page: { first: number; after: string | null },
    loadRequest: RequestLoader,
  ): Promise<OfferingSearchPage> {
    const offset = decodeOffsetCursor(page.after);
    const request = await this.requestFor(filter, loadRequest);
    const policy = request
      ? await this.policies.policyFor(request.municipalityCode)
      : DEFAULT_MATCHING_POLICY;
    const offerings = await this.catalog.find({
      productCode: request?.productCode ?? checkedProduct(filter),
      specialisms: filter.specialisms && knownSpecialisms('filter.specialisms', filter.specialisms),
      municipalityCode: filter.requestId ? undefined : checkedMunicipality(filter),
    });
    const judge = judgeFor(request, offerings, policy);
    const origin = request?.location ?? originOf(filter);
    const text = filter.text?.trim().toLowerCase();
    const candidates: Candidate[] = offerings
      .filter((offering) => !filter.withFreePlaces || offering.freePlaces - offering.heldPlaces > 0)
      .filter((offering) => !text || offering.providerName.toLowerCase().includes(text))
      .map((offering) => ({
        offering,
        distanceKm: origin ? haversineRounded(origin, offering) : null,
        evaluation: judge(offering),
      }))
      .filter(
        (candidate) =>
          within(candidate, filter.maxDistanceKm) &&
          (filter.includeExcluded || !candidate.evaluation || candidate.evaluation.passed),
      )
      .sort(
        comparatorFor(
          sort ??
            (request ? OfferingSort.SCORE : origin ? OfferingSort.DISTANCE : OfferingSort.NAME),
        ),
      );
    return {
      hits: candidates.slice(offset, offset + page.first).map(toHit),
      offset,
      hasNextPage: offset + page.first < candidates.length,
      totalCount: candidates.length,
    };
  }

  loadOfferings(ids: readonly string[]) {
    return this.offerings.findByIds(ids);
  }

  /** The request to judge offerings for: a stored one, or one described by the filter. */
  private async requestFor(
    filter: OfferingSearchFilter,
    loadRequest: RequestLoader,
  ): Promise<MatchableRequest | null> {
    if (filter.requestId) {
      const request = await loadRequest(checkedId('filter.requestId', filter.requestId));
      if (!request) throw new NotFoundError('Deze hulpvraag bestaat niet.');
      return request;
    }
    if (!filter.postcode || !filter.productCode || !filter.municipalityCode) return null;
    const postcode = knownPostcode('filter.postcode', filter.postcode);
    const location = findPostcodeArea(postcode)?.location;
    if (!location) return null;
    return {
      id: 'search',
      municipalityCode: knownMunicipality('filter.municipalityCode', filter.municipalityCode),
      postcode,
      location,
      productCode: knownProduct('filter.productCode', filter.productCode),
      specialisms: filter.specialisms ?? [],
      urgency: 'ROUTINE',
      maxDistanceKm: filter.maxDistanceKm ?? null,
      preferredLanguages: [],
      requiredLanguages: [],
      financing: null,
      excludeStrategicPartners: false,
      excludedProviderIds: [],
      excludedOfferingIds: [],
      acceptsWaitingList: !filter.withFreePlaces,
      maxWaitingWeeks: null,
    };
  }
}

/** Judged as the shortlist judges: with the request as the CRISIS fallback rule says. */
function judgeFor(
  request: MatchableRequest | null,
  offerings: readonly MatchableOffering[],
  policy: MatchingPolicy,
): (offering: MatchableOffering) => OfferingEvaluation | null {
  if (!request) return () => null;
  const now = new Date();
  const judged = requestAsJudged(
    request,
    offerings,
    (asked, offering) => judgeOffering(asked, offering, policy, now).passed,
  );
  return (offering) => evaluateOffering(judged, offering, policy, now);
}

function toHit({ offering, distanceKm, evaluation }: Candidate): OfferingHit {
  if (!evaluation) return { offeringId: offering.id, distanceKm, match: null };
  return {
    offeringId: offering.id,
    distanceKm: evaluation.distanceKm,
    match: evaluation.passed
      ? {
          passed: true,
          score: evaluation.score,
          reasons: evaluation.reasons,
          waitingList: evaluation.waitingList,
          stale: evaluation.stale,
          exclusion: null,
          exclusionLabel: null,
        }
      : {
          passed: false,
          score: null,
          reasons: [],
          waitingList: false,
          stale: false,
          exclusion: evaluation.exclusion,
          exclusionLabel: exclusionLabel(evaluation.exclusion),
        },
  };
}

function comparatorFor(sort: OfferingSort) {
  const score = (c: Candidate) =>
    c.evaluation?.passed ? c.evaluation.score - (c.evaluation.waitingList ? 1000 : 0) : -Infinity;
  const byName = (a: Candidate, b: Candidate) =>
    a.offering.providerName.localeCompare(b.offering.providerName, 'nl') ||
    a.offering.id.localeCompare(b.offering.id);
  const distance = (c: Candidate) => c.distanceKm ?? Infinity;
  switch (sort) {
    case OfferingSort.SCORE:
      return (a: Candidate, b: Candidate) =>
        score(b) - score(a) || distance(a) - distance(b) || byName(a, b);
    case OfferingSort.DISTANCE:
      return (a: Candidate, b: Candidate) => distance(a) - distance(b) || byName(a, b);
    case OfferingSort.WAITING_TIME:
      return (a: Candidate, b: Candidate) =>
        a.offering.waitingWeeks - b.offering.waitingWeeks ||
        distance(a) - distance(b) ||
        byName(a, b);
    case OfferingSort.NAME:
      return byName;
  }
}

function within(candidate: Candidate, maxDistanceKm?: number): boolean {
  if (candidate.evaluation || candidate.distanceKm == null) return true;
  if (maxDistanceKm != null && candidate.distanceKm > maxDistanceKm) return false;
  const travel = candidate.offering.maxTravelKm;
  return travel == null || candidate.distanceKm <= travel;
}

function checkedProduct(filter: OfferingSearchFilter): string | undefined {
  return filter.productCode ? knownProduct('filter.productCode', filter.productCode) : undefined;
}

function checkedMunicipality(filter: OfferingSearchFilter): string | undefined {
  return filter.municipalityCode
    ? knownMunicipality('filter.municipalityCode', filter.municipalityCode)
    : undefined;
}

function originOf(filter: OfferingSearchFilter) {
  if (!filter.postcode) {
    if (filter.maxDistanceKm != null) {
      throw new InvalidInputError(
        'filter.postcode',
        'Vul een postcode in om op afstand te zoeken.',
      );
    }
    return undefined;
  }
  return findPostcodeArea(knownPostcode('filter.postcode', filter.postcode))?.location;
}

function haversineRounded(origin: GeoPoint, offering: MatchableOffering): number {
  return Math.round(haversineKm(origin, offering.location) * 10) / 10;
}

export function encodeOffsetCursor(offset: number): string {
  return Buffer.from(`off:${offset}`).toString('base64url');
}

function decodeOffsetCursor(cursor: string | null): number {
  if (cursor == null) return 0;
  const match = /^off:(\d{1,7})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw new InvalidInputError('after', 'Deze cursor is ongeldig.');
  return Number(match[1]) + 1;
}
