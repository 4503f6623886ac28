import { ForbiddenError } from '../errors';
import type { Actor } from '../users/user';

/**
 * Whose data a caller may read and change, derived once from the actor (see scopeOf) and passed
 * to every repository read and write that touches a person's data.
 */
export type AccessScope = PersonScope | SystemScope;

/** What a person may see, by role. */
export type PersonScope =
  /** ADMIN: everything. */
  | { readonly kind: 'ALL' }
  /** STAFF: the requests and referrals of these municipalities. */
  | { readonly kind: 'MUNICIPALITIES'; readonly municipalityCodes: readonly string[] }
  /** PROVIDER: its own offerings and the referrals to them; never a request as such. */
  | { readonly kind: 'PROVIDER'; readonly providerId: string }
  /** RESIDENT: the one request the personal link opens. */
  | { readonly kind: 'REQUEST'; readonly requestId: string }
  /** POLICY: aggregate figures of these municipalities; never a single request or referral. */
  | { readonly kind: 'FIGURES'; readonly municipalityCodes: readonly string[] };

/** A resident's scope: the one request its link opens. */
export type ResidentScope = Extract<PersonScope, { readonly kind: 'REQUEST' }>;

/** Scopes that may read single records (lists, one by one); FIGURES reads only aggregates. */
export type RecordScope = Exclude<AccessScope, { readonly kind: 'FIGURES' }>;

/** The worker and scheduled jobs: everything, and the job says so by name. */
export interface SystemScope {
  readonly kind: 'SYSTEM';
  /** Which job acts, e.g. `worker:recompute`; for logs and audits. */
  readonly job: string;
}

export const SystemScope = {
  of(job: string): SystemScope {
    return { kind: 'SYSTEM', job };
  },
};

/** The one place where an actor becomes a scope. */
export function scopeOf(actor: Actor): PersonScope {
  switch (actor.kind) {
    case 'ADMIN':
      return { kind: 'ALL' };
    case 'STAFF':
      return { kind: 'MUNICIPALITIES', municipalityCodes: actor.municipalityCodes };
    case 'PROVIDER':
      return { kind: 'PROVIDER', providerId: actor.providerId };
    case 'RESIDENT':
      return { kind: 'REQUEST', requestId: actor.requestId };
    case 'POLICY':
      return { kind: 'FIGURES', municipalityCodes: actor.municipalityCodes };
  }
}

/** The scope for reading single records; aggregate-only callers (POLICY) are refused. */
export function recordScopeOf(actor: Actor): Exclude<PersonScope, { readonly kind: 'FIGURES' }> {
  const scope = scopeOf(actor);
  if (scope.kind === 'FIGURES') throw new ForbiddenError();
  return scope;
}

/** ADMIN and the system see everything; a scope filter is then not needed. */
export function seesEverything(
  scope: AccessScope,
): scope is { readonly kind: 'ALL' } | SystemScope {
  return scope.kind === 'ALL' || scope.kind === 'SYSTEM';
}
