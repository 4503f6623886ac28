import { useMutation } from '@apollo/client/react';
import {
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading3,
  Paragraph,
  StatusBadge,
  Strong,
} from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { graphql } from '../gql';
import type { ProviderInboxReferralFragment } from '../gql/graphql';
import type { Urgency } from '../gql/schema-types';
import { formatDateTime, formatDeadline, formatTimeLeft } from '../shared/format';
import { URGENCY_LABELS } from '../shared/labels';
import { hasCode, messageFor } from '../shared/errors';
import type { Reference } from '../shared/reference';
import { useAction } from '../shared/use-action';
import { ErrorNotice } from '../shared/ui/error-notice';
import { TextareaField } from '../shared/ui/fields';
import { declineReasonProblem, REASON_MAX } from './decline-reason';
import { INBOX, listOrNone } from './texts';

graphql(`
  fragment ProviderInboxReferral on Referral {
    id
    status
    holdExpiresAt
    createdAt
    respondedAt
    reason
    request {
      reference
      productCode
      specialisms
      postcode
      urgency
    }
    offering {
      id
      productCode
      postcode
    }
  }
`);

const RespondToReferral = graphql(`
  mutation ProviderRespondToReferral($referralId: ID!, $accept: Boolean!, $reason: String) {
    respondToReferral(referralId: $referralId, accept: $accept, reason: $reason) {
      ...ProviderInboxReferral
    }
  }
`);

/** Urgency as a badge with its word: the colour only repeats what the text says. */
const URGENCY_STATUS: Readonly<Record<Urgency, string>> = {
  ROUTINE: 'neutral',
  SOON: 'neutral',
  URGENT: 'warning',
  CRISIS: 'danger',
};

type Mode = 'idle' | 'accept' | 'decline';

/** One referral that waits for the provider's answer: accept (confirmed) or decline (reason). */
export function PendingReferralCard({
  referral,
  reference,
  now,
  onAnswered,
  onGone,
}: {
  referral: ProviderInboxReferralFragment;
  reference: Reference;
  now: Date;
  onAnswered: (message: string) => void;
  /** It was withdrawn, expired or answered elsewhere meanwhile: the page says so and reloads. */
  onGone: (message: string) => void;
}) {
  const [mode, setMode] = useState<Mode>('idle');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const answer = useAction<void>();
  const loading = answer.busy;
  const [respond] = useMutation(RespondToReferral, {
    refetchQueries: ['ProviderPendingReferrals', 'ProviderAnsweredReferrals'],
    awaitRefetchQueries: true,
  });
  const questionRef = useRef<HTMLParagraphElement>(null);
  const acceptRef = useRef<HTMLButtonElement>(null);
  const declineRef = useRef<HTMLButtonElement>(null);
  const { request } = referral;
  const ids = {
    heading: `aanmelding-${referral.id}`,
    reason: `aanmelding-${referral.id}-reden`,
  };
  const expired = new Date(referral.holdExpiresAt).getTime() <= now.getTime();
  const suffix = (
    <span className="wmo-visually-hidden">{INBOX.forReference(request.reference)}</span>
  );

  const open = (next: Mode) => {
    setMode(next);
    answer.reset();
    setReasonError(null);
    // After React has drawn the question or the field.
    requestAnimationFrame(() =>
      next === 'accept'
        ? questionRef.current?.focus()
        : document.getElementById(ids.reason)?.focus(),
    );
  };
  const close = () => {
    const back = mode === 'accept' ? acceptRef : declineRef;
    setMode('idle');
    answer.reset();
    requestAnimationFrame(() => back.current?.focus());
  };

  const send = (accept: boolean) =>
    answer.run(async () => {
      try {
        await respond({
          variables: { referralId: referral.id, accept, reason: accept ? null : reason.trim() },
        });
        onAnswered((accept ? INBOX.accepted : INBOX.declined)(request.reference));
      } catch (error) {
        if (!hasCode(error, 'CONFLICT') && !hasCode(error, 'NOT_FOUND')) throw error;
        onGone(messageFor(error));
      }
    });

  const submitDecline = (event: FormEvent) => {
    event.preventDefault();
    const problem = declineReasonProblem(reason);
    setReasonError(problem);
    if (problem) {
      document.getElementById(ids.reason)?.focus();
      return;
    }
    void send(false);
  };

  return (
    <article className="wmo-card wmo-referral-card" aria-labelledby={ids.heading}>
      <Heading3 id={ids.heading}>{INBOX.referralTitle(request.reference)}</Heading3>
      <Paragraph className="wmo-referral-card__time">
        {expired ? (
          <Strong>{INBOX.holdExpired}</Strong>
        ) : (
          <>
            {INBOX.holdUntil}{' '}
            <time dateTime={referral.holdExpiresAt}>{formatDeadline(referral.holdExpiresAt)}</time>
            {': '}
            <Strong>{formatTimeLeft(referral.holdExpiresAt, now)}</Strong>
          </>
        )}
      </Paragraph>
      <DataList className="wmo-compact-data">
        <DataListItem>
          <DataListKey>{INBOX.product}</DataListKey>
          <DataListValue>{reference.product(request.productCode)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{INBOX.targetGroups}</DataListKey>
          <DataListValue>
            {listOrNone(request.specialisms.map(reference.specialism), INBOX.noTargetGroups)}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{INBOX.postcode}</DataListKey>
          <DataListValue>{request.postcode}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{INBOX.urgency}</DataListKey>
          <DataListValue>
            <StatusBadge status={URGENCY_STATUS[request.urgency]}>
              {URGENCY_LABELS[request.urgency]}
            </StatusBadge>
          </DataListValue>
        </DataListItem>
        {referral.offering && (
          <DataListItem>
            <DataListKey>{INBOX.offering}</DataListKey>
            <DataListValue>
              {INBOX.offeringValue(
                reference.product(referral.offering.productCode),
                referral.offering.postcode,
              )}
            </DataListValue>
          </DataListItem>
        )}
        <DataListItem>
          <DataListKey>{INBOX.sentAt}</DataListKey>
          <DataListValue>{formatDateTime(referral.createdAt)}</DataListValue>
        </DataListItem>
      </DataList>

      {!expired && mode === 'idle' && (
        <ButtonGroup>
          <Button ref={acceptRef} appearance="primary-action-button" onClick={() => open('accept')}>
            {INBOX.accept}
            {suffix}
          </Button>
          <Button
            ref={declineRef}
            appearance="secondary-action-button"
            onClick={() => open('decline')}
          >
            {INBOX.decline}
            {suffix}
          </Button>
        </ButtonGroup>
      )}

      {!expired && mode === 'accept' && (
        <div className="wmo-referral-card__step">
          <Paragraph ref={questionRef} tabIndex={-1}>
            {INBOX.acceptQuestion(request.reference)}
          </Paragraph>
          <ButtonGroup>
            <Button
              appearance="primary-action-button"
              busy={loading}
              onClick={() => void send(true)}
            >
              {loading ? INBOX.accepting : INBOX.acceptYes}
              {suffix}
            </Button>
            <Button appearance="subtle-button" onClick={close} disabled={loading}>
              {INBOX.cancel}
            </Button>
          </ButtonGroup>
        </div>
      )}

      {!expired && mode === 'decline' && (
        <form
          className="wmo-referral-card__step"
          onSubmit={submitDecline}
          noValidate
          aria-label={`${INBOX.decline}${INBOX.forReference(request.reference)}`}
        >
          <TextareaField
            id={ids.reason}
            label={INBOX.reasonLabel}
            description={INBOX.reasonHint}
            error={reasonError}
            value={reason}
            onChange={(value) => {
              setReason(value);
              if (reasonError) setReasonError(null);
            }}
            required
            maxLength={REASON_MAX}
            rows={3}
          />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={loading}>
              {loading ? INBOX.declining : INBOX.declineSend}
              {suffix}
            </Button>
            <Button type="button" appearance="subtle-button" onClick={close} disabled={loading}>
              {INBOX.cancel}
            </Button>
          </ButtonGroup>
        </form>
      )}

      {answer.state.status === 'failed' && (
        <ErrorNotice error={answer.state.error} title={INBOX.answerFailed} />
      )}
    </article>
  );
}
