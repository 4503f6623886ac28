import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Paragraph,
  StatusBadge,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { graphql } from '../gql';
import type { AdminMatchingStatusQuery } from '../gql/graphql';
import { formatDateTime } from '../shared/format';
import { ErrorNotice } from '../shared/ui/error-notice';
import { LiveStamp } from '../shared/ui/live-stamp';
import { Loading } from '../shared/ui/loading';
import { Notice } from '../shared/ui/notice';
import { PageTitle } from '../shared/ui/page-title';
import {
  followSweep,
  IDLE,
  pendingSentence,
  sweepDuration,
  triggerLabel,
  type SweepReport,
  type SweepRun,
} from './matching-status';
import { STATUS_TEXT as TEXT } from './texts';
import './admin.css';

/** How often the figures are read again while the page is open. */
const POLL_MS = 3000;

const AdminMatchingStatus = graphql(`
  query AdminMatchingStatus {
    matchingStatus {
      measuredAt
      pending
      backlog
      waiting
      active
      delayed
      failed
      lastSweep {
        startedAt
        finishedAt
        trigger
        checked
        outOfDate
        failed
      }
    }
  }
`);

const AdminStartSweep = graphql(`
  mutation AdminStartSweep {
    startSweep
  }
`);

type Status = AdminMatchingStatusQuery['matchingStatus'];

/** Matchingstatus: the work waiting in the matching queue and the last sweep, kept current. */
export function MatchingStatusPage() {
  const { data, previousData, error, refetch } = useQuery(AdminMatchingStatus, {
    pollInterval: POLL_MS,
    fetchPolicy: 'network-only',
  });
  const status = (data ?? previousData)?.matchingStatus;
  const [started, setStarted] = useState<SweepRun>(IDLE);
  const [startSweep] = useMutation(AdminStartSweep);
  // A result newer than the one from before the start is that sweep's outcome.
  const run = followSweep(started, status?.lastSweep ?? null);

  const start = async () => {
    const previousFinishedAt = status?.lastSweep?.finishedAt ?? null;
    setStarted({ state: 'starting', previousFinishedAt });
    try {
      await startSweep();
      setStarted({ state: 'running', previousFinishedAt });
      void refetch();
    } catch (failure) {
      setStarted({ state: 'failed', error: failure });
    }
  };

  return (
    <>
      <PageTitle>{TEXT.title}</PageTitle>
      <Paragraph>{TEXT.intro}</Paragraph>
      {!status ? (
        error ? (
          <ErrorNotice error={error} title={TEXT.errorTitle} onRetry={() => void refetch()} />
        ) : (
          <Loading />
        )
      ) : (
        <>
          {error && <Notice type="warning">{TEXT.staleWarning}</Notice>}
          <LiveStamp at={status.measuredAt} />
          <Work status={status} />
          <section aria-labelledby="sweep-heading" className="wmo-admin-section">
            <Heading2 id="sweep-heading">{TEXT.sweepHeading}</Heading2>
            <Paragraph>{TEXT.sweepIntro}</Paragraph>
            <SweepRunNotice run={run} />
            {status.lastSweep ? (
              <LastSweep sweep={status.lastSweep} />
            ) : (
              <>
                <Paragraph>
                  <strong>{TEXT.noSweep}</strong>
                </Paragraph>
                <Paragraph>{TEXT.noSweepHint}</Paragraph>
              </>
            )}
            <Paragraph id="sweep-start-hint">{TEXT.startHint}</Paragraph>
            <Paragraph className="wmo-admin-actions">
              <Button
                appearance="primary-action-button"
                aria-describedby="sweep-start-hint"
                busy={run.state === 'starting'}
                disabled={run.state === 'starting'}
                onClick={() => void start()}
              >
                {run.state === 'starting' ? TEXT.starting : TEXT.start}
              </Button>
            </Paragraph>
          </section>
        </>
      )}
    </>
  );
}

function Work({ status }: { status: Status }) {
  const rows: [string, number][] = [
    [TEXT.backlog, status.backlog],
    [TEXT.waiting, status.waiting],
    [TEXT.active, status.active],
    [TEXT.delayed, status.delayed],
  ];
  return (
    <section aria-labelledby="work-heading" className="wmo-admin-section">
      <Heading2 id="work-heading">{TEXT.workHeading}</Heading2>
      <Paragraph>{pendingSentence(status.pending)}</Paragraph>
      <DataList appearance="rows" className="wmo-admin-status-list">
        {rows.map(([label, value]) => (
          <DataListItem key={label}>
            <DataListKey>{label}</DataListKey>
            <DataListValue>{value}</DataListValue>
          </DataListItem>
        ))}
        <DataListItem>
          <DataListKey>{TEXT.failed}</DataListKey>
          <DataListValue>
            {status.failed}{' '}
            <StatusBadge status={status.failed === 0 ? 'safe' : 'warning'}>
              {status.failed === 0 ? TEXT.failedNone : TEXT.failedSome}
            </StatusBadge>
          </DataListValue>
        </DataListItem>
      </DataList>
      {status.failed > 0 && <Paragraph>{TEXT.failedHint}</Paragraph>}
    </section>
  );
}

function LastSweep({ sweep }: { sweep: SweepReport }) {
  return (
    <>
      <DataList appearance="rows" className="wmo-admin-status-list">
        <DataListItem>
          <DataListKey>{TEXT.startedAt}</DataListKey>
          <DataListValue>
            <time dateTime={sweep.startedAt}>{formatDateTime(sweep.startedAt)}</time>
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{TEXT.finishedAt}</DataListKey>
          <DataListValue>
            <time dateTime={sweep.finishedAt}>{formatDateTime(sweep.finishedAt)}</time> (
            {sweepDuration(sweep)})
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{TEXT.trigger}</DataListKey>
          <DataListValue>{triggerLabel(sweep.trigger)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{TEXT.checked}</DataListKey>
          <DataListValue>{sweep.checked}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{TEXT.outOfDate}</DataListKey>
          <DataListValue>
            {sweep.outOfDate}{' '}
            <StatusBadge status={sweep.outOfDate === 0 ? 'safe' : 'warning'}>
              {sweep.outOfDate === 0 ? TEXT.outOfDateOk : TEXT.outOfDateSome}
            </StatusBadge>{' '}
            <small>{TEXT.outOfDateHint}</small>
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{TEXT.sweepFailed}</DataListKey>
          <DataListValue>{sweep.failed}</DataListValue>
        </DataListItem>
      </DataList>
      {sweep.outOfDate > 0 && <Paragraph>{TEXT.outOfDateExplained}</Paragraph>}
    </>
  );
}

/** What happened to the sweep started here: started, done (with its figures) or failed. */
function SweepRunNotice({ run }: { run: SweepRun }) {
  switch (run.state) {
    case 'running':
      return <Notice type="info">{TEXT.started}</Notice>;
    case 'done':
      return <Notice type="ok">{TEXT.done(run.result.checked, run.result.outOfDate)}</Notice>;
    case 'failed':
      return <ErrorNotice error={run.error} title={TEXT.startFailed} />;
    default:
      return null;
  }
}
