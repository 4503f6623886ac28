import { useMutation } from '@apollo/client/react';
import {
  Button,
  Heading2,
  Heading3,
  OrderedList,
  OrderedListItem,
  Paragraph,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import { formatDateTime, formatTimeLeft } from '../../shared/format';
import { ErrorNotice } from '../../shared/ui/error-notice';
import { TextareaField } from '../../shared/ui/fields';
import { Notice } from '../../shared/ui/notice';
import { useAction } from '../../shared/use-action';
import type { StaffRequestData } from './request-query';
import { TEXT } from './texts';
import { timelineEntries } from './timeline';

const T = TEXT.referral;

const StaffWithdrawReferral = graphql(`
  mutation StaffWithdrawReferral($referralId: ID!, $reason: String) {
    withdrawReferral(referralId: $referralId, reason: $reason) {
      id
      status
      respondedAt
      reason
    }
  }
`);

/** The referral that runs now (withdraw it, with a reason) and every step so far. */
export function ReferralSection({
  request,
  notice,
  onChanged,
}: {
  request: StaffRequestData;
  /** A confirmation from elsewhere on the page, e.g. "Aangemeld bij …". */
  notice: string | null;
  onChanged: () => void;
}) {
  const pending = request.referrals.find((referral) => referral.status === 'PENDING');
  const accepted = request.referrals.find((referral) => referral.status === 'ACCEPTED');
  const entries = timelineEntries(request.transitions, request.referrals);
  const [withdrawnFrom, setWithdrawnFrom] = useState<string | null>(null);
  return (
    <section aria-labelledby="aanmelding" className="wmo-staff-section">
      <Heading2 id="aanmelding" tabIndex={-1}>
        {T.title}
      </Heading2>
      {notice && <Notice type="ok">{notice}</Notice>}
      {withdrawnFrom && !pending && <Notice type="ok">{T.withdrawn(withdrawnFrom)}</Notice>}
      {pending ? (
        <>
          <Paragraph>
            {T.pending(
              pending.offering?.provider.name ?? '',
              pending.createdAt,
              pending.holdExpiresAt,
              formatTimeLeft(pending.holdExpiresAt),
            )}
          </Paragraph>
          <WithdrawForm
            key={pending.id}
            referralId={pending.id}
            onDone={() => {
              setWithdrawnFrom(pending.offering?.provider.name ?? '');
              onChanged();
            }}
          />
        </>
      ) : accepted ? (
        <Paragraph>{T.placed(accepted.offering?.provider.name ?? '')}</Paragraph>
      ) : (
        <Paragraph>{request.status === 'OPEN' ? T.none : T.noneClosed}</Paragraph>
      )}
      <Heading3>{T.historyTitle}</Heading3>
      {entries.length === 0 ? (
        <Paragraph>{T.historyEmpty}</Paragraph>
      ) : (
        <OrderedList className="wmo-staff-timeline">
          {entries.map((entry) => (
            <OrderedListItem key={entry.key}>
              <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              {' – '}
              {entry.who}
              <br />
              {entry.what}
              {entry.reason && (
                <>
                  <br />
                  {T.reason(entry.reason)}
                </>
              )}
            </OrderedListItem>
          ))}
        </OrderedList>
      )}
    </section>
  );
}

function WithdrawForm({ referralId, onDone }: { referralId: string; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [withdraw] = useMutation(StaffWithdrawReferral);
  const action = useAction<unknown>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = reason.trim();
    setMissing(trimmed.length < 2);
    if (trimmed.length < 2) {
      document.getElementById('intrekken-reden')?.focus();
      return;
    }
    void action.run(async () => {
      const result = await withdraw({ variables: { referralId, reason: trimmed } });
      onDone();
      return result;
    });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={T.withdraw}>
      {action.state.status === 'failed' && (
        <ErrorNotice error={action.state.error} title={T.withdrawFailed} />
      )}
      <TextareaField
        id="intrekken-reden"
        label={T.withdrawReason}
        description={T.withdrawReasonHelp}
        value={reason}
        onChange={setReason}
        required
        maxLength={500}
        rows={2}
        error={missing ? T.withdrawReasonMissing : null}
      />
      <Button
        type="submit"
        appearance="secondary-action-button"
        busy={action.busy}
        disabled={action.busy}
      >
        {action.busy ? T.withdrawBusy : T.withdraw}
      </Button>
    </form>
  );
}
