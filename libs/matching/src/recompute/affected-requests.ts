import { Injectable, Logger } from '@nestjs/common';
import {
  judgeOffering,
  mayChangeOptions,
  type MatchableOffering,
  type MatchableRequest,
  type OfferingJudgement,
} from '@wmo/domain';
import type { OfferingSnapshot } from '@wmo/queue';
import { findPostcodeArea } from '@wmo/reference';
import { OfferingCache } from '../read-model/offering-cache';
import { verdictOf } from './offering-verdict';
import { PolicyBook } from '../read-model/policy-book';
import { RequestBook } from '../read-model/request-book';
import { reflectsChange } from './head-codec';
import { ShortlistHeads } from './shortlist-heads';
import { StepClock } from '../shared/step-clock';

/**
 * Decides which open requests a change to one offering can affect: those whose options (what a
 * person sees) the change can alter, as `mayChangeOptions` says from the offering's evaluations
 * before and after and the shortlist its cached head shows (without a cached summary: every
 * request the offering can be an option for, before or after). The "why not" counts are counted
 * when read, so a change that moves only a count needs no recompute.
 * Requests whose current revision already reflects the change (computed from inputs at or after
 * its stream entry: the worker's backlog often gets there before this job) are left out.
 * A head read here may be overtaken by a revision computed from inputs without this change;
 * the worker that stores such a revision re-checks the changes it did not see
 * (ShortlistRecompute), so between the two every affected request is recomputed.
 */
@Injectable()
export class AffectedRequests {
  private readonly logger = new Logger(AffectedRequests.name);

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
    const clock = new StepClock();
    await Promise.all([this.offerings.sync(), this.requests.sync()]);
    clock.step('sync');
    const after = this.offerings.get(offeringId);
    const before = after && previous ? withSnapshot(after, previous) : undefined;
    const products = new Set([after?.productCode, previous?.productCode].filter(isString));
    const municipalities = [
      ...new Set([
        ...(after?.municipalitiesServed ?? []),
        ...(previous?.municipalitiesServed ?? []),
      ]),
    ];
    // An offering is an option only where it serves the request's municipality. Without the
    // offering as it was (a new one, one announced as new, or one that is gone), any request of
    // its product may have shown it: its cached head says.
    const beforeKnown = before !== undefined;
    const reach = beforeKnown ? municipalities : 'ALL';
    const now = new Date();
    const policyFor = await this.policies.snapshot();
    const reached: { request: MatchableRequest; before?: Evaluation; after?: Evaluation }[] = [];
    for (const productCode of products) {
      for (const request of this.requests.activeFor(productCode, reach)) {
        const policy = policyFor(request.municipalityCode);
        const evaluate = (offering: MatchableOffering | undefined) =>
          offering && judgeOffering(request, offering, policy, now);
        const was = evaluate(before);
        const is = evaluate(after);
        if (!beforeKnown || mayBeOption(request, was) || mayBeOption(request, is)) {
          reached.push({ request, before: was, after: is });
        }
      }
    }
    clock.step('judge');
    const heads = await this.heads.get(reached.map(({ request }) => request.id));
    clock.step('heads');
    const affected: string[] = [];
    for (const { request, before: was, after: is } of reached) {
      const head = heads.get(request.id);
      if (reflectsChange(head, streamId)) continue;
      const unknown = !beforeKnown && !head?.shown;
      if (unknown || mayChangeOptions(request, head?.shown, offeringId, was, is)) {
        affected.push(request.id);
      }
    }
    this.logger.debug(
      `offering ${offeringId} changed: ${reached.length} reached, ${affected.length} affected: ` +
        clock.summary(),
    );
    return affected;
  }
}

type Evaluation = OfferingJudgement | undefined;

function mayBeOption(request: MatchableRequest, evaluation: Evaluation): boolean {
  return evaluation !== undefined && verdictOf(request, evaluation) === 'PASSES';
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

function isString(value: string | undefined): value is string {
  return typeof value === 'string';
}
