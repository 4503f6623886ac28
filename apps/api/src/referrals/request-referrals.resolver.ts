import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ForbiddenError, mayReadCaseFile, scopeOf, type Actor } from '@wmo/domain';
import type { GraphqlContext } from '../auth/request-context';
import { SupportRequestModel } from '../requests/request.types';
import { toReferralModel, toReferralTransitionModel } from './referral.mapper';
import { ReferralService } from './referral.service';
import { ReferralModel, ReferralTransitionModel } from './referral.types';

/** A request's referrals and their history, for staff of its municipality and admins. */
@Resolver(() => SupportRequestModel)
export class RequestReferralsResolver {
  constructor(private readonly service: ReferralService) {}

  @ResolveField(() => [ReferralModel], { description: 'Newest first' })
  async referrals(
    @Parent() request: SupportRequestModel,
    @Context() context: GraphqlContext,
  ): Promise<ReferralModel[]> {
    assertMayReadHistory(context, request);
    return (await this.service.ofRequest(actorOf(context), request.id)).map(toReferralModel);
  }

  @ResolveField(() => [ReferralTransitionModel], {
    description: 'Every step of every referral of this request, oldest first',
  })
  async transitions(
    @Parent() request: SupportRequestModel,
    @Context() context: GraphqlContext,
  ): Promise<ReferralTransitionModel[]> {
    assertMayReadHistory(context, request);
    return (await this.service.transitionsOf(actorOf(context), request)).map(
      toReferralTransitionModel,
    );
  }
}

/** Residents reach their own request too; the referral history is for the professionals. */
function assertMayReadHistory(context: GraphqlContext, request: SupportRequestModel): void {
  const actor = context.req.actor;
  if (!actor || !mayReadCaseFile(scopeOf(actor), request)) throw new ForbiddenError();
}

function actorOf(context: GraphqlContext): Actor {
  const actor = context.req.actor;
  if (!actor) throw new ForbiddenError();
  return actor;
}
