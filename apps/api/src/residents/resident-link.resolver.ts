import { Args, Int, Mutation, Resolver } from '@nestjs/graphql';
import type { Actor } from '@wmo/domain';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ResidentLinkService } from './resident-link.service';
import {
  CreateResidentLinkArgs,
  ResidentLinkModel,
  ResidentLinkRequestArgs,
} from './resident.types';
import { argString, Audited } from '../audit/audited.decorator';

@Resolver(() => ResidentLinkModel)
export class ResidentLinkResolver {
  constructor(private readonly links: ResidentLinkService) {}

  @Allow('STAFF')
  @Audited('CHANGE', (args) => ({ requestId: argString(args, 'requestId') }))
  @Mutation(() => ResidentLinkModel, {
    description: 'A personal link for the resident to see the shortlist and choose.',
  })
  createResidentLink(
    @CurrentActor() actor: Actor,
    @Args() { requestId, revokePrevious }: CreateResidentLinkArgs,
  ): Promise<ResidentLinkModel> {
    return this.links.issue(actor, requestId, revokePrevious ?? true);
  }

  @Allow('STAFF')
  @Audited('CHANGE', (args) => ({ requestId: argString(args, 'requestId') }))
  @Mutation(() => Int, { description: 'Stops every link of the request; returns how many.' })
  revokeResidentLinks(
    @CurrentActor() actor: Actor,
    @Args() { requestId }: ResidentLinkRequestArgs,
  ): Promise<number> {
    return this.links.revokeAll(actor, requestId);
  }
}
