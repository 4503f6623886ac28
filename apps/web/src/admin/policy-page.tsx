import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { graphql } from '../gql';
import type { AdminMatchingPolicyQuery } from '../gql/graphql';
import { formatDateTime, formatNumberInput } from '../shared/format';
import { useReference } from '../shared/reference';
import { useDraft } from '../shared/use-draft';
import { AppLink } from '../shared/ui/app-link';
import { useFormSubmit } from '../shared/use-form-submit';
import { ErrorNotice } from '../shared/ui/error-notice';
import { SelectField, TextField } from '../shared/ui/fields';
import { Loading } from '../shared/ui/loading';
import { Notice } from '../shared/ui/notice';
import { PageTitle } from '../shared/ui/page-title';
import { SubmitProblems } from '../shared/ui/submit-problems';
import {
  POLICY_FIELDS,
  POLICY_INPUT_IDS as IDS,
  policyServerProblems,
  readPolicyForm,
  SETTING_FIELDS,
  toPolicyForm,
  WEIGHT_FIELDS,
  weightsTotal,
  type PolicyField,
  type PolicyForm,
} from './policy-form';
import { POLICY_TEXT as TEXT } from './texts';
import './admin.css';

const AdminMatchingPolicy = graphql(`
  query AdminMatchingPolicy($municipalityCode: String!) {
    matchingPolicy(municipalityCode: $municipalityCode) {
      municipalityCode
      version
      changedAt
      weights {
        distance
        waitingTime
        specialismDepth
        language
        capacityHeadroom
        freshness
      }
      distanceHalfLifeKm
      waitingHalfLifeWeeks
      staleAfterDays
      shortlistSize
      maxOptionsPerProvider
    }
  }
`);

const AdminUpdateMatchingPolicy = graphql(`
  mutation AdminUpdateMatchingPolicy($municipalityCode: String!, $input: MatchingPolicyInput!) {
    updateMatchingPolicy(municipalityCode: $municipalityCode, input: $input) {
      municipalityCode
      version
      changedAt
    }
  }
`);

type Policy = AdminMatchingPolicyQuery['matchingPolicy'];

/** Matchingbeleid: per municipality, the policy in force and a form to change it. */
export function PolicyPage() {
  const [params, setParams] = useSearchParams();
  const { reference, error: referenceError } = useReference();
  const requested = params.get('gemeente') ?? '';
  const municipality = reference?.municipalities.find((m) => m.code === requested) ?? null;

  if (referenceError) return <ErrorNotice error={referenceError} title={TEXT.errorTitle} />;
  if (!reference) return <Loading />;
  return (
    <>
      <PageTitle>{TEXT.title}</PageTitle>
      <Paragraph>{TEXT.intro}</Paragraph>
      <div className="wmo-narrow wmo-admin-form">
        <SelectField
          id="policy-municipality"
          label={TEXT.municipality}
          description={TEXT.municipalityHint}
          value={municipality?.code ?? ''}
          onChange={(code) => setParams(code ? { gemeente: code } : {})}
          choices={reference.municipalities.map((m) => ({ value: m.code, label: m.name }))}
          emptyChoice={TEXT.chooseMunicipality}
        />
      </div>
      {municipality ? (
        <MunicipalityPolicy
          key={municipality.code}
          code={municipality.code}
          name={municipality.name}
        />
      ) : (
        <Paragraph>{TEXT.chooseFirst}</Paragraph>
      )}
    </>
  );
}

function MunicipalityPolicy({ code, name }: { code: string; name: string }) {
  const { data, error, refetch } = useQuery(AdminMatchingPolicy, {
    variables: { municipalityCode: code },
    fetchPolicy: 'network-only',
  });
  const [saved, setSaved] = useState<number | null>(null);
  if (!data) {
    if (error)
      return <ErrorNotice error={error} title={TEXT.errorTitle} onRetry={() => void refetch()} />;
    return <Loading />;
  }
  const policy = data.matchingPolicy;
  return (
    <section aria-labelledby="policy-heading" className="wmo-admin-section">
      <Heading2 id="policy-heading">{TEXT.heading(name)}</Heading2>
      {saved !== null && (
        <Notice type="ok">
          <Paragraph>
            <strong>{TEXT.saved(saved, name)}</strong> {TEXT.savedRecompute(name)}
          </Paragraph>
          <Paragraph>
            <AppLink href="/beheer/matching">{TEXT.savedStatusLink}</AppLink>
          </Paragraph>
        </Notice>
      )}
      <DataList appearance="rows" className="wmo-admin-status-list">
        <DataListItem>
          <DataListKey>{TEXT.version}</DataListKey>
          <DataListValue>
            {policy.version === 0 ? TEXT.defaultVersion : String(policy.version)}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{TEXT.changedAt}</DataListKey>
          <DataListValue>
            {policy.changedAt ? (
              <time dateTime={policy.changedAt}>{formatDateTime(policy.changedAt)}</time>
            ) : (
              TEXT.neverChanged
            )}
          </DataListValue>
        </DataListItem>
      </DataList>
      <PolicyEditor
        key={policy.version}
        code={code}
        name={name}
        policy={policy}
        onSaved={(version) => {
          setSaved(version);
          void refetch();
        }}
      />
    </section>
  );
}

function PolicyEditor({
  code,
  name,
  policy,
  onSaved,
}: {
  code: string;
  name: string;
  policy: Policy;
  onSaved: (version: number) => void;
}) {
  const [form, change] = useDraft<PolicyForm>(() => toPolicyForm(policy));
  const saving = useFormSubmit(POLICY_FIELDS, IDS);
  const { problems, busy } = saving;
  const [update] = useMutation(AdminUpdateMatchingPolicy);

  const submit = (event: FormEvent) => {
    const read = readPolicyForm(form);
    return saving.submit(event, {
      check: () => read.problems ?? {},
      send: async () => {
        if (!read.input) return;
        const result = await update({ variables: { municipalityCode: code, input: read.input } });
        const version = result.data?.updateMatchingPolicy.version;
        if (version !== undefined) onSaved(version);
      },
      serverProblems: policyServerProblems,
    });
  };

  const field = (key: PolicyField) => (
    <TextField
      key={key}
      id={IDS[key]}
      label={TEXT.fields[key].label}
      description={TEXT.fields[key].hint}
      required
      inputMode="decimal"
      autoComplete="off"
      size={8}
      maxLength={12}
      value={form[key]}
      onChange={change(key)}
      error={problems[key]}
    />
  );
  const total = weightsTotal(form);

  return (
    <>
      <SubmitProblems form={saving} failedTitle={TEXT.failed} />
      <form
        onSubmit={submit}
        noValidate
        aria-label={TEXT.heading(name)}
        className="wmo-narrow wmo-admin-form"
      >
        <Fieldset
          className="wmo-admin-fieldset wmo-admin-numbers"
          aria-describedby="policy-weights-hint"
        >
          <FieldsetLegend>{TEXT.weightsLegend}</FieldsetLegend>
          <FormFieldDescription id="policy-weights-hint">{TEXT.weightsHint}</FormFieldDescription>
          {WEIGHT_FIELDS.map(field)}
          {total !== null && <Paragraph>{TEXT.weightsTotal(formatNumberInput(total))}</Paragraph>}
        </Fieldset>
        <Fieldset className="wmo-admin-fieldset wmo-admin-numbers">
          <FieldsetLegend>{TEXT.otherLegend}</FieldsetLegend>
          {SETTING_FIELDS.map(field)}
        </Fieldset>
        <Notice type="info">{TEXT.recomputeWarning(name)}</Notice>
        <Paragraph className="wmo-admin-actions">
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {busy ? TEXT.busy : TEXT.submit}
          </Button>
        </Paragraph>
      </form>
    </>
  );
}
