import { useMutation } from '@apollo/client/react';
import {
  Button,
  ButtonGroup,
  Heading2,
  Heading3,
  Paragraph,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { graphql } from '../../gql';
import { ErrorNotice } from '../../shared/ui/error-notice';
import { Notice } from '../../shared/ui/notice';
import { useAction } from '../../shared/use-action';
import type { StaffRequestData } from './request-query';
import { TEXT } from './texts';

const T = TEXT.close;

const StaffCloseRequest = graphql(`
  mutation StaffCloseRequest($id: ID!) {
    closeRequest(id: $id) {
      id
      status
    }
  }
`);

/** Closing ends matching for good, so it asks first. */
export function CloseSection({
  request,
  onChanged,
}: {
  request: StaffRequestData;
  onChanged: () => void;
}) {
  const [asking, setAsking] = useState(false);
  const [close] = useMutation(StaffCloseRequest);
  const action = useAction<unknown>();
  const question = useRef<HTMLHeadingElement>(null);
  const pending = request.referrals.some((referral) => referral.status === 'PENDING');

  useEffect(() => {
    if (asking) question.current?.focus();
  }, [asking]);

  const confirm = () =>
    void action.run(async () => {
      const result = await close({ variables: { id: request.id } });
      setAsking(false);
      onChanged();
      return result;
    });

  if (request.status === 'CLOSED' || request.status === 'PLACED') {
    return action.state.status === 'done' ? (
      <section aria-labelledby="sluiten" className="wmo-staff-section">
        <Heading2 id="sluiten">{T.title}</Heading2>
        <Notice type="ok">{T.done}</Notice>
      </section>
    ) : null;
  }
  return (
    <section aria-labelledby="sluiten" className="wmo-staff-section">
      <Heading2 id="sluiten">{T.title}</Heading2>
      <Paragraph>{T.intro}</Paragraph>
      {pending && <Paragraph>{T.pendingWithdrawn}</Paragraph>}
      {action.state.status === 'failed' && (
        <ErrorNotice error={action.state.error} title={T.failed} />
      )}
      {!asking && (
        <Button appearance="secondary-action-button" onClick={() => setAsking(true)}>
          {T.start}
        </Button>
      )}
      {asking && (
        <div className="wmo-staff-panel">
          <Heading3 ref={question} tabIndex={-1}>
            {T.confirmTitle}
          </Heading3>
          <Paragraph>{T.confirmText}</Paragraph>
          {pending && <Paragraph>{T.pendingWithdrawn}</Paragraph>}
          <ButtonGroup>
            <Button
              appearance="primary-action-button"
              hint="danger"
              onClick={confirm}
              busy={action.busy}
              disabled={action.busy}
            >
              {action.busy ? T.busy : T.confirm}
            </Button>
            <Button
              appearance="secondary-action-button"
              onClick={() => setAsking(false)}
              disabled={action.busy}
            >
              {T.cancel}
            </Button>
          </ButtonGroup>
        </div>
      )}
    </section>
  );
}
