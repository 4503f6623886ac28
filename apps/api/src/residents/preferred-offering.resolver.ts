import { Parent, ResolveField, Resolver, ID } from '@nestjs/graphql';
import { SupportRequestRepository } from '@wmo/persistence';
import { SupportRequestModel } from '../requests/request.types';

@Resolver(() => SupportRequestModel)
export class PreferredOfferingResolver {
  constructor(private readonly requests: SupportRequestRepository) {}

  /** The parent was already read within the caller's scope; this only adds one field. */
  @ResolveField(() => ID, {
    nullable: true,
    description: 'The option the resident prefers; null until they chose',
  })
  async preferredOfferingId(@Parent() request: SupportRequestModel): Promise<string | null> {
    const stored = await this.requests.findInScope({ all: true }, request.id);
    return stored?.preferredOfferingId ?? null;
  }
}
