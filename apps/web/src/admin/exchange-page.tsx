import {
  Button,
  FormField,
  FormLabel,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useId, useRef, useState } from 'react';
import { useSessionStore } from '../app/session-context';
import { downloadExchangeFile, postExchangeJson } from '../shared/exchange-http';
import { ErrorNotice } from '../shared/ui/error-notice';
import { Notice } from '../shared/ui/notice';
import { PageTitle } from '../shared/ui/page-title';
import {
  countsSentence,
  kindLabel,
  outcomeSentence,
  recordName,
  type HsdsImportReport,
} from './exchange-report';
import { EXCHANGE_TEXT as TEXT } from './exchange-texts';
import '../shared/ui/list-table.css';
import './admin.css';

type Upload =
  | { readonly state: 'idle' }
  | { readonly state: 'busy'; readonly report: HsdsImportReport | null }
  | { readonly state: 'done'; readonly report: HsdsImportReport }
  | { readonly state: 'failed'; readonly error: unknown };

/** Uitwisselen: the social map as an Open Referral (HSDS) file, out and in. */
export function ExchangePage() {
  const tokens = useSessionStore();
  const [download, setDownload] = useState<'idle' | 'busy' | { error: unknown }>('idle');
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [upload, setUpload] = useState<Upload>({ state: 'idle' });
  const resultRef = useRef<HTMLDivElement>(null);

  const startDownload = async () => {
    setDownload('busy');
    try {
      await downloadExchangeFile(tokens, 'hsds', 'sociale-kaart-hsds.json');
      setDownload('idle');
    } catch (error) {
      setDownload({ error });
    }
  };

  const choose = async (chosen: File | undefined) => {
    setUpload({ state: 'idle' });
    setFile(null);
    setFileProblem(null);
    if (!chosen) return;
    const text = await chosen.text();
    try {
      JSON.parse(text);
      setFile({ name: chosen.name, text });
    } catch {
      setFileProblem(TEXT.notJson);
    }
  };

  const send = async (apply: boolean) => {
    if (!file) {
      setFileProblem(TEXT.chooseFirst);
      return;
    }
    setUpload({ state: 'busy', report: upload.state === 'done' ? upload.report : null });
    try {
      const report = await postExchangeJson<HsdsImportReport>(
        tokens,
        `hsds?dryRun=${apply ? 'false' : 'true'}`,
        file.text,
      );
      setUpload({ state: 'done', report });
    } catch (error) {
      setUpload({ state: 'failed', error });
    }
    // The outcome is new content below the buttons: take the reader there.
    setTimeout(() => resultRef.current?.focus(), 0);
  };

  const report = upload.state === 'done' ? upload.report : null;
  const canApply = report !== null && !report.applied && report.rejected.length === 0;

  return (
    <>
      <PageTitle>{TEXT.title}</PageTitle>
      <Paragraph lead>{TEXT.intro}</Paragraph>

      <section aria-labelledby="hsds-export">
        <Heading2 id="hsds-export">{TEXT.exportTitle}</Heading2>
        <Paragraph>{TEXT.exportText}</Paragraph>
        <Button
          appearance="primary-action-button"
          busy={download === 'busy'}
          disabled={download === 'busy'}
          onClick={startDownload}
        >
          {download === 'busy' ? TEXT.downloading : TEXT.download}
        </Button>
        {typeof download === 'object' && (
          <ErrorNotice error={download.error} title={TEXT.downloadFailed} />
        )}
      </section>

      <section aria-labelledby="hsds-import">
        <Heading2 id="hsds-import">{TEXT.importTitle}</Heading2>
        <Paragraph>{TEXT.importText}</Paragraph>
        <FormField invalid={Boolean(fileProblem)} type="text">
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="hsds-file">{TEXT.fileLabel}</FormLabel>
          </div>
          <div id="hsds-file-description" className="utrecht-form-field-description">
            {TEXT.fileDescription}
          </div>
          {fileProblem && (
            <div id="hsds-file-error" className="utrecht-form-field-error-message">
              {fileProblem}
            </div>
          )}
          <div className="utrecht-form-field__input">
            <input
              id="hsds-file"
              className="wmo-file-input"
              type="file"
              accept="application/json,.json"
              aria-describedby={`hsds-file-description${fileProblem ? ' hsds-file-error' : ''}`}
              aria-invalid={fileProblem ? true : undefined}
              onChange={(event) => void choose(event.target.files?.[0])}
            />
          </div>
        </FormField>
        <Paragraph>
          <Button
            appearance="secondary-action-button"
            disabled={upload.state === 'busy'}
            onClick={() => void send(false)}
          >
            {TEXT.check}
          </Button>{' '}
          {canApply && (
            <Button
              appearance="primary-action-button"
              disabled={upload.state === 'busy'}
              onClick={() => void send(true)}
            >
              {TEXT.apply}
            </Button>
          )}
        </Paragraph>

        <div ref={resultRef} tabIndex={-1} aria-live="polite">
          {upload.state === 'busy' && <Paragraph>{TEXT.busy}</Paragraph>}
          {upload.state === 'failed' && (
            <ErrorNotice error={upload.error} title={TEXT.importFailed} />
          )}
          {report && <ImportReport report={report} />}
        </div>
      </section>
    </>
  );
}

function ImportReport({ report }: { report: HsdsImportReport }) {
  const rejected = report.rejected.length > 0;
  const captionId = useId();
  return (
    <>
      <Notice type={rejected ? 'warning' : 'ok'}>{outcomeSentence(report)}</Notice>
      <UnorderedList>
        <UnorderedListItem>
          {TEXT.providers}: {countsSentence(report.organizations)}
        </UnorderedListItem>
        <UnorderedListItem>
          {TEXT.offerings}: {countsSentence(report.services)}
        </UnorderedListItem>
      </UnorderedList>
      {rejected && (
        // A narrow screen scrolls the table inside its own region (keyboard: focus and scroll).
        <div
          className="wmo-table-scroll wmo-list-table"
          role="region"
          aria-labelledby={captionId}
          tabIndex={0}
        >
          <Table>
            <TableCaption id={captionId}>{TEXT.rejectedCaption}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{TEXT.kind}</TableHeaderCell>
                <TableHeaderCell scope="col">{TEXT.record}</TableHeaderCell>
                <TableHeaderCell scope="col">{TEXT.reasons}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {report.rejected.map((rejection) => (
                <TableRow key={`${rejection.kind}-${rejection.index}`}>
                  <TableCell>{kindLabel(rejection.kind)}</TableCell>
                  <TableCell>{recordName(rejection)}</TableCell>
                  <TableCell>
                    <UnorderedList>
                      {rejection.reasons.map((reason) => (
                        <UnorderedListItem key={reason}>{reason}</UnorderedListItem>
                      ))}
                    </UnorderedList>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}
