import { useQuery } from '@apollo/client/react';
import {
  Heading2,
  Heading3,
  Paragraph,
  StatusBadge,
  Strong,
} from '@utrecht/component-library-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { graphql } from '../gql';
import type { ProviderInboxReferralFragment } from '../gql/graphql';
import type { ReferralStatus } from '../gql/schema-types';
import { formatDateTime } from '../shared/format';
import { REFERRAL_STATUS_LABELS } from '../shared/labels';
import { useReference, type Reference } from '../shared/reference';
import { usePages, type Pages } from '../shared/use-pages';
import { AppLink } from '../shared/ui/app-link';
import { EmptyState } from '../shared/ui/empty-state';
import { ErrorNotice } from '../shared/ui/error-notice';
import { ListStates } from '../shared/ui/list-states';
import { LiveStamp } from '../shared/ui/live-stamp';
import { Loading } from '../shared/ui/loading';
import { Notice } from '../shared/ui/notice';
import { PageTitle } from '../shared/ui/page-title';
import { Pager } from '../shared/ui/pager';
import { PendingReferralCard } from './referral-card';
import { INBOX } from './texts';
import { useNow, useRefreshOnReturn } from './use-page-refresh';
import './provider.css';

/**
 * How often the inbox asks for news. A poll, not a subscription: referrals reach a provider a
 * few times a week and a hold runs for days, so half a minute is quick enough, costs one small
 * query, and needs no event from the worker when a hold expires.
 */
export const INBOX_POLL_MS = 30_000;
const PENDING_PAGE = 20;
const HISTORY_PAGE = 10;

const PendingReferrals = graphql(`
  query ProviderPendingReferrals($first: Int!, $after: String) {
    referrals(filter: { status: PENDING }, order: OLDEST_FIRST, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ProviderInboxReferral
        }
      }
    }
  }
`);

const AnsweredReferrals = graphql(`
  query ProviderAnsweredReferrals($first: Int!, $after: String) {
    referrals(
      filter: { statuses: [ACCEPTED, DECLINED, EXPIRED, WITHDRAWN] }
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ProviderInboxReferral
        }
      }
    }
  }
`);

/** A badge per outcome; the word is always there, the colour only repeats it. */
const STATUS_BADGE: Readonly<Record<ReferralStatus, string>> = {
  PENDING: 'neutral',
  ACCEPTED: 'safe',
  DECLINED: 'neutral',
  EXPIRED: 'warning',
  WITHDRAWN: 'neutral',
};

type Announcement = { readonly type: 'ok' | 'info'; readonly text: string };

/** Aanmeldingen: the referrals inbox, pending first, kept current by a poll. */
export function ReferralInboxPage() {
  const { reference, error: referenceError } = useReference();
  const pendingPages = usePages(PENDING_PAGE);
  const historyPages = usePages(HISTORY_PAGE);
  const pending = useQuery(PendingReferrals, {
    variables: { first: PENDING_PAGE, after: pendingPages.after },
  });
  const answered = useQuery(AnsweredReferrals, {
    variables: { first: HISTORY_PAGE, after: historyPages.after },
  });
  const [checkedAt, setCheckedAt] = useState(() => new Date());
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const announcementRef = useRef<HTMLDivElement>(null);
  const now = useNow();

  const refetchPending = pending.refetch;
  const refetchAnswered = answered.refetch;
  const refresh = useCallback(async () => {
    try {
      await Promise.all([refetchPending(), refetchAnswered()]);
      setCheckedAt(new Date());
    } catch {
      // The lists keep what they showed; the stamp keeps saying when that was.
    }
  }, [refetchPending, refetchAnswered]);
  useEffect(() => {
    // A hidden page (a phone in a pocket) does not ask; it asks again when it is shown.
    const timer = setInterval(() => {
      if (document.visibilityState !== 'hidden') void refresh();
    }, INBOX_POLL_MS);
    return () => clearInterval(timer);
  }, [refresh]);
  useRefreshOnReturn(useCallback(() => void refresh(), [refresh]));

  const announce = (next: Announcement) => {
    setAnnouncement(next);
    setCheckedAt(new Date());
    // The card that had focus is gone from the list: the confirmation takes it.
    requestAnimationFrame(() => announcementRef.current?.focus());
  };

  const error = pending.error ?? referenceError;
  let body;
  if (error && !pending.data) {
    body = <ErrorNotice error={error} title={INBOX.loadFailed} onRetry={() => void refresh()} />;
  } else if (!pending.data || !reference) {
    body = <Loading>{INBOX.loading}</Loading>;
  } else {
    const list = pending.data.referrals;
    body = (
      <>
        <LiveStamp at={checkedAt} live={false} />
        {list.totalCount === 0 ? (
          <EmptyState title={INBOX.emptyTitle}>
            <Paragraph>{INBOX.emptyText}</Paragraph>
            <Paragraph>
              <AppLink href="/aanbod">{INBOX.toBoard}</AppLink>
            </Paragraph>
          </EmptyState>
        ) : (
          <section id={pendingPages.targetId} tabIndex={-1} aria-labelledby="wachtend">
            <Heading2 id="wachtend">{INBOX.pendingTitle}</Heading2>
            <Paragraph role="status">{INBOX.pendingCount(list.totalCount)}</Paragraph>
            <ul className="wmo-referral-list">
              {list.edges.map(({ node }) => (
                <li key={node.id}>
                  <PendingReferralCard
                    referral={node}
                    reference={reference}
                    now={now}
                    onAnswered={(text) => announce({ type: 'ok', text })}
                    onGone={(text) => {
                      announce({ type: 'info', text });
                      void refresh();
                    }}
                  />
                </li>
              ))}
            </ul>
            <Pager
              label={INBOX.pendingPages}
              pages={pendingPages}
              pageInfo={list.pageInfo}
              counted={{ noun: INBOX.pagesNoun, shown: list.edges.length, total: list.totalCount }}
            />
          </section>
        )}
        <History
          data={answered.data?.referrals ?? null}
          error={answered.error}
          onRetry={() => void refresh()}
          reference={reference}
          pages={historyPages}
        />
      </>
    );
  }

  return (
    <>
      <PageTitle>{INBOX.title}</PageTitle>
      <div ref={announcementRef} tabIndex={-1} className="wmo-announcement">
        {announcement && <Notice type={announcement.type}>{announcement.text}</Notice>}
      </div>
      <Paragraph>{INBOX.intro}</Paragraph>
      <Paragraph>
        <small>{INBOX.polling}</small>
      </Paragraph>
      {body}
    </>
  );
}

function History({
  data,
  error,
  onRetry,
  reference,
  pages,
}: {
  data: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor?: string | null };
    edges: { node: ProviderInboxReferralFragment }[];
  } | null;
  error: unknown;
  onRetry: () => void;
  reference: Reference;
  pages: Pages;
}) {
  return (
    <section id={pages.targetId} tabIndex={-1} aria-labelledby="beantwoord">
      <Heading2 id="beantwoord">{INBOX.historyTitle}</Heading2>
      <Paragraph>{INBOX.historyIntro}</Paragraph>
      <ListStates
        list={data}
        error={error}
        onRetry={onRetry}
        errorTitle={INBOX.loadFailed}
        loading={INBOX.loading}
        empty={<Paragraph>{INBOX.historyEmpty}</Paragraph>}
      >
        {(answered) => (
          <>
            <Paragraph>{INBOX.historyCount(answered.totalCount)}</Paragraph>
            <ul className="wmo-history-list">
              {answered.edges.map(({ node }) => (
                <li key={node.id} className="wmo-history-item">
                  <Heading3 className="wmo-history-item__title">
                    {INBOX.referralTitle(node.request.reference)}
                  </Heading3>
                  <Paragraph>
                    {reference.product(node.request.productCode)}
                    {' · '}
                    <StatusBadge status={STATUS_BADGE[node.status]}>
                      {REFERRAL_STATUS_LABELS[node.status]}
                    </StatusBadge>
                    {node.respondedAt && (
                      <>
                        {' · '}
                        <time dateTime={node.respondedAt}>{formatDateTime(node.respondedAt)}</time>
                      </>
                    )}
                  </Paragraph>
                  {node.reason && (
                    <Paragraph>
                      <Strong>{INBOX.reason}:</Strong> {node.reason}
                    </Paragraph>
                  )}
                </li>
              ))}
            </ul>
            <Pager
              label={INBOX.historyPages}
              pages={pages}
              pageInfo={answered.pageInfo}
              counted={{
                noun: INBOX.pagesNoun,
                shown: answered.edges.length,
                total: answered.totalCount,
              }}
            />
          </>
        )}
      </ListStates>
    </section>
  );
}
