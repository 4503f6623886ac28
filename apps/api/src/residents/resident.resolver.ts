import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@wmo/domain';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { toSupportRequestModel } from '../requests/request.mapper';
import { SupportRequestModel } from '../requests/request.types';
import { toShortlistModel } from '../requests/shortlist.mapper';
import { ShortlistModel } from '../requests/shortlist.types';
import { ResidentService } from './resident.service';
import { ChoosePreferenceArgs } from './resident.types';
import { Audited } from '../audit/audited.decorator';
import { residentRequestOf } from '../audit/audit-targets';

/** The resident's own view, through their personal link. Scores are hidden per field. */
@Resolver()
export class ResidentResolver {
  constructor(private readonly residents: ResidentService) {}

  @Allow('RESIDENT')
  @Audited('READ', (_, __, actor) => ({ requestId: residentRequestOf(actor) }))
  @Query(() => ShortlistModel, {
    nullable: true,
    description: 'The latest shortlist of your own request; null until it is computed.',
  })
  async myShortlist(@CurrentActor() actor: Actor): Promise<ShortlistModel | null> {
    const latest = await this.residents.shortlist(actor);
    return latest ? toShortlistModel(latest) : null;
  }

  @Allow('RESIDENT')
  @Audited('READ', (_, __, actor) => ({ requestId: residentRequestOf(actor) }))
  @Query(() => SupportRequestModel, { description: 'Your own request (the link is for one).' })
  async myRequest(@CurrentActor() actor: Actor): Promise<SupportRequestModel> {
    return toSupportRequestModel(await this.residents.request(actor));
  }

  @Allow('RESIDENT')
  @Audited('CHANGE', (_, __, actor) => ({ requestId: residentRequestOf(actor) }))
  @Mutation(() => SupportRequestModel, { description: 'Say which option you prefer.' })
  async choosePreference(
    @CurrentActor() actor: Actor,
    @Args() { offeringId }: ChoosePreferenceArgs,
  ): Promise<SupportRequestModel> {
    return toSupportRequestModel(await this.residents.choosePreference(actor, offeringId));
  }
}
