import {
  Args,
  Context,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import type { Actor } from '@wmo/domain';
import { checkPageSize, encodeIdCursor } from '@wmo/persistence';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import type { GraphqlContext } from '../auth/request-context';
import { toConnection } from '../graphql/page-info';
import { toOfferingModel } from '../offerings/offering.mapper';
import { OfferingModel } from '../offerings/offering.types';
import { toReferralModel } from './referral.mapper';
import { ReferralService } from './referral.service';
import {
  CreateReferralArgs,
  ReferralConnection,
  ReferralListFilter,
  ReferralModel,
  ReferralOrder,
  RespondToReferralArgs,
  WithdrawReferralArgs,
} from './referral.types';
import { NullableArg } from '../graphql/nullable-arg';
import { Audited, AuditExempt } from '../audit/audited.decorator';
import { referralTarget } from '../audit/audit-targets';

@Resolver(() => ReferralModel)
export class ReferralResolver {
  constructor(private readonly service: ReferralService) {}

  @Allow('STAFF')
  @Audited<ReferralModel>('CHANGE', (_, referral) => referralTarget(referral))
  @Mutation(() => ReferralModel, {
    description: 'Refer the request to an offering: holds one free place for a limited time.',
  })
  async createReferral(
    @CurrentActor() actor: Actor,
    @Args() { requestId, offeringId }: CreateReferralArgs,
  ): Promise<ReferralModel> {
    return toReferralModel(await this.service.create(actor, requestId, offeringId));
  }

  @Allow('PROVIDER')
  @Audited<ReferralModel>('CHANGE', (_, referral) => referralTarget(referral))
  @Mutation(() => ReferralModel, { description: 'Accept (placement) or decline a referral.' })
  async respondToReferral(
    @CurrentActor() actor: Actor,
    @Args() { referralId, accept, reason }: RespondToReferralArgs,
  ): Promise<ReferralModel> {
    return toReferralModel(await this.service.respond(actor, referralId, accept, reason ?? null));
  }

  @Allow('STAFF')
  @Audited<ReferralModel>('CHANGE', (_, referral) => referralTarget(referral))
  @Mutation(() => ReferralModel, { description: 'Withdraw a pending referral: frees its place.' })
  async withdrawReferral(
    @CurrentActor() actor: Actor,
    @Args() { referralId, reason }: WithdrawReferralArgs,
  ): Promise<ReferralModel> {
    return toReferralModel(await this.service.withdraw(actor, referralId, reason ?? null));
  }

  @Allow('STAFF')
  @AuditExempt('a date computed from the clock')
  @Query(() => Date, {
    description: 'When a hold made now would end (shown before a consultant refers)',
  })
  holdWouldEndAt(): Date {
    return this.service.holdWouldEndAt();
  }

  @Allow('PROVIDER', 'STAFF', 'ADMIN')
  @Audited<ReferralConnection>('READ', (_, page) =>
    page.edges.map((edge) => referralTarget(edge.node)),
  )
  @Query(() => ReferralConnection, { description: 'Providers see referrals to their offerings.' })
  async referrals(
    @CurrentActor() actor: Actor,
    @NullableArg('filter', ReferralListFilter)
    filter: ReferralListFilter | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('order', {
      type: () => ReferralOrder,
      nullable: true,
      description: 'Default: newest first',
    })
    order: ReferralOrder | null,
  ): Promise<ReferralConnection> {
    const page = await this.service.list(
      actor,
      { status: filter?.status, statuses: filter?.statuses },
      checkPageSize(first),
      after,
      order ?? ReferralOrder.NEWEST_FIRST,
    );
    return toConnection({ ...page, items: page.items.map(toReferralModel) }, (node) =>
      encodeIdCursor(node.id),
    );
  }

  @ResolveField(() => OfferingModel, { nullable: true })
  async offering(
    @Parent() referral: ReferralModel,
    @Context() context: GraphqlContext,
  ): Promise<OfferingModel | null> {
    const offering = await context.loaders.offering.load(referral.offeringId);
    return offering ? toOfferingModel(offering) : null;
  }
}
