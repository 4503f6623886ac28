import { useMutation, useQuery } from '@apollo/client/react';
import { Button, ButtonGroup, Heading2, Paragraph, Strong } from '@utrecht/component-library-react';
import type { FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useSession } from '../app/session-context';
import { graphql } from '../gql';
import type { Financing } from '../gql/schema-types';
import { FINANCING_LABELS } from '../shared/labels';
import { useReference, type Reference } from '../shared/reference';
import { useDraft } from '../shared/use-draft';
import { useFormSubmit } from '../shared/use-form-submit';
import { AppLink } from '../shared/ui/app-link';
import { ErrorNotice } from '../shared/ui/error-notice';
import { CheckboxGroupField, SelectField, TextField } from '../shared/ui/fields';
import { Loading } from '../shared/ui/loading';
import { PageTitle } from '../shared/ui/page-title';
import { SubmitProblems } from '../shared/ui/submit-problems';
import type { BoardNotice } from './capacity-board-page';
import {
  EMPTY_OFFERING_FORM,
  FIELD_ORDER,
  formOf,
  INPUT_IDS,
  inputIdOf,
  offeringServerProblems,
  toCapacityInput,
  toCreateInput,
  toUpdateInput,
  validateOfferingForm,
  type OfferingField,
  type OfferingFormMode,
  type OfferingFormValues,
  type StoredOffering,
} from './offering-form';
import { OFFERING_FORM as TEXT } from './texts';
import './provider.css';

const EditedOffering = graphql(`
  query ProviderOffering($id: ID!) {
    offering(id: $id) {
      id
      productCode
      specialisms
      postcode
      municipalitiesServed
      maxTravelKm
      totalPlaces
      freePlaces
      waitingWeeks
      financing
    }
  }
`);

const CreateOffering = graphql(`
  mutation ProviderCreateOffering($input: CreateOfferingInput!) {
    createOffering(input: $input) {
      ...ProviderBoardOffering
    }
  }
`);

const UpdateOffering = graphql(`
  mutation ProviderUpdateOffering($input: UpdateOfferingInput!) {
    updateOffering(input: $input) {
      ...ProviderBoardOffering
      maxTravelKm
      financing
    }
  }
`);

const UpdateOfferingCapacity = graphql(`
  mutation ProviderUpdateOfferingCapacity($input: UpdateCapacityInput!) {
    updateCapacity(input: $input) {
      ...ProviderBoardOffering
    }
  }
`);

const FINANCING_FORMS: readonly Financing[] = ['ZIN', 'PGB'];

/** Aanbod toevoegen: an empty form for a new offering of the provider's own organisation. */
export function NewOfferingPage() {
  const { reference, error } = useReference();
  return (
    <>
      <PageTitle>{TEXT.createTitle}</PageTitle>
      <Paragraph>{TEXT.createIntro}</Paragraph>
      {error && !reference ? (
        <ErrorNotice error={error} title={TEXT.loadFailed} />
      ) : !reference ? (
        <Loading>{TEXT.loading}</Loading>
      ) : (
        <OfferingForm mode="create" reference={reference} initial={EMPTY_OFFERING_FORM} />
      )}
    </>
  );
}

/** Aanbod wijzigen: the form filled with a stored offering of the provider. */
export function EditOfferingPage() {
  const { offeringId = '' } = useParams();
  const { reference, error: referenceError } = useReference();
  const { data, error, refetch } = useQuery(EditedOffering, {
    variables: { id: offeringId },
    fetchPolicy: 'network-only',
  });
  const failure = error ?? referenceError;
  let body;
  if (failure && !data) {
    body = <ErrorNotice error={failure} title={TEXT.loadFailed} onRetry={() => void refetch()} />;
  } else if (!data || !reference) {
    body = <Loading>{TEXT.loading}</Loading>;
  } else if (!data.offering) {
    return (
      <>
        <PageTitle>{TEXT.notFoundTitle}</PageTitle>
        <Paragraph>{TEXT.notFoundText}</Paragraph>
        <Paragraph>
          <AppLink href="/aanbod">{TEXT.back}</AppLink>
        </Paragraph>
      </>
    );
  } else {
    body = (
      <OfferingForm
        key={data.offering.id}
        mode="edit"
        reference={reference}
        stored={data.offering}
        initial={formOf(data.offering)}
      />
    );
  }
  return (
    <>
      <PageTitle>{TEXT.editTitle}</PageTitle>
      <Paragraph>{TEXT.editIntro}</Paragraph>
      {body}
    </>
  );
}

function OfferingForm({
  mode,
  reference,
  initial,
  stored,
}: {
  mode: OfferingFormMode;
  reference: Reference;
  initial: OfferingFormValues;
  stored?: StoredOffering;
}) {
  const session = useSession();
  const navigate = useNavigate();
  const providerId = session.status === 'active' ? (session.user.provider?.id ?? '') : '';
  const [values, change] = useDraft(initial);
  const form = useFormSubmit(FIELD_ORDER, INPUT_IDS);
  const { problems: errors, busy } = form;
  const [createOffering] = useMutation(CreateOffering);
  const [updateOffering] = useMutation(UpdateOffering);
  const [updateCapacity] = useMutation(UpdateOfferingCapacity);

  const set =
    <F extends OfferingField>(field: F) =>
    (value: OfferingFormValues[F]) => {
      change(field)(value);
      form.clearProblem(field);
    };

  const send = async () => {
    const name = reference.product(values.productCode);
    if (mode === 'create') {
      await createOffering({ variables: { input: toCreateInput(values, providerId) } });
      void navigate('/aanbod', { state: { notice: TEXT.created(name) } satisfies BoardNotice });
      return;
    }
    if (!stored) return;
    await updateOffering({ variables: { input: toUpdateInput(values, stored.id) } });
    const capacity = toCapacityInput(values, stored);
    if (capacity) await updateCapacity({ variables: { input: capacity } });
    void navigate('/aanbod', { state: { notice: TEXT.saved(name) } satisfies BoardNotice });
  };
  const submit = (event: FormEvent) =>
    form.submit(event, {
      check: () => validateOfferingForm(values, mode),
      send,
      serverProblems: offeringServerProblems,
    });

  const regionFirst = [...reference.municipalities].sort(
    (a, b) => Number(b.inRegion) - Number(a.inRegion) || a.name.localeCompare(b.name, 'nl'),
  );

  return (
    <form
      className="wmo-offering-form"
      onSubmit={submit}
      noValidate
      aria-label={mode === 'create' ? TEXT.createTitle : TEXT.editTitle}
    >
      <SubmitProblems form={form} failedTitle={TEXT.saveFailed} />

      <Heading2>{TEXT.whatTitle}</Heading2>
      {mode === 'create' ? (
        <SelectField
          id={inputIdOf('productCode')}
          label={TEXT.product}
          required
          emptyChoice={TEXT.productChoose}
          choices={reference.products.map((p) => ({ value: p.code, label: p.name }))}
          value={values.productCode}
          onChange={set('productCode')}
          error={errors.productCode}
        />
      ) : (
        <>
          <Paragraph>
            <Strong>{TEXT.product}:</Strong> {reference.product(values.productCode)}
          </Paragraph>
          <Paragraph>
            <small>{TEXT.productFixedHint}</small>
          </Paragraph>
        </>
      )}
      <CheckboxGroupField
        id={inputIdOf('specialisms')}
        label={TEXT.targetGroups}
        description={TEXT.targetGroupsHint}
        choices={reference.specialisms.map((s) => ({ value: s.code, label: s.name }))}
        values={values.specialisms}
        onChange={set('specialisms')}
        error={errors.specialisms}
      />

      <Heading2>{TEXT.whereTitle}</Heading2>
      <TextField
        id={inputIdOf('postcode')}
        label={TEXT.postcode}
        description={TEXT.postcodeHint}
        required
        autoComplete="off"
        maxLength={10}
        size={8}
        value={values.postcode}
        onChange={set('postcode')}
        error={errors.postcode}
      />
      <CheckboxGroupField
        id={inputIdOf('municipalitiesServed')}
        label={TEXT.municipalities}
        choices={regionFirst.map((m) => ({
          value: m.code,
          label: m.inRegion ? m.name : TEXT.outsideRegion(m.name),
        }))}
        values={values.municipalitiesServed}
        onChange={set('municipalitiesServed')}
        error={errors.municipalitiesServed}
      />
      <TextField
        id={inputIdOf('maxTravelKm')}
        label={TEXT.maxTravelKm}
        description={TEXT.maxTravelKmHint}
        inputMode="decimal"
        size={6}
        maxLength={6}
        value={values.maxTravelKm}
        onChange={set('maxTravelKm')}
        error={errors.maxTravelKm}
      />

      <Heading2>{TEXT.placesTitle}</Heading2>
      <TextField
        id={inputIdOf('totalPlaces')}
        label={TEXT.totalPlaces}
        type="number"
        inputMode="numeric"
        min={0}
        step={1}
        size={6}
        required
        value={values.totalPlaces}
        onChange={set('totalPlaces')}
        error={errors.totalPlaces}
      />
      <TextField
        id={inputIdOf('freePlaces')}
        label={TEXT.freePlaces}
        description={TEXT.freePlacesHint}
        type="number"
        inputMode="numeric"
        min={0}
        step={1}
        size={6}
        required
        value={values.freePlaces}
        onChange={set('freePlaces')}
        error={errors.freePlaces}
      />
      <TextField
        id={inputIdOf('waitingWeeks')}
        label={TEXT.waitingWeeks}
        description={TEXT.waitingWeeksHint}
        type="number"
        inputMode="numeric"
        min={0}
        step={1}
        size={6}
        required
        value={values.waitingWeeks}
        onChange={set('waitingWeeks')}
        error={errors.waitingWeeks}
      />
      <CheckboxGroupField
        id={inputIdOf('financing')}
        label={TEXT.financing}
        description={TEXT.financingHint}
        choices={FINANCING_FORMS.map((f) => ({ value: f, label: FINANCING_LABELS[f] }))}
        values={values.financing}
        onChange={(next) => set('financing')(next as Financing[])}
        error={errors.financing}
      />

      <ButtonGroup className="wmo-form-actions">
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {mode === 'create'
            ? busy
              ? TEXT.creating
              : TEXT.create
            : busy
              ? TEXT.saving
              : TEXT.save}
        </Button>
        <AppLink href="/aanbod">{TEXT.cancel}</AppLink>
      </ButtonGroup>
    </form>
  );
}
