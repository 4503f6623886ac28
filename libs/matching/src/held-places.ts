/** Where the matcher learns how many places are on hold per offering (referrals). */
export interface HeldPlacesSource {
  countActive(offeringIds: readonly string[]): Promise<Map<string, number>>;
}

export const HELD_PLACES = Symbol('HELD_PLACES');

/** Until referrals exist in a deployment, nothing is held. */
export const NO_HELD_PLACES: HeldPlacesSource = {
  countActive: () => Promise.resolve(new Map()),
};
