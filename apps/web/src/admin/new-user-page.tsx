import { useMutation } from '@apollo/client/react';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { graphql } from '../gql';
import { useReference } from '../shared/reference';
import { useDraft } from '../shared/use-draft';
import { AppLink } from '../shared/ui/app-link';
import { useFormSubmit } from '../shared/use-form-submit';
import { ErrorNotice } from '../shared/ui/error-notice';
import { CheckboxField, CheckboxGroupField, RadioGroupField, TextField } from '../shared/ui/fields';
import { Loading } from '../shared/ui/loading';
import { Notice } from '../shared/ui/notice';
import { PageTitle } from '../shared/ui/page-title';
import { SubmitProblems } from '../shared/ui/submit-problems';
import type { NewProviderPageState } from './new-provider-page';
import {
  ACCOUNT_ROLES,
  EMPTY_USER,
  NEW_USER_FIELDS,
  NEW_USER_INPUT_IDS as IDS,
  serverProblems,
  toCreateUserInput,
  validateNewUser,
  boundToMunicipalities,
  type AccountRole,
  type NewUserDraft,
} from './new-user-form';
import { ProviderChooser, type ChosenProvider } from './provider-chooser';
import { NEW_USER_TEXT as TEXT } from './texts';
import type { UsersPageState } from './users-page';
import './admin.css';

const AdminCreateUser = graphql(`
  mutation AdminCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      displayName
    }
  }
`);

/** What another page hands this one: a provider just added, and what was typed before. */
export interface NewUserPageState {
  readonly provider?: ChosenProvider;
  readonly providerAdded?: boolean;
  readonly draft?: { readonly name: string; readonly email: string };
}

const ROLE_CHOICES = ACCOUNT_ROLES.map((role) => ({ value: role, label: TEXT.roleChoices[role] }));

/** Nieuwe gebruiker: an account for a consultant, a provider's employee or an administrator. */
export function NewUserPage() {
  const navigate = useNavigate();
  const handedOver = useLocation().state as NewUserPageState | null;
  const { reference, error: referenceError } = useReference();
  const [draft, change] = useDraft<NewUserDraft>(() => ({
    ...EMPTY_USER,
    ...(handedOver?.draft ?? {}),
    ...(handedOver?.provider ? { role: 'PROVIDER', providerId: handedOver.provider.id } : {}),
  }));
  const [provider, setProvider] = useState<ChosenProvider | null>(handedOver?.provider ?? null);
  const form = useFormSubmit(NEW_USER_FIELDS, IDS);
  const { problems, busy } = form;
  const [showPassword, setShowPassword] = useState(false);
  const [createUser] = useMutation(AdminCreateUser);

  const send = async () => {
    if (!draft.role) return;
    const result = await createUser({
      variables: { input: toCreateUserInput({ ...draft, role: draft.role }) },
    });
    const created = result.data?.createUser;
    if (!created) return;
    const state: UsersPageState = { created: { displayName: created.displayName } };
    void navigate('/beheer/gebruikers', { state });
  };
  const submit = (event: FormEvent) =>
    form.submit(event, { check: () => validateNewUser(draft), send, serverProblems });

  if (referenceError) return <ErrorNotice error={referenceError} />;
  if (!reference) return <Loading />;

  const providerPageState: NewProviderPageState = {
    forNewUser: { name: draft.name, email: draft.email },
  };
  return (
    <div className="wmo-narrow">
      <Paragraph>
        <AppLink href="/beheer/gebruikers">{TEXT.back}</AppLink>
      </Paragraph>
      <PageTitle>{TEXT.title}</PageTitle>
      {handedOver?.providerAdded && handedOver.provider && (
        <Notice type="ok">{TEXT.providerAdded(handedOver.provider.name)}</Notice>
      )}
      <Paragraph>{TEXT.intro}</Paragraph>
      <SubmitProblems form={form} failedTitle={TEXT.failed} />
      <form onSubmit={submit} noValidate aria-label={TEXT.form} className="wmo-admin-form">
        <RadioGroupField
          id={IDS.role}
          label={TEXT.role}
          value={draft.role}
          onChange={(value) => change('role')(value as AccountRole)}
          choices={ROLE_CHOICES}
          error={problems.role}
        />
        {boundToMunicipalities(draft.role) && (
          <CheckboxGroupField
            id={IDS.municipalityCodes}
            label={TEXT.municipalities}
            description={
              draft.role === 'POLICY' ? TEXT.policyMunicipalitiesHint : TEXT.municipalitiesHint
            }
            values={draft.municipalityCodes}
            onChange={change('municipalityCodes')}
            choices={reference.municipalities.map((municipality) => ({
              value: municipality.code,
              label: municipality.inRegion
                ? municipality.name
                : TEXT.outsideRegion(municipality.name),
            }))}
            error={problems.municipalityCodes}
          />
        )}
        {draft.role === 'PROVIDER' && (
          <ProviderChooser
            id={IDS.providerId}
            chosen={provider}
            onChoose={(chosen) => {
              setProvider(chosen);
              change('providerId')(chosen.id);
            }}
            error={problems.providerId}
            newProviderState={providerPageState}
          />
        )}
        <TextField
          id={IDS.name}
          label={TEXT.name}
          description={TEXT.nameHint}
          required
          autoComplete="off"
          maxLength={80}
          value={draft.name}
          onChange={change('name')}
          error={problems.name}
        />
        <TextField
          id={IDS.email}
          label={TEXT.email}
          description={TEXT.emailHint}
          type="email"
          required
          autoComplete="off"
          spellCheck={false}
          maxLength={254}
          value={draft.email}
          onChange={change('email')}
          error={problems.email}
        />
        <TextField
          id={IDS.password}
          label={TEXT.password}
          description={TEXT.passwordHint}
          type={showPassword ? 'text' : 'password'}
          required
          autoComplete="new-password"
          spellCheck={false}
          maxLength={256}
          value={draft.password}
          onChange={change('password')}
          error={problems.password}
        />
        <CheckboxField
          id="user-password-show"
          label={TEXT.showPassword}
          checked={showPassword}
          onChange={setShowPassword}
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
