import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { HoldRepository, type CapacityReport, type Occupancy } from '@wmo/persistence';
import type { GraphqlContext } from '../auth/request-context';
import { OfferingModel } from '../offerings/offering.types';

const NOTHING_TAKEN: Occupancy = { held: 0, placed: 0 };

/** Held places and placements on an offering, batched per GraphQL request. */
@Resolver(() => OfferingModel)
export class OfferingHoldsResolver {
  private readonly loaders = new WeakMap<GraphqlContext, DataLoader<CapacityReport, Occupancy>>();

  constructor(private readonly holds: HoldRepository) {}

  @ResolveField('heldPlaces', () => Int, { description: 'Places on hold for pending referrals' })
  async heldPlaces(
    @Parent() offering: OfferingModel,
    @Context() context: GraphqlContext,
  ): Promise<number> {
    return (await this.occupancyOf(offering, context)).held;
  }

  @ResolveField('freePlaces', () => Int, {
    description: 'Free places: the last reported number minus placements made since',
  })
  async freePlaces(
    @Parent() offering: OfferingModel,
    @Context() context: GraphqlContext,
  ): Promise<number> {
    const placed = offering.placedSinceReport ?? (await this.occupancyOf(offering, context)).placed;
    return freeNow(offering, placed);
  }

  @ResolveField('capacityBelowHolds', () => Boolean, {
    description: 'Fewer free places than places on hold (allowed after a lower report)',
  })
  async capacityBelowHolds(
    @Parent() offering: OfferingModel,
    @Context() context: GraphqlContext,
  ): Promise<boolean> {
    const occupancy = await this.occupancyOf(offering, context);
    return freeNow(offering, occupancy.placed) < occupancy.held;
  }

  private occupancyOf(offering: OfferingModel, context: GraphqlContext): Promise<Occupancy> {
    let loader = this.loaders.get(context);
    if (!loader) {
      loader = new DataLoader(
        async (reports: readonly CapacityReport[]) => {
          const found = await this.holds.occupancy(reports);
          return reports.map((report) => found.get(report.offeringId) ?? NOTHING_TAKEN);
        },
        { cacheKeyFn: (report) => report.offeringId },
      );
      this.loaders.set(context, loader);
    }
    return loader.load({ offeringId: offering.id, capacityUpdatedAt: offering.capacityUpdatedAt });
  }
}

function freeNow(offering: OfferingModel, placedSinceReport: number): number {
  return Math.max(0, offering.freePlaces - placedSinceReport);
}
