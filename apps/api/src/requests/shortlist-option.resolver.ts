import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../auth/request-context';
import { toOfferingModel } from '../offerings/offering.mapper';
import { OfferingModel } from '../offerings/offering.types';
import { ShortlistOptionModel } from './shortlist.types';

@Resolver(() => ShortlistOptionModel)
export class ShortlistOptionResolver {
  /** The offering as it is now (the option itself holds the figures it was ranked on). */
  @ResolveField(() => OfferingModel, { nullable: true })
  async offering(
    @Parent() option: ShortlistOptionModel,
    @Context() context: GraphqlContext,
  ): Promise<OfferingModel | null> {
    const offering = await context.loaders.offering.load(option.offeringId);
    return offering ? toOfferingModel(offering, option.distanceKm) : null;
  }
}
