import { Context, Float, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@wmo/domain';
import type { GraphqlContext } from '../auth/request-context';
import { ReasonModel, ShortlistOptionModel } from '../requests/shortlist.types';

/**
 * Scores and points are the matcher's internal figures: consultants see them, residents see the
 * plain-language reasons only. Decided per field, so every way a shortlist reaches a resident
 * (myShortlist, the subscription, a request's shortlist) hides them.
 */
function showsInternalFigures(actor: Actor | undefined): boolean {
  return actor?.kind === 'STAFF' || actor?.kind === 'ADMIN';
}

@Resolver(() => ShortlistOptionModel)
export class OptionScoreResolver {
  @ResolveField(() => Float, { nullable: true })
  score(@Parent() option: ShortlistOptionModel, @Context() context: GraphqlContext): number | null {
    return showsInternalFigures(context.req.actor) ? option.score : null;
  }
}

@Resolver(() => ReasonModel)
export class ReasonPointsResolver {
  @ResolveField(() => Float, { nullable: true })
  points(@Parent() reason: ReasonModel, @Context() context: GraphqlContext): number | null {
    return showsInternalFigures(context.req.actor) ? reason.points : null;
  }
}
