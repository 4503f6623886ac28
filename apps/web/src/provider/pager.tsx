import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { PAGER } from './texts';

/**
 * Page by page through a Relay connection (first/after). Each page is its own query, so a poll
 * or a refetch keeps showing the page the person is on. The cursors of the pages before it are
 * kept, for "Vorige pagina".
 */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return {
    after: cursors.at(-1) ?? null,
    number: cursors.length,
    next: (endCursor: string) => setCursors((all) => [...all, endCursor]),
    previous: () => setCursors((all) => (all.length > 1 ? all.slice(0, -1) : all)),
  };
}

export type CursorPages = ReturnType<typeof useCursorPages>;

export function Pager({
  pages,
  pageInfo,
  label,
}: {
  pages: CursorPages;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  /** Names the navigation, e.g. "Pagina's met eerdere aanmeldingen". */
  label: string;
}) {
  const { endCursor, hasNextPage } = pageInfo;
  if (pages.number === 1 && !hasNextPage) return null;
  return (
    <nav aria-label={label} className="wmo-pager">
      <Paragraph>{PAGER.page(pages.number)}</Paragraph>
      <ButtonGroup>
        {pages.number > 1 && (
          <Button appearance="secondary-action-button" onClick={pages.previous}>
            {PAGER.previous}
          </Button>
        )}
        {hasNextPage && endCursor && (
          <Button appearance="secondary-action-button" onClick={() => pages.next(endCursor)}>
            {PAGER.next}
          </Button>
        )}
      </ButtonGroup>
    </nav>
  );
}
