import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { describeActor, SYSTEM_ACTOR, type ActorDescription } from '@wmo/domain';
import type { GraphqlContext } from '../auth/request-context';
import { Role } from '../graphql/enums';
import { ReferralTransitionModel } from './referral.types';

/** Who made a step, by name and role: people read a history, not user ids. */
@Resolver(() => ReferralTransitionModel)
export class ReferralTransitionResolver {
  @ResolveField(() => String, {
    description: "The user's name (else email), or 'Systeem' when the platform acted",
  })
  async actorName(
    @Parent() transition: ReferralTransitionModel,
    @Context() context: GraphqlContext,
  ): Promise<string> {
    return (await actorOf(transition, context)).name;
  }

  @ResolveField(() => Role, { nullable: true, description: 'Null when the platform acted' })
  async actorRole(
    @Parent() transition: ReferralTransitionModel,
    @Context() context: GraphqlContext,
  ): Promise<Role | null> {
    return (await actorOf(transition, context)).role as Role | null;
  }
}

async function actorOf(
  transition: ReferralTransitionModel,
  context: GraphqlContext,
): Promise<ActorDescription> {
  const user =
    transition.actor === SYSTEM_ACTOR ? null : await context.loaders.user.load(transition.actor);
  return describeActor(transition.actor, user);
}
