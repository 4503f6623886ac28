import { useEffect, useId, useRef, useState } from 'react';
import {
  afterOf,
  FIRST_PAGE,
  isFirstPage,
  nextPage,
  previousPage,
  shownRange,
  type PagePosition,
} from './paging';

/**
 * Page by page through one Relay connection (first/after). Each page is its own query, so a
 * poll or a refetch keeps showing the page the person is on. A new `key` (other filters) starts
 * at the first page again.
 *
 * After "Vorige pagina" or "Volgende pagina" focus moves to the element with the id `targetId`
 * as soon as it is on the screen: the button pressed may be gone, and a screen reader then reads
 * the new page from its start.
 */
export function usePages(pageSize: number, key = '') {
  const [state, setState] = useState({ key, position: FIRST_PAGE });
  const position = state.key === key ? state.position : FIRST_PAGE;
  const targetId = useId();
  const moved = useRef(false);
  // After every render: the target may only appear once the new page has loaded.
  useEffect(() => {
    const target = moved.current ? document.getElementById(targetId) : null;
    if (!target) return;
    moved.current = false;
    target.focus();
  });
  const go = (next: PagePosition) => {
    if (next === position) return;
    moved.current = true;
    setState({ key, position: next });
  };
  return {
    pageSize,
    after: afterOf(position),
    hasPrevious: !isFirstPage(position),
    /** Numbers of the first and last item of `shown` items on this page, counted from 1. */
    range: (shown: number) => shownRange(position, pageSize, shown),
    next: (endCursor: string | null | undefined) => go(nextPage(position, endCursor)),
    previous: () => go(previousPage(position)),
    targetId,
  };
}

export type Pages = ReturnType<typeof usePages>;
