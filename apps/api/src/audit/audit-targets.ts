import type { Actor, AuditTarget } from '@wmo/domain';

export function referralTarget(referral: { id: string; requestId: string }): AuditTarget {
  return { referralId: referral.id, requestId: referral.requestId };
}

/** The request a resident's link is for. */
export function residentRequestOf(actor: Actor): string | null {
  return actor.kind === 'RESIDENT' ? actor.requestId : null;
}
