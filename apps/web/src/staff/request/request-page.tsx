import { useQuery } from '@apollo/client/react';
import { Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { useCallback, useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { REQUEST_STATUS_LABELS } from '../../shared/labels';
import { useReference } from '../../shared/reference';
import { AppLink } from '../../shared/ui/app-link';
import { ErrorNotice } from '../../shared/ui/error-notice';
import { Loading } from '../../shared/ui/loading';
import { Notice } from '../../shared/ui/notice';
import { PageTitle } from '../../shared/ui/page-title';
import type { CreatedState } from '../new-request/new-request-page';
import { REQUEST_STATUS_BADGE } from '../shared/staff-wording';
import '../staff.css';
import { CloseSection } from './close-section';
import { useLiveShortlist } from './live-shortlist';
import type { StaffOption } from './option-card';
import { ReferPanel, type ReferTarget } from './refer-panel';
import { ReferralSection } from './referral-section';
import { RequestDetails } from './request-details';
import { StaffRequest, type StaffRequestData } from './request-query';
import { ResidentLinkSection } from './resident-link-section';
import { ShortlistSection } from './shortlist-section';
import { TEXT } from './texts';

/** Status, preference and history change without a new shortlist too (e.g. a preference). */
const REQUEST_POLL_MS = 10_000;

export default function RequestPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const created = (location.state as CreatedState | null)?.created ?? null;
  const { reference } = useReference();
  const { data, error, loading, refetch } = useQuery(StaffRequest, {
    variables: { id },
    pollInterval: REQUEST_POLL_MS,
    notifyOnNetworkStatusChange: false,
  });
  const request = data?.request;

  if (!request && error) {
    return (
      <>
        <PageTitle>{TEXT.loadFailed}</PageTitle>
        <ErrorNotice error={error} title={TEXT.loadFailed} onRetry={() => void refetch()} />
      </>
    );
  }
  if (!data || !reference) {
    return loading || !reference ? <Loading>{TEXT.loading}</Loading> : null;
  }
  if (!request) {
    return (
      <>
        <PageTitle>{TEXT.notFoundTitle}</PageTitle>
        <Paragraph>{TEXT.notFound}</Paragraph>
        <Paragraph>
          <AppLink href="/aanvragen">{TEXT.backToList}</AppLink>
        </Paragraph>
      </>
    );
  }
  return (
    <RequestView
      request={request}
      created={created}
      refresh={() => void refetch()}
      reference={reference}
    />
  );
}

function RequestView({
  request,
  created,
  refresh,
  reference,
}: {
  request: StaffRequestData;
  created: string | null;
  refresh: () => void;
  reference: NonNullable<ReturnType<typeof useReference>['reference']>;
}) {
  const [target, setTarget] = useState<ReferTarget | null>(null);
  const [referralNotice, setReferralNotice] = useState<string | null>(null);
  const onNewer = useCallback(() => refresh(), [refresh]);
  const { shortlist, liveError } = useLiveShortlist(request.id, request.shortlist, onNewer);
  const open = request.status === 'OPEN' || request.status === 'REFERRED';
  const mayRefer =
    request.status === 'OPEN' && !request.referrals.some((r) => r.status === 'PENDING');

  const startReferral = (option: StaffOption) => {
    if (!option.offering) return;
    setReferralNotice(null);
    setTarget({ offeringId: option.offering.id, providerName: option.providerName });
  };

  return (
    <>
      <PageTitle>{TEXT.title(request.reference)}</PageTitle>
      {created && <Notice type="ok">{TEXT.created(created)}</Notice>}
      <Paragraph>
        {TEXT.status}:{' '}
        <StatusBadge status={REQUEST_STATUS_BADGE[request.status]}>
          {REQUEST_STATUS_LABELS[request.status]}
        </StatusBadge>
      </Paragraph>
      <Paragraph>
        <AppLink href={`/zoeken?aanvraag=${encodeURIComponent(request.id)}`}>
          {TEXT.searchOwn}
        </AppLink>
      </Paragraph>
      <div className="wmo-staff-columns">
        <div>
          {target && mayRefer && (
            <ReferPanel
              requestId={request.id}
              target={target}
              onCancel={() => setTarget(null)}
              onConflict={refresh}
              onDone={(holdExpiresAt) => {
                setReferralNotice(TEXT.refer.done(target.providerName, holdExpiresAt));
                setTarget(null);
                refresh();
                document.getElementById('aanmelding')?.focus();
              }}
            />
          )}
          <ShortlistSection
            shortlist={shortlist}
            open={open}
            preferredOfferingId={request.preferredOfferingId}
            liveError={liveError}
            onRefresh={refresh}
            onRefer={mayRefer ? startReferral : undefined}
          />
        </div>
        <div>
          <ReferralSection request={request} notice={referralNotice} onChanged={refresh} />
          <ResidentLinkSection request={request} onChanged={refresh} />
          <RequestDetails request={request} reference={reference} />
          <CloseSection request={request} onChanged={refresh} />
        </div>
      </div>
    </>
  );
}
