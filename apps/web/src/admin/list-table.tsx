import { Button, ButtonGroup, Table, TableCaption } from '@utrecht/component-library-react';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { LIST_TEXT } from './texts';
import { isFirstPage, shownRange, type PagePosition } from './paging';
import './admin.css';

/**
 * A page of a longer list as a table: the caption says which part is shown ("Gebruikers 21 tot
 * en met 40 van 134"); the table scrolls sideways on a narrow screen (the region can be focused
 * and scrolled with the keyboard). After going to another page, focus moves to the table, so a
 * screen reader reads out the new caption.
 */
export function ListTable({
  caption,
  position,
  pageSize,
  shown,
  total,
  hasNextPage,
  onPage,
  focusRequested,
  onFocused,
  children,
}: {
  caption: string;
  position: PagePosition;
  pageSize: number;
  shown: number;
  total: number;
  hasNextPage: boolean;
  onPage: (direction: 'previous' | 'next') => void;
  /** True after a page change, until the new page is shown. */
  focusRequested: boolean;
  onFocused: () => void;
  children: ReactNode;
}) {
  const captionId = useId();
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!focusRequested) return;
    region.current?.focus();
    onFocused();
  }, [focusRequested, onFocused]);
  const { from, to } = shownRange(position, pageSize, shown);
  const first = isFirstPage(position);
  const label = first && !hasNextPage ? caption : `${caption}: ${LIST_TEXT.range(from, to, total)}`;
  return (
    <>
      <div
        ref={region}
        className="wmo-table-scroll wmo-admin-table"
        role="region"
        aria-labelledby={captionId}
        tabIndex={0}
      >
        <Table>
          <TableCaption id={captionId}>{label}</TableCaption>
          {children}
        </Table>
      </div>
      {(!first || hasNextPage) && (
        <nav aria-label={LIST_TEXT.pages} className="wmo-admin-pager">
          <ButtonGroup>
            {!first && (
              <Button appearance="secondary-action-button" onClick={() => onPage('previous')}>
                {LIST_TEXT.previous}
              </Button>
            )}
            {hasNextPage && (
              <Button appearance="secondary-action-button" onClick={() => onPage('next')}>
                {LIST_TEXT.next}
              </Button>
            )}
          </ButtonGroup>
        </nav>
      )}
    </>
  );
}
