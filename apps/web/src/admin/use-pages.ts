import { useCallback, useState } from 'react';
import { afterOf, FIRST_PAGE, nextPage, previousPage, type PagePosition } from './paging';

/** Where the list is (the `after` to ask for) and whether focus should follow a page change. */
export function usePages() {
  const [position, setPosition] = useState<PagePosition>(FIRST_PAGE);
  const [moved, setMoved] = useState(false);
  const settled = useCallback(() => setMoved(false), []);
  return {
    position,
    after: afterOf(position),
    /** True from a page change until the new page has taken focus (`settled`). */
    moved,
    settled,
    go(direction: 'previous' | 'next', endCursor: string | null) {
      if (direction === 'next' && !endCursor) return;
      setPosition(
        direction === 'next' ? nextPage(position, endCursor ?? '') : previousPage(position),
      );
      setMoved(true);
    },
  };
}
