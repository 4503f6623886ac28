import { Injectable } from '@nestjs/common';
import { isResidentLinkActive, UnauthenticatedError, type ResidentActor } from '@wmo/domain';
import { ResidentLinkRepository } from '@wmo/persistence';
import { hashResidentLinkToken, isWellFormedResidentLinkToken } from './resident-link-token';

const LINK_NOT_VALID = 'Deze link werkt niet meer. Vraag uw consulent om een nieuwe link.';

/** Turns a resident link token into the resident actor it stands for. */
@Injectable()
export class ResidentLinkAuthenticator {
  constructor(private readonly links: ResidentLinkRepository) {}

  /** Expired, revoked, unknown and malformed tokens all get the same answer. */
  async authenticate(token: string): Promise<ResidentActor> {
    if (!isWellFormedResidentLinkToken(token)) throw new UnauthenticatedError(LINK_NOT_VALID);
    const link = await this.links.findByTokenHash(hashResidentLinkToken(token));
    if (!link || !isResidentLinkActive(link, new Date())) {
      throw new UnauthenticatedError(LINK_NOT_VALID);
    }
    return { kind: 'RESIDENT', requestId: link.requestId, linkId: link.id };
  }

  /** For long-lived connections: a link revoked or expired since it was checked ends them. */
  async assertStillActive(actor: ResidentActor): Promise<void> {
    const link = await this.links.findById(actor.linkId);
    if (!link || !isResidentLinkActive(link, new Date())) {
      throw new UnauthenticatedError(LINK_NOT_VALID);
    }
  }
}
