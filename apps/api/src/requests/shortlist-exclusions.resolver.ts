import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { WhyNotCounts } from '@wmo/matching';
import { ExclusionModel, ShortlistModel } from './shortlist.types';

@Resolver(() => ShortlistModel)
export class ShortlistExclusionsResolver {
  constructor(private readonly whyNot: WhyNotCounts) {}

  /**
   * Counted now, from the current offerings with the engine's rules: a revision changes only
   * when what a person sees changes, so it does not hold counts that may have moved since.
   * Whoever may read the shortlist may read its counts (checked where the shortlist is read).
   */
  @ResolveField(() => [ExclusionModel], { description: 'Why other offerings are not options' })
  async exclusions(@Parent() shortlist: ShortlistModel): Promise<ExclusionModel[]> {
    const counts = await this.whyNot.of(shortlist.requestId);
    return (counts ?? []).map((count) => ({ ...count }));
  }
}
