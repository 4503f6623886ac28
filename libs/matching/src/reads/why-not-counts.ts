import { Injectable, Logger } from '@nestjs/common';
import {
  rankOfferings,
  type ExclusionCount,
  type MatchableRequest,
  type MatchingPolicy,
  type SupportRequest,
} from '@wmo/domain';
import { toMatchableRequest } from '../read-model/matchable';
import { OfferingCache } from '../read-model/offering-cache';
import { OfferingCatalog } from '../read-model/offering-catalog';
import { PolicyBook } from '../read-model/policy-book';

/**
 * The "why not" counts of a request's shortlist, counted when read: the engine's own ranking of
 * the request (against the offerings of its product, as the worker ranks it) from the current
 * offerings and policy. So they are always exact — with no revision written each time only a
 * count moves — while a stored revision holds what a person sees.
 * The offerings come from an in-memory copy that the offering change stream keeps current
 * (`sync()` before counting brings in every change appended before the read); when Redis cannot
 * be read, from the database, slower but just as exact.
 * The caller passes the request as it read it in its caller's scope (the api reads it once per
 * operation, for the request and its counts alike).
 *
 * Counted once per request object, offerings version and policy: the counts are a function of
 * those three alone (the hard filters and the shortlist's size take no clock: see
 * rank-offerings.spec), a changed request is a new object in the api's request cache, the
 * offering copy's `version` moves in the same step as any change it takes in, and a changed
 * policy is a new object. So a kept count is exactly what counting again would give.
 */
@Injectable()
export class WhyNotCounts {
  private readonly logger = new Logger(WhyNotCounts.name);
  /** Forgotten with the request object (the api's request cache holds it while it is current). */
  private readonly counted = new WeakMap<SupportRequest, Counted>();

  constructor(
    private readonly offerings: OfferingCache,
    private readonly catalog: OfferingCatalog,
    private readonly policies: PolicyBook,
  ) {}

  async of(request: SupportRequest, now = new Date()): Promise<readonly ExclusionCount[]> {
    const matchable = toMatchableRequest(request);
    try {
      await this.offerings.sync();
      const policy = await this.policies.policyFor(request.municipalityCode);
      const version = this.offerings.version;
      const known = this.counted.get(request);
      if (known && known.version === version && known.policy === policy) return known.counts;
      const counts = this.offerings.rank(matchable, policy, now).exclusions;
      this.counted.set(request, { version, policy, counts });
      return counts;
    } catch (error) {
      this.logger.warn(`counting from the database: ${(error as Error).message}`);
      return this.fromDatabase(matchable, now);
    }
  }

  /** Without Redis: the same ranking from the database's offerings and policy. */
  private async fromDatabase(
    request: MatchableRequest,
    now: Date,
  ): Promise<readonly ExclusionCount[]> {
    const [offerings, policy] = await Promise.all([
      this.catalog.find({ productCode: request.productCode }),
      this.policies.storedPolicyFor(request.municipalityCode),
    ]);
    return rankOfferings(request, offerings, policy, now).exclusions;
  }
}

interface Counted {
  readonly version: number;
  readonly policy: MatchingPolicy;
  readonly counts: readonly ExclusionCount[];
}
