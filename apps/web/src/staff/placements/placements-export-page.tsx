import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useSession, useSessionStore } from '../../app/session-context';
import { downloadExchangeFile } from '../../shared/exchange-http';
import { failuresOf } from '../../shared/errors';
import { useReference } from '../../shared/reference';
import { ErrorNotice } from '../../shared/ui/error-notice';
import { SelectField, TextField } from '../../shared/ui/fields';
import { Notice } from '../../shared/ui/notice';
import { PageTitle } from '../../shared/ui/page-title';
import { defaultPeriod, exportPath, periodProblems } from './placement-period';
import { PLACEMENTS_TEXT as TEXT } from './texts';

type Outcome = 'idle' | 'busy' | 'done' | { readonly error: unknown };

/** Plaatsingen exporteren: a consultant's placements as iWmo toewijzingen (CSV or JSON). */
export default function PlacementsExportPage() {
  const tokens = useSessionStore();
  const session = useSession();
  const { reference } = useReference();
  const [choice, setChoice] = useState(() => ({
    municipality: '',
    ...defaultPeriod(),
    format: 'csv' as 'csv' | 'json',
  }));
  const [outcome, setOutcome] = useState<Outcome>('idle');
  const [problems, setProblems] = useState<Partial<Record<'from' | 'to', string>>>({});
  const codes = session.status === 'active' ? session.user.municipalityCodes : [];
  const fieldError = (field: 'from' | 'to') =>
    problems[field] ??
    (typeof outcome === 'object'
      ? failuresOf(outcome.error).find((failure) => failure.field === field)?.message
      : undefined);
  const generalError =
    typeof outcome === 'object' &&
    !failuresOf(outcome.error).some((failure) => ['from', 'to'].includes(failure.field ?? ''));

  const download = async () => {
    const found = periodProblems(choice);
    setProblems(found);
    if (found.from || found.to) {
      setOutcome('idle');
      document.getElementById(found.from ? 'placements-from' : 'placements-to')?.focus();
      return;
    }
    setOutcome('busy');
    try {
      await downloadExchangeFile(tokens, exportPath(choice), `toewijzingen.${choice.format}`);
      setOutcome('done');
    } catch (error) {
      setOutcome({ error });
    }
  };

  return (
    <>
      <PageTitle>{TEXT.title}</PageTitle>
      <Paragraph lead>{TEXT.intro}</Paragraph>
      <Paragraph>{TEXT.volumeHint}</Paragraph>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void download();
        }}
      >
        <SelectField
          id="placements-municipality"
          label={TEXT.municipality}
          value={choice.municipality}
          onChange={(municipality) => setChoice({ ...choice, municipality })}
          emptyChoice={TEXT.allMunicipalities}
          choices={codes.map((code) => ({
            value: code,
            label: reference?.municipality(code) ?? code,
          }))}
        />
        <TextField
          id="placements-from"
          label={TEXT.from}
          description={TEXT.fromHint}
          type="date"
          required
          value={choice.from}
          error={fieldError('from')}
          onChange={(from) => setChoice({ ...choice, from })}
        />
        <TextField
          id="placements-to"
          label={TEXT.to}
          type="date"
          required
          value={choice.to}
          error={fieldError('to')}
          onChange={(to) => setChoice({ ...choice, to })}
        />
        <SelectField
          id="placements-format"
          label={TEXT.format}
          value={choice.format}
          onChange={(format) =>
            setChoice({ ...choice, format: format === 'json' ? 'json' : 'csv' })
          }
          choices={[
            { value: 'csv', label: TEXT.csv },
            { value: 'json', label: TEXT.json },
          ]}
        />
        <Paragraph>
          <Button
            type="submit"
            appearance="primary-action-button"
            busy={outcome === 'busy'}
            disabled={outcome === 'busy'}
          >
            {outcome === 'busy' ? TEXT.downloading : TEXT.download}
          </Button>
        </Paragraph>
      </form>
      <div aria-live="polite">{outcome === 'done' && <Notice type="ok">{TEXT.done}</Notice>}</div>
      {typeof outcome === 'object' && generalError && (
        <ErrorNotice error={outcome.error} title={TEXT.failed} />
      )}
    </>
  );
}
