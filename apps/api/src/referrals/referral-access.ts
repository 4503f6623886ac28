import type { Actor, SupportRequest } from '@wmo/domain';
import type { ReferralScope } from '@wmo/persistence';

/** Providers see referrals to their own offerings; staff their municipalities'; admins all. */
export function referralScopeOf(actor: Actor): ReferralScope {
  switch (actor.kind) {
    case 'ADMIN':
      return { all: true };
    case 'STAFF':
      return { municipalityCodes: actor.municipalityCodes };
    case 'PROVIDER':
      return { providerId: actor.providerId };
    default:
      return { municipalityCodes: [] };
  }
}

/** Staff refer the requests of their own municipalities. */
export function mayRefer(actor: Actor, request: Pick<SupportRequest, 'municipalityCode'>): boolean {
  return actor.kind === 'STAFF' && actor.municipalityCodes.includes(request.municipalityCode);
}
