import { Context, Float, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { capacityFreshness, DEFAULT_MATCHING_POLICY, type CapacityFreshness } from '@wmo/domain';
import { PolicyBook } from '@wmo/matching';
import type { MatchingPolicy } from '@wmo/domain';
import type { GraphqlContext } from '../auth/request-context';
import { OfferingModel } from './offering.types';

type PolicyOf = (municipalityCode: string) => MatchingPolicy;

/** Whether an offering's capacity report is stale, by the policies of the municipalities it serves. */
@Resolver(() => OfferingModel)
export class OfferingFreshnessResolver {
  /** One look at the policies per GraphQL request, however many offerings it shows. */
  private readonly snapshots = new WeakMap<GraphqlContext, Promise<PolicyOf>>();

  constructor(private readonly policies: PolicyBook) {}

  @ResolveField('capacityStale', () => Boolean, {
    description:
      'The capacity report is older than the strictest staleAfterDays of the municipalities served',
  })
  async capacityStale(
    @Parent() offering: OfferingModel,
    @Context() context: GraphqlContext,
  ): Promise<boolean> {
    return (await this.freshnessOf(offering, context)).stale;
  }

  @ResolveField('capacityStaleAfterDays', () => Float, {
    description: 'How often the municipalities served want a report: the strictest of them',
  })
  async capacityStaleAfterDays(
    @Parent() offering: OfferingModel,
    @Context() context: GraphqlContext,
  ): Promise<number> {
    return (await this.freshnessOf(offering, context)).staleAfterDays;
  }

  @ResolveField('capacityStaleAt', () => Date, {
    description: 'When the capacity report becomes stale (unless it is confirmed or changed)',
  })
  async capacityStaleAt(
    @Parent() offering: OfferingModel,
    @Context() context: GraphqlContext,
  ): Promise<Date> {
    return (await this.freshnessOf(offering, context)).staleAt;
  }

  private async freshnessOf(
    offering: OfferingModel,
    context: GraphqlContext,
  ): Promise<CapacityFreshness> {
    let snapshot = this.snapshots.get(context);
    if (!snapshot) {
      snapshot = this.policies.snapshot();
      this.snapshots.set(context, snapshot);
    }
    const policyOf = await snapshot;
    return capacityFreshness(
      offering.capacityUpdatedAt,
      offering.municipalitiesServed.map((code) => policyOf(code).staleAfterDays),
      DEFAULT_MATCHING_POLICY.staleAfterDays,
      new Date(),
    );
  }
}
