import { Injectable } from '@nestjs/common';
import {
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  recordScopeOf,
  type Actor,
  type ResidentActor,
  type ResidentScope,
  type ShortlistRevision,
  type SupportRequest,
} from '@wmo/domain';
import { MatchingAnnouncer, ShortlistReader } from '@wmo/matching';
import { Notifier } from '@wmo/notifications';
import { checkedId, SupportRequestRepository } from '@wmo/persistence';
import { requestChanged } from '@wmo/queue';

/** What a resident may do through their link: only ever on the link's own request. */
@Injectable()
export class ResidentService {
  constructor(
    private readonly requests: SupportRequestRepository,
    private readonly shortlists: ShortlistReader,
    private readonly notifier: Notifier,
    private readonly announcer: MatchingAnnouncer,
  ) {}

  shortlist(actor: Actor): Promise<ShortlistRevision | null> {
    return this.shortlists.ofOwnRequest(residentScopeOf(actor));
  }

  /** The link's own request. */
  async request(actor: Actor): Promise<SupportRequest> {
    const { requestId } = residentOf(actor);
    const request = await this.requests.findInScope(recordScopeOf(actor), requestId);
    if (!request) throw new NotFoundError('Deze hulpvraag bestaat niet meer.');
    return request;
  }

  /** The preference must be one of the options the resident can see now. */
  async choosePreference(actor: Actor, offeringId: string): Promise<SupportRequest> {
    const { requestId } = residentOf(actor);
    checkedId('offeringId', offeringId);
    const latest = await this.shortlists.ofOwnRequest(residentScopeOf(actor));
    if (!latest?.options.some((option) => option.offeringId === offeringId)) {
      throw new InvalidInputError('offeringId', 'Kies een van de mogelijkheden uit uw lijst.');
    }
    const chosenAt = new Date();
    const scope = recordScopeOf(actor);
    await this.announcer.announced(requestChanged(requestId, 'REQUEST_CHANGED'), () =>
      this.requests.setPreferredOffering(scope, requestId, offeringId),
    );
    const request = await this.requests.findInScope(scope, requestId);
    if (!request) throw new NotFoundError('Deze hulpvraag bestaat niet meer.');
    await this.notifier.notifySafely({
      kind: 'PREFERENCE_CHOSEN',
      requestId,
      requestReference: request.reference,
      consultantUserId: request.createdByUserId,
      chosenAt,
    });
    return request;
  }
}

function residentScopeOf(actor: Actor): ResidentScope {
  const scope = recordScopeOf(actor);
  if (scope.kind !== 'REQUEST') throw new ForbiddenError();
  return scope;
}

export function residentOf(actor: Actor): ResidentActor {
  if (actor.kind !== 'RESIDENT') throw new ForbiddenError();
  return actor;
}
