import { Table, TableCaption } from '@utrecht/component-library-react';
import { useId, type ReactNode } from 'react';
import type { Pages } from '../use-pages';
import { Pager, pageRangeText } from './pager';
import './list-table.css';

/**
 * One page of a longer list as a table, with the pager below it. The caption says which part
 * is shown ("Gebruikers: 21 tot en met 40 van 134"); the table scrolls sideways on a narrow
 * screen (the region can be focused and scrolled with the keyboard). After going to another
 * page, focus moves to the table, so a screen reader reads out the new caption.
 */
export function ListTable({
  caption,
  pages,
  connection,
  pagerLabel,
  children,
}: {
  caption: string;
  pages: Pages;
  connection: {
    readonly totalCount: number;
    readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor?: string | null };
    readonly edges: readonly unknown[];
  };
  /** Names the pager's navigation, e.g. "Pagina’s met aanvragen". */
  pagerLabel: string;
  children: ReactNode;
}) {
  const captionId = useId();
  const { totalCount, pageInfo, edges } = connection;
  const onePage = !pages.hasPrevious && !pageInfo.hasNextPage;
  const label = onePage ? caption : `${caption}: ${pageRangeText(pages, edges.length, totalCount)}`;
  return (
    <>
      <div
        id={pages.targetId}
        className="wmo-table-scroll wmo-list-table"
        role="region"
        aria-labelledby={captionId}
        tabIndex={0}
      >
        <Table>
          <TableCaption id={captionId}>{label}</TableCaption>
          {children}
        </Table>
      </div>
      <Pager label={pagerLabel} pages={pages} pageInfo={pageInfo} />
    </>
  );
}
