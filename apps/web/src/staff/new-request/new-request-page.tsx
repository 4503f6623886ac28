import { useMutation } from '@apollo/client/react';
import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useSession } from '../../app/session-context';
import { graphql } from '../../gql';
import type { Financing, Urgency } from '../../gql/schema-types';
import { FINANCING_LABELS, URGENCY_LABELS } from '../../shared/labels';
import { useReference } from '../../shared/reference';
import { useDraft } from '../../shared/use-draft';
import { AppLink } from '../../shared/ui/app-link';
import { useFormSubmit } from '../../shared/use-form-submit';
import { ErrorNotice } from '../../shared/ui/error-notice';
import {
  CheckboxField,
  CheckboxGroupField,
  RadioGroupField,
  SelectField,
  TextareaField,
  TextField,
} from '../../shared/ui/fields';
import { Loading } from '../../shared/ui/loading';
import { PageTitle } from '../../shared/ui/page-title';
import { SubmitProblems } from '../../shared/ui/submit-problems';
import '../staff.css';
import {
  emptyRequestForm,
  FIELD_IDS,
  LIMITS,
  REQUEST_FIELDS,
  serverProblems,
  toCreateRequestInput,
  validateRequestForm,
  type RequestField,
  type RequestFormValues,
} from './request-form';
import { TEXT } from './texts';

const StaffCreateRequest = graphql(`
  mutation StaffCreateRequest($input: CreateRequestInput!) {
    createRequest(input: $input) {
      id
      reference
    }
  }
`);

/** Shown once on the request page after it was made. */
export interface CreatedState {
  readonly created: string;
}

export default function NewRequestPage() {
  const session = useSession();
  const own = session.status === 'active' ? session.user.municipalityCodes : [];
  const { reference, error: referenceError } = useReference();
  const navigate = useNavigate();
  const [values, set] = useDraft<RequestFormValues>(() => emptyRequestForm(own));
  const save = useFormSubmit(REQUEST_FIELDS, FIELD_IDS);
  const [createRequest] = useMutation(StaffCreateRequest);

  const errorOf = (field: RequestField) => save.problems[field];

  const send = async () => {
    const { data } = await createRequest({ variables: { input: toCreateRequestInput(values) } });
    if (!data) throw new Error('no data');
    const state: CreatedState = { created: data.createRequest.reference };
    void navigate(`/aanvragen/${data.createRequest.id}`, { state });
  };
  const submit = (event: FormEvent) =>
    save.submit(event, { check: () => validateRequestForm(values), send, serverProblems });

  if (referenceError && !reference) {
    return (
      <>
        <PageTitle>{TEXT.title}</PageTitle>
        <ErrorNotice error={referenceError} title={TEXT.referenceFailed} />
      </>
    );
  }
  if (!reference) {
    return (
      <>
        <PageTitle>{TEXT.title}</PageTitle>
        <Loading>{TEXT.loading}</Loading>
      </>
    );
  }

  const languageChoices = reference.languages.map((l) => ({ value: l.code, label: l.name }));
  return (
    <div className="wmo-staff-form">
      <PageTitle>{TEXT.title}</PageTitle>
      <Paragraph>{TEXT.intro}</Paragraph>
      <Alert type="warning">
        <Heading2>{TEXT.privacyTitle}</Heading2>
        <Paragraph>{TEXT.privacy}</Paragraph>
      </Alert>
      <SubmitProblems form={save} failedTitle={TEXT.failed} />
      <form onSubmit={submit} noValidate aria-label={TEXT.title}>
        <section className="wmo-staff-form-section" aria-labelledby="aanvraag-inwoner">
          <Heading2 id="aanvraag-inwoner">{TEXT.resident}</Heading2>
          <SelectField
            id={FIELD_IDS.municipalityCode}
            label={TEXT.municipality}
            value={values.municipalityCode}
            onChange={set('municipalityCode')}
            emptyChoice={own.length === 1 ? undefined : TEXT.municipalityChoose}
            required
            choices={own.map((code) => ({ value: code, label: reference.municipality(code) }))}
            error={errorOf('municipalityCode')}
          />
          <TextField
            id={FIELD_IDS.postcode}
            label={TEXT.postcode}
            description={TEXT.postcodeHelp}
            value={values.postcode}
            onChange={set('postcode')}
            required
            autoComplete="off"
            maxLength={7}
            size={8}
            spellCheck={false}
            error={errorOf('postcode')}
          />
        </section>

        <section className="wmo-staff-form-section" aria-labelledby="aanvraag-hulpvraag">
          <Heading2 id="aanvraag-hulpvraag">{TEXT.request}</Heading2>
          <SelectField
            id={FIELD_IDS.productCode}
            label={TEXT.product}
            value={values.productCode}
            onChange={set('productCode')}
            emptyChoice={TEXT.productChoose}
            required
            choices={reference.products.map((p) => ({ value: p.code, label: p.name }))}
            error={errorOf('productCode')}
          />
          <CheckboxGroupField
            id={FIELD_IDS.specialisms}
            label={TEXT.specialisms}
            description={TEXT.specialismsHelp}
            values={values.specialisms}
            onChange={set('specialisms')}
            choices={reference.specialisms.map((s) => ({ value: s.code, label: s.name }))}
            error={errorOf('specialisms')}
          />
          <RadioGroupField
            id={FIELD_IDS.urgency}
            label={TEXT.urgency}
            value={values.urgency}
            onChange={(value) => set('urgency')(value as Urgency)}
            choices={(Object.keys(URGENCY_LABELS) as Urgency[]).map((u) => ({
              value: u,
              label: URGENCY_LABELS[u],
            }))}
            error={errorOf('urgency')}
          />
        </section>

        <section className="wmo-staff-form-section" aria-labelledby="aanvraag-wensen">
          <Heading2 id="aanvraag-wensen">{TEXT.wishes}</Heading2>
          <TextField
            id={FIELD_IDS.maxDistanceKm}
            label={TEXT.maxDistance}
            description={TEXT.maxDistanceHelp}
            value={values.maxDistanceKm}
            onChange={set('maxDistanceKm')}
            inputMode="decimal"
            size={6}
            maxLength={6}
            error={errorOf('maxDistanceKm')}
          />
          <div className="wmo-staff-languages">
            <CheckboxGroupField
              id={FIELD_IDS.languages}
              label={TEXT.languages}
              description={TEXT.languagesHelp}
              values={values.languages}
              onChange={set('languages')}
              choices={languageChoices}
              error={errorOf('languages')}
            />
          </div>
          <div className="wmo-staff-languages">
            <CheckboxGroupField
              id={FIELD_IDS.requiredLanguages}
              label={TEXT.requiredLanguages}
              description={TEXT.requiredLanguagesHelp}
              values={values.requiredLanguages}
              onChange={set('requiredLanguages')}
              choices={languageChoices}
              error={errorOf('requiredLanguages')}
            />
          </div>
          <RadioGroupField
            id={FIELD_IDS.financing}
            label={TEXT.financing}
            value={values.financing}
            onChange={(value) => set('financing')(value as Financing | '')}
            choices={[
              { value: '', label: TEXT.financingAny },
              ...(Object.keys(FINANCING_LABELS) as Financing[]).map((f) => ({
                value: f,
                label: FINANCING_LABELS[f],
              })),
            ]}
            error={errorOf('financing')}
          />
          <CheckboxField
            id={FIELD_IDS.acceptsWaitingList}
            label={TEXT.acceptsWaitingList}
            description={TEXT.acceptsWaitingListHelp}
            checked={values.acceptsWaitingList}
            onChange={set('acceptsWaitingList')}
            error={errorOf('acceptsWaitingList')}
          />
          <TextField
            id={FIELD_IDS.maxWaitingWeeks}
            label={TEXT.maxWaitingWeeks}
            description={TEXT.maxWaitingWeeksHelp}
            value={values.maxWaitingWeeks}
            onChange={set('maxWaitingWeeks')}
            inputMode="numeric"
            size={4}
            maxLength={3}
            error={errorOf('maxWaitingWeeks')}
          />
        </section>

        <section className="wmo-staff-form-section" aria-labelledby="aanvraag-partners">
          <Heading2 id="aanvraag-partners">{TEXT.partners}</Heading2>
          <TextareaField
            id={FIELD_IDS.strategicPartnerMismatch}
            label={TEXT.reason}
            description={TEXT.reasonHelp}
            value={values.strategicPartnerMismatch}
            onChange={set('strategicPartnerMismatch')}
            required
            maxLength={LIMITS.reason.max}
            error={errorOf('strategicPartnerMismatch')}
          />
          <CheckboxField
            id={FIELD_IDS.excludeStrategicPartners}
            label={TEXT.excludePartners}
            description={TEXT.excludePartnersHelp}
            checked={values.excludeStrategicPartners}
            onChange={set('excludeStrategicPartners')}
            error={errorOf('excludeStrategicPartners')}
          />
        </section>

        <div className="wmo-staff-actions">
          <Button
            type="submit"
            appearance="primary-action-button"
            busy={save.busy}
            disabled={save.busy}
          >
            {save.busy ? TEXT.busy : TEXT.submit}
          </Button>
          <AppLink href="/aanvragen">{TEXT.cancel}</AppLink>
        </div>
      </form>
    </div>
  );
}
