import { Context, Parent, ResolveField, Resolver, ID } from '@nestjs/graphql';
import { recordScopeOf } from '@wmo/domain';
import { SupportRequestRepository } from '@wmo/persistence';
import type { GraphqlContext } from '../auth/request-context';
import { SupportRequestModel } from '../requests/request.types';

@Resolver(() => SupportRequestModel)
export class PreferredOfferingResolver {
  constructor(private readonly requests: SupportRequestRepository) {}

  /** The parent was already read within the caller's scope; this only adds one field. */
  @ResolveField(() => ID, {
    nullable: true,
    description: 'The option the resident prefers; null until they chose',
  })
  async preferredOfferingId(
    @Parent() request: SupportRequestModel,
    @Context() context: GraphqlContext,
  ): Promise<string | null> {
    const actor = context.req.actor;
    if (!actor) return null;
    const stored = await this.requests.findInScope(recordScopeOf(actor), request.id);
    return stored?.preferredOfferingId ?? null;
  }
}
