import { Injectable, Logger } from '@nestjs/common';
import {
  rankOfferings,
  type ExclusionCount,
  type MatchableRequest,
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
 */
@Injectable()
export class WhyNotCounts {
  private readonly logger = new Logger(WhyNotCounts.name);

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
      return this.offerings.rank(matchable, policy, now).exclusions;
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
