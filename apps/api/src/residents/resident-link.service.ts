import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@wmo/config';
import {
  mayChangeRequest,
  NotFoundError,
  recordScopeOf,
  userIdOf,
  type Actor,
  type ResidentLink,
  type SupportRequest,
} from '@wmo/domain';
import { checkedId, ResidentLinkRepository, SupportRequestRepository } from '@wmo/persistence';
import { hashResidentLinkToken, newResidentLinkToken } from './resident-link-token';

export interface IssuedResidentLink {
  readonly url: string;
  readonly token: string;
  readonly expiresAt: Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Consultants issue and revoke personal links for the requests of their municipalities. */
@Injectable()
export class ResidentLinkService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly links: ResidentLinkRepository,
    private readonly requests: SupportRequestRepository,
  ) {}

  async issue(
    actor: Actor,
    requestId: string,
    revokePrevious: boolean,
  ): Promise<IssuedResidentLink> {
    const request = await this.editableBy(actor, requestId);
    const scope = recordScopeOf(actor);
    const token = newResidentLinkToken();
    const link = await this.links.create(scope, request, {
      tokenHash: hashResidentLinkToken(token),
      createdByUserId: userIdOf(actor),
      expiresAt: new Date(Date.now() + this.config.RESIDENT_LINK_TTL_DAYS * DAY_MS),
    });
    if (revokePrevious) await this.links.revokeForRequest(scope, request, link);
    const base = (this.config.PUBLIC_BASE_URL ?? `http://localhost:${this.config.PORT}`).replace(
      /\/+$/,
      '',
    );
    // In the fragment, the token never reaches a server log or a Referer header.
    return { url: `${base}/inwoner#${token}`, token, expiresAt: link.expiresAt };
  }

  /** Returns how many links stopped working. */
  async revokeAll(actor: Actor, requestId: string): Promise<number> {
    const request = await this.editableBy(actor, requestId);
    return this.links.revokeForRequest(recordScopeOf(actor), request);
  }

  /** The links of a request that work now; the caller already read the request in scope. */
  active(
    actor: Actor,
    request: Pick<SupportRequest, 'id' | 'municipalityCode'>,
  ): Promise<ResidentLink[]> {
    return this.links.findActiveForRequest(recordScopeOf(actor), request, new Date());
  }

  /** Only staff of the request's municipality; elsewhere the request does not exist for them. */
  private async editableBy(actor: Actor, requestId: string): Promise<SupportRequest> {
    const scope = recordScopeOf(actor);
    const request = await this.requests.findInScope(scope, checkedId('requestId', requestId));
    if (!request || !mayChangeRequest(scope, request)) {
      throw new NotFoundError('Deze hulpvraag bestaat niet.');
    }
    return request;
  }
}
