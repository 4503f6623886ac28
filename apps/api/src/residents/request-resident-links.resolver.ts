import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ForbiddenError, mayReadCaseFile, scopeOf } from '@wmo/domain';
import type { GraphqlContext } from '../auth/request-context';
import { SupportRequestModel } from '../requests/request.types';
import { ResidentLinkService } from './resident-link.service';
import { ActiveResidentLinkModel } from './resident.types';

/** Whether the resident has a working link: for the consultant, never for the resident. */
@Resolver(() => SupportRequestModel)
export class RequestResidentLinksResolver {
  constructor(private readonly links: ResidentLinkService) {}

  @ResolveField(() => [ActiveResidentLinkModel], {
    description: 'Resident links that work now, newest first (staff and admins)',
  })
  async activeResidentLinks(
    @Parent() request: SupportRequestModel,
    @Context() context: GraphqlContext,
  ): Promise<ActiveResidentLinkModel[]> {
    const actor = context.req.actor;
    // The parent was read within the caller's scope; residents reach it through their link.
    if (!actor || !mayReadCaseFile(scopeOf(actor), request)) throw new ForbiddenError();
    return (await this.links.active(actor, request)).map(({ createdAt, expiresAt }) => ({
      createdAt,
      expiresAt,
    }));
  }
}
