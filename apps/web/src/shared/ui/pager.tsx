import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import type { Pages } from '../use-pages';
import './pager.css';

const TEXT = {
  previous: 'Vorige pagina',
  next: 'Volgende pagina',
  /** "21 tot en met 40 van 57"; with a noun "Aanvragen 21 tot en met 40 van 57". */
  range: (from: number, to: number, total: number, noun?: string) =>
    `${noun ? `${noun} ` : ''}${from === to ? from : `${from} tot en met ${to}`} van ${total}`,
};

/** Which part of the list this page shows, e.g. for a table's caption. */
export function pageRangeText(pages: Pages, shown: number, total: number, noun?: string): string {
  const { from, to } = pages.range(shown);
  return TEXT.range(from, to, total, noun);
}

/**
 * Buttons to the previous and next page, shown only when there is more than one page. Given
 * `counted`, it also says which part is shown ("Aanmeldingen 21 tot en met 40 van 57"); a table
 * says that in its caption instead (ListTable).
 */
export function Pager({
  label,
  pages,
  pageInfo,
  counted,
}: {
  /** Names the navigation, e.g. "Pagina’s met aanvragen". */
  label: string;
  pages: Pages;
  pageInfo: { readonly hasNextPage: boolean; readonly endCursor?: string | null };
  counted?: { readonly noun: string; readonly shown: number; readonly total: number };
}) {
  const hasNext = pageInfo.hasNextPage && Boolean(pageInfo.endCursor);
  if (!pages.hasPrevious && !hasNext) return null;
  return (
    <nav aria-label={label} className="wmo-pager">
      {counted && counted.shown > 0 && (
        <Paragraph>{pageRangeText(pages, counted.shown, counted.total, counted.noun)}</Paragraph>
      )}
      <ButtonGroup>
        {pages.hasPrevious && (
          <Button appearance="secondary-action-button" onClick={pages.previous}>
            {TEXT.previous}
          </Button>
        )}
        {hasNext && (
          <Button
            appearance="secondary-action-button"
            onClick={() => pages.next(pageInfo.endCursor)}
          >
            {TEXT.next}
          </Button>
        )}
      </ButtonGroup>
    </nav>
  );
}
