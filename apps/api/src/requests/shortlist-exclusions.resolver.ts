import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { recordScopeOf, type Actor } from '@wmo/domain';
import { WhyNotCounts } from '@wmo/matching';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ExclusionModel, ShortlistModel } from './shortlist.types';

@Resolver(() => ShortlistModel)
export class ShortlistExclusionsResolver {
  constructor(private readonly whyNot: WhyNotCounts) {}

  /**
   * Counted now, from the current offerings with the engine's rules: a revision changes only
   * when what a person sees changes, so it does not hold counts that may have moved since.
   * Whoever may read the shortlist may read its counts; the request is read again in the
   * caller's own scope.
   */
  @ResolveField(() => [ExclusionModel], { description: 'Why other offerings are not options' })
  async exclusions(
    @Parent() shortlist: ShortlistModel,
    @CurrentActor() actor: Actor,
  ): Promise<ExclusionModel[]> {
    const counts = await this.whyNot.of(recordScopeOf(actor), shortlist.requestId);
    return (counts ?? []).map((count) => ({ ...count }));
  }
}
