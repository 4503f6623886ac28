import { Injectable } from '@nestjs/common';
import {
  ConflictError,
  ForbiddenError,
  mayChangeRequest,
  NotFoundError,
  recordScopeOf,
  userIdOf,
  type Actor,
  type SupportRequest,
} from '@wmo/domain';
import { checkedId, SupportRequestRepository, type RequestListFilter } from '@wmo/persistence';
import { MatchingAnnouncer } from '@wmo/matching';
import { requestChanged } from '@wmo/queue';
import {
  knownMunicipality,
  postcodeInMunicipality,
  knownProduct,
  knownSpecialisms,
  languageCodes,
} from '../reference/reference-input';
import { ReferralService } from '../referrals/referral.service';
import type { CreateRequestInput, UpdateRequestInput } from './request.types';

const CLOSED_REASON = 'De aanvraag is gesloten.';

/** Support requests, always read and written within the caller's municipalities. */
@Injectable()
export class RequestService {
  constructor(
    private readonly requests: SupportRequestRepository,
    private readonly announcer: MatchingAnnouncer,
    private readonly referrals: ReferralService,
  ) {}

  async create(actor: Actor, input: CreateRequestInput): Promise<SupportRequest> {
    const municipalityCode = knownMunicipality('input.municipalityCode', input.municipalityCode);
    if (!mayChangeRequest(recordScopeOf(actor), { municipalityCode })) {
      throw new ForbiddenError('U kunt alleen hulpvragen voor uw eigen gemeente(n) registreren.');
    }
    const excluded = checkedIds('input.excludedProviderIds', input.excludedProviderIds ?? []);
    const id = this.requests.newId();
    const fields = {
      municipalityCode,
      postcode: postcodeInMunicipality('input.postcode', input.postcode, municipalityCode),
      productCode: knownProduct('input.productCode', input.productCode),
      specialisms: knownSpecialisms('input.specialisms', input.specialisms),
      urgency: input.urgency,
      maxDistanceKm: input.maxDistanceKm ?? null,
      preferredLanguages: languageCodes('input.languages', input.languages ?? []),
      requiredLanguages: languageCodes('input.requiredLanguages', input.requiredLanguages ?? []),
      financing: input.financing ?? null,
      strategicPartnerMismatch: input.strategicPartnerMismatch.trim(),
      excludeStrategicPartners: input.excludeStrategicPartners ?? true,
      excludedProviderIds: [...new Set(excluded)],
      acceptsWaitingList: input.acceptsWaitingList ?? false,
      maxWaitingWeeks: input.maxWaitingWeeks ?? null,
      createdByUserId: userIdOf(actor),
    };
    return this.announcer.announced(requestChanged(id, 'REQUEST_CREATED'), () =>
      this.requests.create(recordScopeOf(actor), fields, id),
    );
  }

  async update(actor: Actor, input: UpdateRequestInput): Promise<SupportRequest> {
    const request = await this.editable(actor, input.requestId);
    if (input.excludedProviderIds)
      checkedIds('input.excludedProviderIds', input.excludedProviderIds);
    const changes = {
      postcode:
        input.postcode &&
        postcodeInMunicipality('input.postcode', input.postcode, request.municipalityCode),
      specialisms: input.specialisms && knownSpecialisms('input.specialisms', input.specialisms),
      urgency: input.urgency,
      maxDistanceKm: input.maxDistanceKm,
      preferredLanguages: ifGiven(input.languages, (codes) =>
        languageCodes('input.languages', codes),
      ),
      requiredLanguages: ifGiven(input.requiredLanguages, (codes) =>
        languageCodes('input.requiredLanguages', codes),
      ),
      financing: input.financing,
      excludeStrategicPartners: input.excludeStrategicPartners,
      excludedProviderIds: ifGiven(input.excludedProviderIds, (ids) => [...new Set(ids)]),
      acceptsWaitingList: input.acceptsWaitingList,
      maxWaitingWeeks: input.maxWaitingWeeks,
    };
    return this.announcer.announced(requestChanged(request.id, 'REQUEST_CHANGED'), async () => {
      const updated = await this.requests.update(recordScopeOf(actor), request.id, changes);
      if (!updated) throw new NotFoundError('Deze hulpvraag bestaat niet.');
      return updated;
    });
  }

  /**
   * Closing ends matching for the request; its shortlists stay for the record. A pending
   * referral is withdrawn first, so the place it held is free again.
   */
  async close(actor: Actor, requestId: string): Promise<SupportRequest> {
    const request = await this.editable(actor, requestId);
    if (request.status === 'REFERRED') {
      await this.referrals.withdrawPendingOf(actor, request.id, CLOSED_REASON);
    }
    // A closed request is no longer active: the workers' request book must drop it.
    await this.announcer.announced(requestChanged(request.id, 'REQUEST_CHANGED'), () =>
      this.requests.setStatus(recordScopeOf(actor), request.id, 'CLOSED'),
    );
    return { ...request, status: 'CLOSED' };
  }

  private async editable(actor: Actor, requestId: string): Promise<SupportRequest> {
    const scope = recordScopeOf(actor);
    const request = await this.requests.findInScope(scope, checkedId('input.requestId', requestId));
    if (!request || !mayChangeRequest(scope, request))
      throw new NotFoundError('Deze hulpvraag bestaat niet.');
    if (request.status === 'CLOSED' || request.status === 'PLACED') {
      throw new ConflictError('Deze hulpvraag is al afgesloten.');
    }
    return request;
  }

  /** Outside the caller's scope a request does not exist for them (no existence leak). */
  find(actor: Actor, id: string): Promise<SupportRequest | null> {
    checkedId('id', id);
    return this.requests.findInScope(recordScopeOf(actor), id);
  }

  list(actor: Actor, filter: RequestListFilter, first: number, after: string | null) {
    return this.requests.page(recordScopeOf(actor), filter, first, after);
  }

  countByStatus(actor: Actor, filter: RequestListFilter) {
    return this.requests.countByStatus(recordScopeOf(actor), filter);
  }
}

function checkedIds(field: string, ids: readonly string[]): string[] {
  return ids.map((id, index) => checkedId(`${field}.${index}`, id));
}

/** A list left out means "no change"; null means "empty". */
function ifGiven<T>(list: T[] | null | undefined, check: (list: T[]) => T[]): T[] | undefined {
  return list === undefined ? undefined : check(list ?? []);
}
