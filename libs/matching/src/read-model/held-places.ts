/** Where the matcher learns how many places are on hold per offering (referrals). */
export interface HeldPlacesSource {
  countActive(offeringIds: readonly string[]): Promise<Map<string, number>>;
}

export const HELD_PLACES = Symbol('HELD_PLACES');
