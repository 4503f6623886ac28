import type { Role } from '../types';
import type { User } from '../users/user';
import { SYSTEM_ACTOR, type ReferralActor } from './referral';

/** Who made a step in a referral's history, as colleagues read it. */
export interface ActorDescription {
  readonly name: string;
  /** Null for the platform itself. */
  readonly role: Role | null;
}

export const SYSTEM_ACTOR_NAME = 'Systeem';
export const UNKNOWN_ACTOR_NAME = 'Onbekende gebruiker';

/**
 * The name and role behind a recorded actor: the platform ("Systeem", e.g. a hold that expired),
 * or the user with that id — by name, else by email. An account that no longer exists stays
 * in the history without a name.
 */
export function describeActor(
  actor: ReferralActor,
  user: Pick<User, 'name' | 'email' | 'role'> | null,
): ActorDescription {
  if (actor === SYSTEM_ACTOR) return { name: SYSTEM_ACTOR_NAME, role: null };
  if (!user) return { name: UNKNOWN_ACTOR_NAME, role: null };
  return { name: user.name?.trim() || user.email, role: user.role };
}
