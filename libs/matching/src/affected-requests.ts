import { Injectable } from '@nestjs/common';
import {
  evaluateOffering,
  mayReshapeShortlist,
  type MatchableOffering,
  type MatchableRequest,
  type OfferingEvaluation,
} from '@wmo/domain';
import type { OfferingSnapshot } from '@wmo/queue';
import { findPostcodeArea } from '@wmo/reference';
import { compareStreamIds } from './change-stream-follower';
import { OfferingCache } from './offering-cache';
import { verdictOf } from './offering-verdict';
import { PolicyBook } from './policy-book';
import { RequestBook } from './request-book';
import { ShortlistHeads } from './shortlist-heads';

/**
 * Decides which open requests a change to one offering can affect:
 * - those where the offering fails a different filter now, or passes only before or only
 *   after (the "why not" counts change);
 * - those where it passes both before and after, if the change can reshape the shortlist as
 *   its cached head shows it (`mayReshapeShortlist`: shown, room left, or now ranking level
 *   with the worst option); without a cached summary, all of them;
 * leaving out requests whose current revision already reflects the change (computed from
 * inputs at or after its stream entry: the worker's backlog often gets there before this job).
 * A head read here may be overtaken by a revision computed from inputs without this change;
 * the worker that stores such a revision re-checks the changes it did not see
 * (ShortlistRecompute), so between the two every affected request is recomputed.
 */
@Injectable()
export class AffectedRequests {
  constructor(
    private readonly offerings: OfferingCache,
    private readonly requests: RequestBook,
    private readonly heads: ShortlistHeads,
    private readonly policies: PolicyBook,
  ) {}

  /**
   * `streamId`: the change's entry on the offering change stream; requests whose current
   * revision was computed from inputs at or after it already reflect the change.
   */
  async ofOfferingChange(
    offeringId: string,
    previous?: OfferingSnapshot,
    streamId?: string,
  ): Promise<string[]> {
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
    const policyFor = await this.policies.snapshot();
    const countsMove: MatchableRequest[] = [];
    const passingBoth: { request: MatchableRequest; after: OfferingEvaluation }[] = [];
    for (const productCode of products) {
      for (const request of this.requests.activeFor(productCode, reach)) {
        const policy = policyFor(request.municipalityCode);
        const evaluate = (offering: MatchableOffering | undefined) =>
          offering && evaluateOffering(request, offering, policy, now);
        const evaluatedAfter = evaluate(after);
        const was = verdictOf(request, evaluate(before));
        const is = verdictOf(request, evaluatedAfter);
        if (was !== is) countsMove.push(request);
        else if (is === 'PASSES' && evaluatedAfter) {
          passingBoth.push({ request, after: evaluatedAfter });
        }
      }
    }
    const heads = await this.heads.get(
      [...countsMove, ...passingBoth.map(({ request }) => request)].map(({ id }) => id),
    );
    const notYetSeen = (request: MatchableRequest) => {
      const position = heads.get(request.id)?.position;
      return !streamId || !position || compareStreamIds(position, streamId) < 0;
    };
    const affected = countsMove.filter(notYetSeen).map(({ id }) => id);
    for (const { request, after: evaluation } of passingBoth) {
      if (!notYetSeen(request)) continue;
      const shown = heads.get(request.id)?.shown;
      if (
        !shown ||
        !evaluation.passed ||
        mayReshapeShortlist(request, shown, offeringId, evaluation)
      ) {
        affected.push(request.id);
      }
    }
    return affected;
  }
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
