import type { Role } from '../types';

export interface User {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
  /** STAFF: the municipalities (CBS codes) whose requests this user may see and change. */
  readonly municipalityCodes: readonly string[];
  /** PROVIDER: the provider this user acts for. */
  readonly providerId: string | null;
}

/** Who is calling: the server checks every read and write against it. */
export type Actor =
  | { readonly kind: 'ADMIN'; readonly userId: string }
  | {
      readonly kind: 'STAFF';
      readonly userId: string;
      readonly municipalityCodes: readonly string[];
    }
  | { readonly kind: 'PROVIDER'; readonly userId: string; readonly providerId: string };

export function actorOf(user: User): Actor {
  switch (user.role) {
    case 'ADMIN':
      return { kind: 'ADMIN', userId: user.id };
    case 'STAFF':
      return { kind: 'STAFF', userId: user.id, municipalityCodes: user.municipalityCodes };
    case 'PROVIDER':
      if (!user.providerId) throw new Error(`provider user ${user.id} has no provider`);
      return { kind: 'PROVIDER', userId: user.id, providerId: user.providerId };
    case 'RESIDENT':
      throw new Error('residents act through their link, not as users');
  }
}
