import { ForbiddenError } from '../errors';
import type { Role } from '../types';

export interface User {
  readonly id: string;
  readonly email: string;
  /** How colleagues see this user in histories, e.g. "Sanne de Vries"; null: the email. */
  readonly name: string | null;
  readonly role: Role;
  /**
   * STAFF: the municipalities (CBS codes) whose requests this user may see and change.
   * POLICY: the municipalities whose aggregate figures this user may see (all 7: regional).
   */
  readonly municipalityCodes: readonly string[];
  /** PROVIDER: the provider this user acts for. */
  readonly providerId: string | null;
}

/** A logged-in user: administrator, staff or provider. */
export type UserActor =
  | { readonly kind: 'ADMIN'; readonly userId: string }
  | {
      readonly kind: 'STAFF';
      readonly userId: string;
      readonly municipalityCodes: readonly string[];
    }
  | { readonly kind: 'PROVIDER'; readonly userId: string; readonly providerId: string }
  /** Policy and contract managers: aggregate figures only, never a single resident. */
  | {
      readonly kind: 'POLICY';
      readonly userId: string;
      readonly municipalityCodes: readonly string[];
    };

/** A resident acting through a personal link: no account, bound to one request. */
export interface ResidentActor {
  readonly kind: 'RESIDENT';
  readonly requestId: string;
  readonly linkId: string;
}

/** Who is calling: the server checks every read and write against it. */
export type Actor = UserActor | ResidentActor;

/** The user behind a change, for the record; residents change nothing that records one. */
export function userIdOf(actor: Actor): string {
  if (actor.kind === 'RESIDENT') throw new ForbiddenError();
  return actor.userId;
}

/** A resident's personal link; the token itself is never stored, only its hash. */
export interface ResidentLink {
  readonly id: string;
  readonly requestId: string;
  readonly createdByUserId: string;
  readonly createdAt: Date;
  readonly expiresAt: Date;
  readonly revokedAt: Date | null;
}

export function isResidentLinkActive(link: ResidentLink, now: Date): boolean {
  return link.revokedAt === null && link.expiresAt.getTime() > now.getTime();
}

export function actorOf(user: User): UserActor {
  switch (user.role) {
    case 'ADMIN':
      return { kind: 'ADMIN', userId: user.id };
    case 'STAFF':
      return { kind: 'STAFF', userId: user.id, municipalityCodes: user.municipalityCodes };
    case 'PROVIDER':
      if (!user.providerId) throw new Error(`provider user ${user.id} has no provider`);
      return { kind: 'PROVIDER', userId: user.id, providerId: user.providerId };
    case 'POLICY':
      return { kind: 'POLICY', userId: user.id, municipalityCodes: user.municipalityCodes };
    case 'RESIDENT':
      throw new Error('residents act through their link, not as users');
  }
}
