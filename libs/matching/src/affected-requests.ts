import { Injectable } from '@nestjs/common';
import {
  DEFAULT_MATCHING_POLICY,
  evaluateOffering,
  type MatchableOffering,
  type MatchableRequest,
} from '@wmo/domain';
import type { OfferingSnapshot } from '@wmo/queue';
import { findPostcodeArea } from '@wmo/reference';
import { OfferingCache } from './offering-cache';
import { RequestBook } from './request-book';

/**
 * Decides which open requests a change to one offering can affect: those where the offering
 * passes the hard filters before or after the change, or fails a different filter now (the
 * "why not" counts change). Weights do not decide pass or fail, so the default policy will do.
 */
@Injectable()
export class AffectedRequests {
  constructor(
    private readonly offerings: OfferingCache,
    private readonly requests: RequestBook,
  ) {}

  async ofOfferingChange(offeringId: string, previous?: OfferingSnapshot): Promise<string[]> {
    await Promise.all([this.offerings.sync(), this.requests.sync()]);
    const after = this.offerings.get(offeringId);
    const before = after && previous ? withSnapshot(after, previous) : undefined;
    const products = new Set([after?.productCode, before?.productCode].filter(isString));
    const municipalities = [
      ...new Set([...(after?.municipalitiesServed ?? []), ...(before?.municipalitiesServed ?? [])]),
    ];
    // A request in a municipality served neither before nor after fails the offering on
    // MUNICIPALITY or an earlier filter (PRODUCT, SPECIALISM) both times: its "why not" counts
    // change only when the offering is new or gone, or those earlier filters' inputs changed.
    const reach = before && after && sameEarlyFilters(before, after) ? municipalities : 'ALL';
    const now = new Date();
    const affected: string[] = [];
    for (const productCode of products) {
      for (const request of this.requests.activeFor(productCode, reach)) {
        if (changesFor(request, before, after, now)) affected.push(request.id);
      }
    }
    return affected;
  }
}

function changesFor(
  request: MatchableRequest,
  before: MatchableOffering | undefined,
  after: MatchableOffering | undefined,
  now: Date,
): boolean {
  const verdict = (offering: MatchableOffering | undefined) => {
    if (!offering) return 'ABSENT';
    const evaluation = evaluateOffering(request, offering, DEFAULT_MATCHING_POLICY, now);
    // A CRISIS request may get waiting-list options: an offering without a free place counts.
    if (
      evaluation.passed ||
      (request.urgency === 'CRISIS' && evaluation.exclusion === 'NO_FREE_PLACE')
    ) {
      return 'PASSES';
    }
    return evaluation.exclusion;
  };
  const was = verdict(before);
  const is = verdict(after);
  return was === 'PASSES' || is === 'PASSES' || was !== is;
}

/** The offering as it was before the change, from the job's snapshot. */
function withSnapshot(current: MatchableOffering, previous: OfferingSnapshot): MatchableOffering {
  return {
    ...current,
    productCode: previous.productCode,
    specialisms: previous.specialisms,
    postcode: previous.postcode,
    location: findPostcodeArea(previous.postcode)?.location ?? current.location,
    municipalitiesServed: previous.municipalitiesServed,
    maxTravelKm: previous.maxTravelKm,
    freePlaces: previous.freePlaces,
    waitingWeeks: previous.waitingWeeks,
    financing: previous.financing,
  };
}

function sameEarlyFilters(before: MatchableOffering, after: MatchableOffering): boolean {
  return (
    before.productCode === after.productCode &&
    before.specialisms.length === after.specialisms.length &&
    before.specialisms.every((specialism) => after.specialisms.includes(specialism))
  );
}

function isString(value: string | undefined): value is string {
  return typeof value === 'string';
}
