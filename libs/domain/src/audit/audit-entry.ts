import type { Actor } from '../users/user';
import type { Role } from '../types';

/** A person read a resident's data, or someone changed something. */
export const AUDIT_KINDS = ['READ', 'CHANGE'] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

/** What an audited operation touched: ids only, never the data itself. */
export interface AuditTarget {
  readonly requestId?: string | null;
  readonly referralId?: string | null;
  /** Another thing that changed (offering, provider, user, policy): its id or code. */
  readonly subjectId?: string | null;
}

/** Who acted: a user (id and role) or a resident (the link they used). */
export interface AuditActor {
  readonly role: Role;
  readonly userId: string | null;
  readonly residentLinkId: string | null;
}

/** One line of the audit log. Holds who, when, what operation and which ids: no personal data. */
export interface AuditEntry {
  readonly at: Date;
  readonly kind: AuditKind;
  /** The GraphQL operation field, e.g. `request` or `createReferral`. */
  readonly operation: string;
  readonly actor: AuditActor;
  /** The browser session (users) or the resident link (residents); null for a bare token. */
  readonly sessionId: string | null;
  readonly requestId: string | null;
  readonly referralId: string | null;
  readonly subjectId: string | null;
  /** For reads: which parts were asked for (`shortlist`, `transitions`), not what they held. */
  readonly fields: readonly string[];
}

export interface StoredAuditEntry extends AuditEntry {
  readonly id: string;
}

export function auditActorOf(actor: Actor): AuditActor {
  if (actor.kind === 'RESIDENT') {
    return { role: 'RESIDENT', userId: null, residentLinkId: actor.linkId };
  }
  return { role: actor.kind, userId: actor.userId, residentLinkId: null };
}

/** What an auditLog query may ask for; every part optional. */
export interface AuditLogFilter {
  readonly requestId?: string;
  readonly userId?: string;
  readonly from?: Date;
  readonly to?: Date;
}
