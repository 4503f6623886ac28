import { useQuery } from '@apollo/client/react';
import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Paragraph,
  RadioButton,
} from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { graphql } from '../gql';
import { ErrorNotice } from '../shared/ui/error-notice';
import { describedBy, FieldText } from '../shared/ui/field-frame';
import { SearchField } from './search-field';
import { StateLink } from './state-link';
import { NEW_USER_TEXT as TEXT } from './texts';

const AdminProviderChoices = graphql(`
  query AdminProviderChoices($filter: ProviderListFilter, $first: Int) {
    providers(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          id
          name
          strategicPartner
        }
      }
    }
  }
`);

const SHOWN = 8;
/** Wait for a pause in typing before asking the server. */
const TYPING_PAUSE_MS = 300;

export interface ChosenProvider {
  readonly id: string;
  readonly name: string;
}

/**
 * Choosing the provider an employee works for: a search box and the providers found as radio
 * buttons, all in one fieldset (the error summary links to it). How many were found is said in a
 * polite live region. The chosen provider stays in the list while the search changes.
 */
export function ProviderChooser({
  id,
  chosen,
  onChoose,
  error,
  newProviderState,
}: {
  id: string;
  chosen: ChosenProvider | null;
  onChoose: (provider: ChosenProvider) => void;
  error?: string;
  /** Handed to the new provider page, which hands it back with the provider it added. */
  newProviderState: unknown;
}) {
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const result = useQuery(AdminProviderChoices, {
    variables: { filter: { text: query || null }, first: SHOWN },
  });
  const found = result.data?.providers;
  const options = found?.edges.map(({ node }) => node) ?? [];
  const shown =
    chosen && !options.some((option) => option.id === chosen.id)
      ? [{ ...chosen, strategicPartner: false }, ...options]
      : options;

  const frame = { id, label: TEXT.provider, description: TEXT.providerHint, error };
  return (
    <Fieldset
      id={id}
      tabIndex={-1}
      invalid={Boolean(error)}
      aria-describedby={describedBy(frame)}
      className="wmo-admin-fieldset"
    >
      <FieldsetLegend>{TEXT.provider}</FieldsetLegend>
      <FieldText {...frame} />
      <SearchField
        id={`${id}-search`}
        label={TEXT.providerSearch}
        description={TEXT.providerSearchHint}
        value={text}
        onChange={setText}
        onEnter={() => setQuery(text.trim())}
      />
      <Paragraph role="status">
        {result.error && !found ? '' : foundSentence(found, query)}
      </Paragraph>
      {result.error && !found && (
        <ErrorNotice error={result.error} onRetry={() => void result.refetch()} />
      )}
      <div className="wmo-admin-choices">
        {shown.map((option) => {
          const inputId = `${id}-${option.id}`;
          const checked = chosen?.id === option.id;
          return (
            <FormField key={option.id} type="radio">
              <div className="utrecht-form-field__input">
                <RadioButton
                  id={inputId}
                  name={id}
                  value={option.id}
                  checked={checked}
                  invalid={Boolean(error)}
                  onChange={() => onChoose({ id: option.id, name: option.name })}
                />
              </div>
              <div className="utrecht-form-field__label utrecht-form-field__label--radio">
                <FormLabel htmlFor={inputId} type="radio" checked={checked}>
                  {option.name}
                  {option.strategicPartner && <> ({TEXT.strategicPartner})</>}
                </FormLabel>
              </div>
            </FormField>
          );
        })}
      </div>
      <Paragraph>
        <StateLink href="/beheer/aanbieders/nieuw" state={newProviderState}>
          {TEXT.providerMissingLink}
        </StateLink>
      </Paragraph>
    </Fieldset>
  );
}

function foundSentence(found: { totalCount: number; edges: unknown[] } | undefined, query: string) {
  if (!found) return TEXT.providerLoading;
  const { totalCount, edges } = found;
  if (!query) {
    return totalCount === 0 ? TEXT.providerNoneYet : TEXT.providerNewest(totalCount, edges.length);
  }
  if (totalCount === 0) return TEXT.providerNone;
  return totalCount > edges.length
    ? TEXT.providerMore(totalCount, edges.length)
    : TEXT.providerFound(totalCount);
}
