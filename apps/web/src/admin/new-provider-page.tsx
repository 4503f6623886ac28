import { useMutation } from '@apollo/client/react';
import { Button, Paragraph } from '@utrecht/component-library-react';
import type { FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { graphql } from '../gql';
import { useReference } from '../shared/reference';
import { useDraft } from '../shared/use-draft';
import { AppLink } from '../shared/ui/app-link';
import { useFormSubmit } from '../shared/use-form-submit';
import { ErrorNotice } from '../shared/ui/error-notice';
import { CheckboxGroupField, RadioGroupField, TextField } from '../shared/ui/fields';
import { Loading } from '../shared/ui/loading';
import { PageTitle } from '../shared/ui/page-title';
import { SubmitProblems } from '../shared/ui/submit-problems';
import {
  EMPTY_PROVIDER,
  NEW_PROVIDER_FIELDS,
  NEW_PROVIDER_INPUT_IDS as IDS,
  providerServerProblems,
  toCreateProviderInput,
  validateNewProvider,
  type NewProviderDraft,
} from './new-provider-form';
import type { NewUserPageState } from './new-user-page';
import type { ProvidersPageState } from './providers-page';
import { NEW_PROVIDER_TEXT as TEXT } from './texts';
import './admin.css';

const AdminCreateProvider = graphql(`
  mutation AdminCreateProvider($input: CreateProviderInput!) {
    createProvider(input: $input) {
      id
      name
    }
  }
`);

/** Set when the administrator came here from the new user form (and goes back there after). */
export interface NewProviderPageState {
  readonly forNewUser?: { readonly name: string; readonly email: string };
}

/** Nieuwe aanbieder: name, strategic partner or not, languages, KvK number and AGB code. */
export function NewProviderPage() {
  const navigate = useNavigate();
  const forNewUser = (useLocation().state as NewProviderPageState | null)?.forNewUser;
  const { reference, error: referenceError } = useReference();
  const [draft, change] = useDraft<NewProviderDraft>(EMPTY_PROVIDER);
  const form = useFormSubmit(NEW_PROVIDER_FIELDS, IDS);
  const { problems, busy } = form;
  const [createProvider] = useMutation(AdminCreateProvider);

  const send = async () => {
    const result = await createProvider({ variables: { input: toCreateProviderInput(draft) } });
    const created = result.data?.createProvider;
    if (!created) return;
    const provider = { id: created.id, name: created.name };
    if (forNewUser) {
      const state: NewUserPageState = { provider, providerAdded: true, draft: forNewUser };
      void navigate('/beheer/gebruikers/nieuw', { state });
    } else {
      const state: ProvidersPageState = { created: provider };
      void navigate('/beheer/aanbieders', { state });
    }
  };
  const submit = (event: FormEvent) =>
    form.submit(event, {
      check: () => validateNewProvider(draft),
      send,
      serverProblems: providerServerProblems,
    });

  if (referenceError) return <ErrorNotice error={referenceError} />;
  if (!reference) return <Loading />;

  return (
    <div className="wmo-narrow">
      <Paragraph>
        {forNewUser ? (
          <AppLink href="/beheer/gebruikers/nieuw">{TEXT.backToUser}</AppLink>
        ) : (
          <AppLink href="/beheer/aanbieders">{TEXT.back}</AppLink>
        )}
      </Paragraph>
      <PageTitle>{TEXT.title}</PageTitle>
      <Paragraph>{TEXT.intro}</Paragraph>
      <SubmitProblems form={form} failedTitle={TEXT.failed} />
      <form onSubmit={submit} noValidate aria-label={TEXT.form} className="wmo-admin-form">
        <TextField
          id={IDS.name}
          label={TEXT.name}
          description={TEXT.nameHint}
          required
          autoComplete="organization"
          maxLength={120}
          value={draft.name}
          onChange={change('name')}
          error={problems.name}
        />
        <RadioGroupField
          id={IDS.strategicPartner}
          label={TEXT.partner}
          description={TEXT.partnerHint}
          value={draft.strategicPartner}
          onChange={change('strategicPartner')}
          choices={TEXT.partnerChoices}
          error={problems.strategicPartner}
        />
        <CheckboxGroupField
          id={IDS.languages}
          label={TEXT.languages}
          description={TEXT.languagesHint}
          values={draft.languages}
          onChange={change('languages')}
          choices={reference.languages.map((language) => ({
            value: language.code,
            label: language.name,
          }))}
          error={problems.languages}
        />
        <TextField
          id={IDS.kvkNumber}
          label={TEXT.kvk}
          description={TEXT.kvkHint}
          inputMode="numeric"
          autoComplete="off"
          maxLength={12}
          size={12}
          value={draft.kvkNumber}
          onChange={change('kvkNumber')}
          error={problems.kvkNumber}
        />
        <TextField
          id={IDS.agbCode}
          label={TEXT.agb}
          description={TEXT.agbHint}
          inputMode="numeric"
          autoComplete="off"
          maxLength={12}
          size={12}
          value={draft.agbCode}
          onChange={change('agbCode')}
          error={problems.agbCode}
        />
        <Paragraph className="wmo-admin-actions">
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {busy ? TEXT.busy : TEXT.submit}
          </Button>
        </Paragraph>
      </form>
    </div>
  );
}
