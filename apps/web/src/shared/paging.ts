/**
 * Where a person is in a Relay-style list: the `after` cursor of every page they went forward
 * to, so "Vorige pagina" is a step back without a backward cursor from the server.
 */
export interface PagePosition {
  readonly cursors: readonly string[];
}

export const FIRST_PAGE: PagePosition = { cursors: [] };

/** The `after` argument for the page shown now (null: the first page). */
export function afterOf(position: PagePosition): string | null {
  return position.cursors.at(-1) ?? null;
}

/** Stays on the same page when the server gave no cursor to go on from. */
export function nextPage(
  position: PagePosition,
  endCursor: string | null | undefined,
): PagePosition {
  return endCursor ? { cursors: [...position.cursors, endCursor] } : position;
}

export function previousPage(position: PagePosition): PagePosition {
  return isFirstPage(position) ? position : { cursors: position.cursors.slice(0, -1) };
}

export function isFirstPage(position: PagePosition): boolean {
  return position.cursors.length === 0;
}

/** Numbers of the first and last item shown ("21 tot en met 40"), counted from 1. */
export function shownRange(
  position: PagePosition,
  pageSize: number,
  shown: number,
): { readonly from: number; readonly to: number } {
  if (shown === 0) return { from: 0, to: 0 };
  const from = position.cursors.length * pageSize + 1;
  return { from, to: from + shown - 1 };
}
