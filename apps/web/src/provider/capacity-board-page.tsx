import { useQuery } from '@apollo/client/react';
import { Paragraph } from '@utrecht/component-library-react';
import { useCallback, useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { graphql } from '../gql';
import { useReference } from '../shared/reference';
import { usePages } from '../shared/use-pages';
import { AppButtonLink } from '../shared/ui/app-link';
import { EmptyState } from '../shared/ui/empty-state';
import { ErrorNotice } from '../shared/ui/error-notice';
import { Loading } from '../shared/ui/loading';
import { Notice } from '../shared/ui/notice';
import { PageTitle } from '../shared/ui/page-title';
import { Pager } from '../shared/ui/pager';
import { CapacityCard } from './capacity-card';
import { DemandSection } from '../insight/demand-section';
import { offeringNames } from './offering-names';
import { BOARD } from './texts';
import { useNow, useRefreshOnReturn } from './use-page-refresh';
import './provider.css';

/** The server's largest page: in practice every offering of a provider on one screen. */
const PAGE_SIZE = 100;

const Board = graphql(`
  query ProviderBoard($first: Int!, $after: String) {
    myOfferings(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ProviderBoardOffering
        }
      }
    }
  }
`);

/** What a page after saving an offering tells the board to confirm. */
export interface BoardNotice {
  readonly notice?: string;
}

/** Mijn aanbod: every own offering on one screen, its figures kept current in place. */
export function CapacityBoardPage() {
  const location = useLocation();
  const navigate = useNavigate();
  // Shown once: the history entry forgets it, so a reload does not confirm it again.
  const [notice] = useState((location.state as BoardNotice | null)?.notice);
  useEffect(() => {
    if ((location.state as BoardNotice | null)?.notice) {
      void navigate(location.pathname, { replace: true, state: null });
    }
  }, [location, navigate]);
  const { reference, error: referenceError } = useReference();
  const pages = usePages(PAGE_SIZE);
  const board = useQuery(Board, { variables: { first: PAGE_SIZE, after: pages.after } });
  const { refetch } = board;
  useRefreshOnReturn(useCallback(() => void refetch(), [refetch]));
  const now = useNow();

  const data = board.data?.myOfferings;
  const error = board.error ?? referenceError;
  let body;
  if (error && !data) {
    body = <ErrorNotice error={error} title={BOARD.loadFailed} onRetry={() => void refetch()} />;
  } else if (!data || !reference) {
    body = <Loading>{BOARD.loading}</Loading>;
  } else if (data.totalCount === 0) {
    body = (
      <EmptyState title={BOARD.emptyTitle}>
        <Paragraph>{BOARD.emptyText}</Paragraph>
        <Paragraph>
          <AppButtonLink href="/aanbod/nieuw" appearance="primary-action-button">
            {BOARD.add}
          </AppButtonLink>
        </Paragraph>
      </EmptyState>
    );
  } else {
    const offerings = data.edges.map((edge) => edge.node);
    const names = offeringNames(offerings, reference.product);
    body = (
      <>
        <ul id={pages.targetId} tabIndex={-1} className="wmo-capacity-board">
          {offerings.map((offering) => (
            <li key={offering.id}>
              <CapacityCard
                offering={offering}
                name={names.get(offering.id) ?? reference.product(offering.productCode)}
                reference={reference}
                now={now}
              />
            </li>
          ))}
        </ul>
        <Pager
          label={BOARD.pages}
          pages={pages}
          pageInfo={data.pageInfo}
          counted={{ noun: BOARD.pagesNoun, shown: offerings.length, total: data.totalCount }}
        />
        <DemandSection offerings={offerings} names={names} />
      </>
    );
  }

  return (
    <>
      <PageTitle>{BOARD.title}</PageTitle>
      {notice && <Notice type="ok">{notice}</Notice>}
      <Paragraph>{BOARD.intro}</Paragraph>
      {data && data.totalCount > 0 && (
        <Paragraph>
          <AppButtonLink href="/aanbod/nieuw" appearance="secondary-action-button">
            {BOARD.add}
          </AppButtonLink>
        </Paragraph>
      )}
      {body}
    </>
  );
}
