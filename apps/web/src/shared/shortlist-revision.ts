/**
 * Whether a shortlist that arrives (from the `shortlistUpdated` subscription) should replace
 * the one shown: only a higher revision does, so a late or repeated older one never wins.
 */
export function isNewerShortlist(
  next: { readonly revision: number },
  shown: { readonly revision: number } | null | undefined,
): boolean {
  return !shown || next.revision > shown.revision;
}

/** The newer of two revisions of one request's shortlist, whichever way each arrived. */
export function newerShortlist<T extends { readonly revision: number }>(
  a: T | null | undefined,
  b: T | null | undefined,
): T | null {
  if (!b) return a ?? null;
  return isNewerShortlist(b, a) ? b : (a ?? null);
}
