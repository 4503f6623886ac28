import { useState } from 'react';

/**
 * Page by page through a Relay connection: the `after` cursor of every page seen so far, so
 * "Vorige" goes back exactly. A new `key` (other filters) starts at the first page again.
 */
export interface CursorPaging {
  readonly key: string;
  /** `after` of each page up to the current one; the first page has none. */
  readonly cursors: readonly (string | null)[];
}

export function firstPage(key: string): CursorPaging {
  return { key, cursors: [null] };
}

export function nextPage(paging: CursorPaging, endCursor: string | null): CursorPaging {
  return endCursor ? { ...paging, cursors: [...paging.cursors, endCursor] } : paging;
}

export function previousPage(paging: CursorPaging): CursorPaging {
  return paging.cursors.length > 1 ? { ...paging, cursors: paging.cursors.slice(0, -1) } : paging;
}

export function currentAfter(paging: CursorPaging): string | null {
  return paging.cursors.at(-1) ?? null;
}

/** Numbers of the first and last item shown, counted from 1 (0 and 0 when none are). */
export function shownRange(
  paging: CursorPaging,
  pageSize: number,
  shown: number,
): { readonly from: number; readonly to: number } {
  if (shown === 0) return { from: 0, to: 0 };
  const from = (paging.cursors.length - 1) * pageSize + 1;
  return { from, to: from + shown - 1 };
}

export function useCursorPaging(key: string) {
  const [paging, setPaging] = useState(() => firstPage(key));
  const current = paging.key === key ? paging : firstPage(key);
  return {
    paging: current,
    after: currentAfter(current),
    hasPrevious: current.cursors.length > 1,
    next: (endCursor: string | null) => setPaging(nextPage(current, endCursor)),
    previous: () => setPaging(previousPage(current)),
  };
}
