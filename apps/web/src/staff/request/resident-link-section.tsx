import { useMutation } from '@apollo/client/react';
import {
  Button,
  ButtonGroup,
  FormField,
  FormLabel,
  Heading2,
  Heading3,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { graphql } from '../../gql';
import { ErrorNotice } from '../../shared/ui/error-notice';
import { Notice } from '../../shared/ui/notice';
import { copyText } from '../shared/clipboard';
import { useAction } from '../../shared/use-action';
import type { StaffRequestData } from './request-query';
import { TEXT } from './texts';

const T = TEXT.link;

const StaffCreateResidentLink = graphql(`
  mutation StaffCreateResidentLink($requestId: ID!) {
    createResidentLink(requestId: $requestId) {
      url
      expiresAt
    }
  }
`);

const StaffRevokeResidentLinks = graphql(`
  mutation StaffRevokeResidentLinks($requestId: ID!) {
    revokeResidentLinks(requestId: $requestId)
  }
`);

interface IssuedLink {
  readonly url: string;
  readonly expiresAt: string;
}

/**
 * A personal link for the resident: made here and shown once (only its hash is stored), with
 * a copy button; every link of the request can be revoked.
 */
export function ResidentLinkSection({
  request,
  onChanged,
}: {
  request: StaffRequestData;
  onChanged: () => void;
}) {
  const [issued, setIssued] = useState<IssuedLink | null>(null);
  const [revokedCount, setRevokedCount] = useState<number | null>(null);
  const [create] = useMutation(StaffCreateResidentLink);
  const [revoke] = useMutation(StaffRevokeResidentLinks);
  const making = useAction<unknown>();
  const revoking = useAction<unknown>();
  const active = request.activeResidentLinks[0];
  const canMake = request.status === 'OPEN' || request.status === 'REFERRED';

  const make = () =>
    void making.run(async () => {
      setRevokedCount(null);
      revoking.reset();
      const { data } = await create({ variables: { requestId: request.id } });
      if (!data) throw new Error('no data');
      setIssued(data.createResidentLink);
      onChanged();
      return data;
    });
  const revokeAll = () =>
    void revoking.run(async () => {
      const { data } = await revoke({ variables: { requestId: request.id } });
      setIssued(null);
      setRevokedCount(data?.revokeResidentLinks ?? 0);
      onChanged();
      return data;
    });

  return (
    <section aria-labelledby="link-inwoner" className="wmo-staff-section">
      <Heading2 id="link-inwoner">{T.title}</Heading2>
      <Paragraph>{T.intro}</Paragraph>
      {revokedCount !== null && <Notice type="ok">{T.revoked(revokedCount)}</Notice>}
      {!issued && <Paragraph>{active ? T.active(active.expiresAt) : T.none}</Paragraph>}
      {issued && <IssuedLinkPanel link={issued} />}
      {making.state.status === 'failed' && (
        <ErrorNotice error={making.state.error} title={T.failed} />
      )}
      {revoking.state.status === 'failed' && (
        <ErrorNotice error={revoking.state.error} title={T.revokeFailed} />
      )}
      {canMake && (issued || active) && <Paragraph>{T.replaces}</Paragraph>}
      <ButtonGroup>
        {canMake && (
          <Button
            appearance="secondary-action-button"
            onClick={make}
            busy={making.busy}
            disabled={making.busy}
          >
            {making.busy ? T.busy : issued || active ? T.createAgain : T.create}
          </Button>
        )}
        {(issued || active) && (
          <Button
            appearance="secondary-action-button"
            onClick={revokeAll}
            busy={revoking.busy}
            disabled={revoking.busy}
          >
            {revoking.busy ? T.revokeBusy : T.revoke}
          </Button>
        )}
      </ButtonGroup>
    </section>
  );
}

function IssuedLinkPanel({ link }: { link: IssuedLink }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [link.url]);
  const copy = async () => setCopied(await copyText(link.url, field.current));
  return (
    <div className="wmo-staff-panel">
      <Heading3 ref={heading} tabIndex={-1}>
        {T.madeTitle}
      </Heading3>
      <Paragraph>{T.once}</Paragraph>
      <FormField type="text">
        <div className="utrecht-form-field__label">
          <FormLabel htmlFor="inwoner-link">{T.field}</FormLabel>
        </div>
        <div className="utrecht-form-field__input">
          <Textbox
            id="inwoner-link"
            ref={field}
            readOnly
            value={link.url}
            className="wmo-staff-link-output"
            onFocus={(event) => event.target.select()}
          />
        </div>
      </FormField>
      <Paragraph>{T.expires(link.expiresAt)}</Paragraph>
      <Button appearance="primary-action-button" onClick={() => void copy()}>
        {T.copy}
      </Button>
      <div role="status" aria-live="polite">
        {copied !== null && <Paragraph>{copied ? T.copied : T.copyFailed}</Paragraph>}
      </div>
    </div>
  );
}
