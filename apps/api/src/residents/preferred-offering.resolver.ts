import { Context, Parent, ResolveField, Resolver, ID } from '@nestjs/graphql';
import type { GraphqlContext } from '../auth/request-context';
import { SupportRequestModel } from '../requests/request.types';

@Resolver(() => SupportRequestModel)
export class PreferredOfferingResolver {
  /**
   * The parent was already read within the caller's scope; this only adds one field, read
   * fresh (a choice is not announced, so the cached request may not hold it), batched per list.
   */
  @ResolveField(() => ID, {
    nullable: true,
    description: 'The option the resident prefers; null until they chose',
  })
  preferredOfferingId(
    @Parent() request: SupportRequestModel,
    @Context() context: GraphqlContext,
  ): Promise<string | null> {
    return context.loaders.preferredOffering.load(request.id);
  }
}
