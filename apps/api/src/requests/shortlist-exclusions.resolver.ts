import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { WhyNotCounts } from '@wmo/matching';
import type { GraphqlContext } from '../auth/request-context';
import { ExclusionModel, ShortlistModel } from './shortlist.types';

@Resolver(() => ShortlistModel)
export class ShortlistExclusionsResolver {
  constructor(private readonly whyNot: WhyNotCounts) {}

  /**
   * Counted now, from the current offerings with the engine's rules: a revision changes only
   * when what a person sees changes, so it does not hold counts that may have moved since.
   * Whoever may read the shortlist may read its counts; the request comes from the operation's
   * loader, which reads it in the caller's own scope (once, when `request(id)` already did).
   */
  @ResolveField(() => [ExclusionModel], { description: 'Why other offerings are not options' })
  async exclusions(
    @Parent() shortlist: ShortlistModel,
    @Context() context: GraphqlContext,
  ): Promise<ExclusionModel[]> {
    const request = await context.loaders.request.load(shortlist.requestId);
    if (!request) return [];
    return (await this.whyNot.of(request)).map((count) => ({ ...count }));
  }
}
