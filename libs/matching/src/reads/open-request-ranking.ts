import { Injectable } from '@nestjs/common';
import {
  rankOfferings,
  type MatchableOffering,
  type MatchableRequest,
  type ShortlistOption,
  type SupportRequest,
  type AccessScope,
} from '@wmo/domain';
import { SupportRequestRepository } from '@wmo/persistence';
import { toMatchableRequest } from '../read-model/matchable';
import { OfferingCatalog } from '../read-model/offering-catalog';
import { PolicyBook } from '../read-model/policy-book';

export interface RankedOpenRequest {
  readonly request: SupportRequest;
  readonly matchable: MatchableRequest;
  readonly options: readonly ShortlistOption[];
}

export interface RankedOpenRequests {
  readonly requests: readonly RankedOpenRequest[];
  /** Every offering of the products ranked, as the engine sees it (holds counted). */
  readonly offerings: readonly MatchableOffering[];
}

/**
 * The shortlists of open requests as the engine makes them now: every open request in scope
 * ranked against every offering of its product with its municipality's policy — the same call
 * the worker makes, from the database's current state, so aggregate figures never depend on a
 * cache. Requests that are REFERRED wait for a provider's answer and are left out.
 */
@Injectable()
export class OpenRequestRanking {
  constructor(
    private readonly requests: SupportRequestRepository,
    private readonly catalog: OfferingCatalog,
    private readonly policies: PolicyBook,
  ) {}

  async rank(
    scope: AccessScope,
    now: Date,
    productCodes?: ReadonlySet<string>,
  ): Promise<RankedOpenRequests> {
    const [active, offerings, policyFor] = await Promise.all([
      this.requests.findActive(scope),
      this.catalog.find({}),
      this.policies.snapshot(),
    ]);
    const wanted = (productCode: string) => !productCodes || productCodes.has(productCode);
    const byProduct = new Map<string, MatchableOffering[]>();
    for (const offering of offerings) {
      if (!wanted(offering.productCode)) continue;
      const list = byProduct.get(offering.productCode) ?? [];
      list.push(offering);
      byProduct.set(offering.productCode, list);
    }
    const requests = active
      .filter((request) => request.status === 'OPEN' && wanted(request.productCode))
      .map((request) => {
        const matchable = toMatchableRequest(request);
        const ranked = rankOfferings(
          matchable,
          byProduct.get(request.productCode) ?? [],
          policyFor(request.municipalityCode),
          now,
        );
        return { request, matchable, options: ranked.options };
      });
    return { requests, offerings: [...byProduct.values()].flat() };
  }
}
