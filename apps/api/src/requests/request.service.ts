import { Injectable } from '@nestjs/common';
import { ForbiddenError, InvalidInputError, type Actor, type SupportRequest } from '@wmo/domain';
import {
  isObjectId,
  ShortlistRepository,
  SupportRequestRepository,
  type Page,
  type RequestListFilter,
  type RequestScope,
} from '@wmo/persistence';
import { MatchingQueue } from '@wmo/queue';
import {
  knownMunicipality,
  knownPostcode,
  knownProduct,
  knownSpecialisms,
  languageCodes,
} from '../reference/reference-input';
import type { CreateRequestInput } from './request.types';

/** Support requests, always read and written within the caller's municipalities. */
@Injectable()
export class RequestService {
  constructor(
    private readonly requests: SupportRequestRepository,
    private readonly shortlists: ShortlistRepository,
    private readonly queue: MatchingQueue,
  ) {}

  async create(actor: Actor, input: CreateRequestInput): Promise<SupportRequest> {
    const municipalityCode = knownMunicipality('input.municipalityCode', input.municipalityCode);
    if (!inScope(scopeOf(actor), municipalityCode)) {
      throw new ForbiddenError('U kunt alleen hulpvragen voor uw eigen gemeente(n) registreren.');
    }
    const excluded = input.excludedProviderIds ?? [];
    excluded.forEach((id, index) => {
      if (!isObjectId(id))
        throw new InvalidInputError(`input.excludedProviderIds.${index}`, 'Dit is geen geldig id.');
    });
    const request = await this.requests.create({
      municipalityCode,
      postcode: knownPostcode('input.postcode', input.postcode),
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
      createdByUserId: actor.userId,
    });
    await this.queue.requestChanged({ requestId: request.id, cause: { kind: 'REQUEST_CREATED' } });
    return request;
  }

  /** Outside the caller's scope a request does not exist for them (no existence leak). */
  find(actor: Actor, id: string): Promise<SupportRequest | null> {
    if (!isObjectId(id)) throw new InvalidInputError('id', 'Dit is geen geldig id.');
    return this.requests.findInScope(scopeOf(actor), id);
  }

  list(
    actor: Actor,
    filter: RequestListFilter,
    first: number,
    after: string | null,
  ): Promise<Page<SupportRequest>> {
    return this.requests.page(scopeOf(actor), filter, first, after);
  }

  latestShortlist(requestId: string) {
    return this.shortlists.latest(requestId);
  }
}

function scopeOf(actor: Actor): RequestScope {
  switch (actor.kind) {
    case 'ADMIN':
      return { all: true };
    case 'STAFF':
      return { municipalityCodes: actor.municipalityCodes };
    case 'PROVIDER':
      // Providers see referrals, never requests as such.
      return { municipalityCodes: [] };
  }
}

function inScope(scope: RequestScope, municipalityCode: string): boolean {
  return 'all' in scope || scope.municipalityCodes.includes(municipalityCode);
}
