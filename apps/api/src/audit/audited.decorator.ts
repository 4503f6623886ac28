import { SetMetadata } from '@nestjs/common';
import type { Actor, AuditKind, AuditTarget } from '@wmo/domain';

import { AUDIT_EXEMPT, AUDITED } from './audit-metadata';

export { AUDIT_EXEMPT, AUDITED };

/** The GraphQL arguments of the call, as the resolver received them. */
export type AuditArgs = Readonly<Record<string, unknown>>;

/**
 * Which request, referral or other thing a call touched, from its arguments, its answer and the
 * caller. Null: nothing was read (e.g. a request not found), so nothing is logged.
 */
export type AuditTargetsOf<R> = (
  args: AuditArgs,
  result: R,
  actor: Actor,
) => AuditTarget | readonly AuditTarget[] | null;

export interface AuditedOperation {
  readonly kind: AuditKind;
  readonly targets?: AuditTargetsOf<never>;
}

/**
 * Logs every successful call of this Query, Mutation or Subscription to the audit log: who,
 * when, which operation, which request/referral — never the data. Written after the answer,
 * in batches (AuditTrail), so the caller never waits for it.
 */
export function Audited<R = unknown>(kind: AuditKind, targets?: AuditTargetsOf<R>) {
  return SetMetadata<string, AuditedOperation>(AUDITED, {
    kind,
    targets: targets as AuditTargetsOf<never> | undefined,
  });
}

/** Not audited, and why (e.g. reference data, aggregate figures): checked at start-up. */
export const AuditExempt = (reason: string) => SetMetadata(AUDIT_EXEMPT, reason);

/** A string argument, e.g. `argString(args, 'id')` or `argString(args, 'input', 'id')`. */
export function argString(args: AuditArgs, ...path: string[]): string | null {
  let value: unknown = args;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return null;
    value = (value as Record<string, unknown>)[key];
  }
  return typeof value === 'string' ? value : null;
}
