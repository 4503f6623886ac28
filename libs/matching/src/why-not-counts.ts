import { Injectable } from '@nestjs/common';
import type { ExclusionCount } from '@wmo/domain';
import { SupportRequestRepository } from '@wmo/persistence';
import { toMatchableRequest } from './matchable';
import { OfferingCache } from './offering-cache';
import { PolicyBook } from './policy-book';

/**
 * The "why not" counts of a request's shortlist, counted when read: the engine's own ranking of
 * the request (through the candidate index, against the offerings of its product, as the worker
 * ranks it) from the current offerings and policy. So they are always exact — with no revision
 * written each time only a count moves — while a stored revision holds what a person sees.
 * The offerings come from an in-memory copy that the offering change stream keeps current;
 * `sync()` before counting brings in every change appended before the read.
 */
@Injectable()
export class WhyNotCounts {
  constructor(
    private readonly offerings: OfferingCache,
    private readonly requests: SupportRequestRepository,
    private readonly policies: PolicyBook,
  ) {}

  /** Null when the request does not exist. */
  async of(requestId: string, now = new Date()): Promise<readonly ExclusionCount[] | null> {
    const [request] = await Promise.all([
      this.requests.findInScope({ all: true }, requestId),
      this.offerings.sync(),
    ]);
    if (!request) return null;
    const policy = await this.policies.policyFor(request.municipalityCode);
    return this.offerings.rank(toMatchableRequest(request), policy, now).exclusions;
  }
}
