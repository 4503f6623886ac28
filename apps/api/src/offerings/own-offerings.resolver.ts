import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@wmo/domain';
import { checkPageSize, encodeIdCursor } from '@wmo/persistence';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { toConnection } from '../graphql/page-info';
import { toOfferingModel, toReportedOfferingModel } from './offering.mapper';
import { OfferingService } from './offering.service';
import { OfferingConnection, OfferingModel } from './offering.types';
import { ConfirmCapacityArgs, OfferingIdArgs } from './own-offerings.args';
import { Audited, AuditExempt } from '../audit/audited.decorator';

/** What a provider needs to keep its own offerings current: its board, one offering, "klopt nog". */
@Resolver(() => OfferingModel)
export class OwnOfferingsResolver {
  constructor(private readonly service: OfferingService) {}

  @Allow('PROVIDER')
  @AuditExempt('offerings: no personal data of residents')
  @Query(() => OfferingConnection, { description: "The provider's own offerings, newest first" })
  async myOfferings(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<OfferingConnection> {
    const page = await this.service.listOwn(actor, checkPageSize(first), after);
    return toConnection({ ...page, items: page.items.map((o) => toOfferingModel(o)) }, (node) =>
      encodeIdCursor(node.id),
    );
  }

  @Allow('ADMIN', 'STAFF', 'PROVIDER')
  @AuditExempt('offerings: no personal data of residents')
  @Query(() => OfferingModel, {
    nullable: true,
    description: "One offering; null when it does not exist or (for a provider) is another's",
  })
  async offering(
    @CurrentActor() actor: Actor,
    @Args() { id }: OfferingIdArgs,
  ): Promise<OfferingModel | null> {
    const offering = await this.service.find(actor, id);
    return offering ? toOfferingModel(offering) : null;
  }

  @Allow('ADMIN', 'PROVIDER')
  @Audited<OfferingModel>('CHANGE', (_, offering) => ({ subjectId: offering.id }))
  @Mutation(() => OfferingModel, {
    description:
      'Confirm that the capacity report is still right: a new report with the figures shown now.',
  })
  async confirmCapacity(
    @CurrentActor() actor: Actor,
    @Args() { offeringId }: ConfirmCapacityArgs,
  ): Promise<OfferingModel> {
    return toReportedOfferingModel(await this.service.confirmCapacity(actor, offeringId));
  }
}
