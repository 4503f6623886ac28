import { Args, Context, Resolver, Subscription } from '@nestjs/graphql';
import { ForbiddenError, recordScopeOf, type Actor } from '@wmo/domain';
import { checkedId, SupportRequestRepository } from '@wmo/persistence';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import type { GraphqlContext } from '../auth/request-context';
import { toShortlistModel } from '../requests/shortlist.mapper';
import { ShortlistModel } from '../requests/shortlist.types';
import { ResidentLinkAuthenticator } from '../residents/resident-link-authenticator';
import { ShortlistUpdatedArgs } from './shortlist-updated.args';
import { ShortlistUpdates } from './shortlist-updates';
import { argString, Audited } from '../audit/audited.decorator';

@Resolver()
export class ShortlistSubscriptionResolver {
  constructor(
    private readonly updates: ShortlistUpdates,
    private readonly requests: SupportRequestRepository,
    private readonly residentLinks: ResidentLinkAuthenticator,
  ) {}

  /** Residents get the same type; their view hides scores per field (see internal figures). */
  @Allow('STAFF', 'RESIDENT')
  // Logged when the subscription starts: every revision it then shows is of that request.
  @Audited('READ', (args) => ({ requestId: argString(args, 'requestId') }))
  @Subscription(() => ShortlistModel, {
    description: 'The current shortlist of the request, then every new revision.',
    resolve: (shortlist: ShortlistModel) => shortlist,
  })
  async shortlistUpdated(
    @CurrentActor() actor: Actor,
    @Args() { requestId }: ShortlistUpdatedArgs,
    @Context() context: GraphqlContext,
  ): Promise<AsyncIterableIterator<ShortlistModel>> {
    await this.assertMayFollow(actor, requestId);
    return this.updates.open(requestId, async (revision) => {
      if (actor.kind === 'RESIDENT') await this.residentLinks.assertStillActive(actor);
      // One context serves the whole subscription: show offerings (and count against the
      // request) as they are now.
      context.loaders.offering.clearAll();
      context.loaders.provider.clearAll();
      context.loaders.request.clearAll();
      return toShortlistModel(revision);
    });
  }

  private async assertMayFollow(actor: Actor, requestId: string): Promise<void> {
    checkedId('requestId', requestId);
    if (!(await this.requests.findInScope(recordScopeOf(actor), requestId))) {
      throw new ForbiddenError(
        actor.kind === 'RESIDENT'
          ? 'U kunt alleen uw eigen hulpvraag volgen.'
          : 'U kunt alleen hulpvragen van uw eigen gemeente(n) volgen.',
      );
    }
  }
}
