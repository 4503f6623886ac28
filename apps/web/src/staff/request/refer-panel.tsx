import { useMutation, useQuery } from '@apollo/client/react';
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { graphql } from '../../gql';
import { hasCode } from '../../shared/errors';
import { ErrorNotice } from '../../shared/ui/error-notice';
import { Loading } from '../../shared/ui/loading';
import { useAction } from '../../shared/use-action';
import { TEXT } from './texts';

const T = TEXT.refer;

const StaffHoldWouldEndAt = graphql(`
  query StaffHoldWouldEndAt {
    holdWouldEndAt
  }
`);

const StaffCreateReferral = graphql(`
  mutation StaffCreateReferral($requestId: ID!, $offeringId: ID!) {
    createReferral(requestId: $requestId, offeringId: $offeringId) {
      id
      status
      holdExpiresAt
    }
  }
`);

export interface ReferTarget {
  readonly offeringId: string;
  readonly providerName: string;
}

/**
 * Confirming a referral: first says until when the place would be held (asked from the api,
 * which applies the same rule as the referral itself), then refers. A conflict (no free place
 * left) is said in Dutch; the page refreshes the request and its list.
 */
export function ReferPanel({
  requestId,
  target,
  onDone,
  onCancel,
  onConflict,
}: {
  requestId: string;
  target: ReferTarget;
  onDone: (holdExpiresAt: string) => void;
  onCancel: () => void;
  onConflict: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const hold = useQuery(StaffHoldWouldEndAt, { fetchPolicy: 'network-only' });
  const [createReferral] = useMutation(StaffCreateReferral);
  const refer = useAction<string>();

  useEffect(() => {
    heading.current?.focus();
  }, [target.offeringId]);

  const confirm = () =>
    void refer.run(async () => {
      try {
        const { data } = await createReferral({
          variables: { requestId, offeringId: target.offeringId },
        });
        if (!data) throw new Error('no data');
        onDone(data.createReferral.holdExpiresAt);
        return data.createReferral.holdExpiresAt;
      } catch (error) {
        if (hasCode(error, 'CONFLICT')) onConflict();
        throw error;
      }
    });

  const failure = refer.state.status === 'failed' ? refer.state.error : null;
  return (
    <section className="wmo-staff-panel" aria-labelledby="aanmelden-titel">
      <Heading2 id="aanmelden-titel" ref={heading} tabIndex={-1}>
        {T.title(target.providerName)}
      </Heading2>
      {hold.loading && !hold.data ? (
        <Loading>{T.holdLoading}</Loading>
      ) : (
        <Paragraph>{hold.data ? T.holdUntil(hold.data.holdWouldEndAt) : T.holdUnknown}</Paragraph>
      )}
      {failure !== null && <ErrorNotice error={failure} title={T.failed} />}
      {failure !== null && hasCode(failure, 'CONFLICT') && <Paragraph>{T.conflictHint}</Paragraph>}
      <ButtonGroup>
        <Button
          appearance="primary-action-button"
          onClick={confirm}
          busy={refer.busy}
          disabled={refer.busy}
        >
          {refer.busy ? T.busy : T.confirm}
        </Button>
        <Button appearance="secondary-action-button" onClick={onCancel} disabled={refer.busy}>
          {T.cancel}
        </Button>
      </ButtonGroup>
    </section>
  );
}
