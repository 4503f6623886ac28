import { useQuery } from '@apollo/client/react';
import {
  Button,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { graphql } from '../gql';
import { useReference, type Reference } from '../shared/reference';
import { AppButtonLink, AppLink } from '../shared/ui/app-link';
import { EmptyState } from '../shared/ui/empty-state';
import { ErrorNotice } from '../shared/ui/error-notice';
import { SelectField } from '../shared/ui/fields';
import { Loading } from '../shared/ui/loading';
import { Notice } from '../shared/ui/notice';
import { PageTitle } from '../shared/ui/page-title';
import { languageNames } from './list-labels';
import { ListTable } from './list-table';
import type { NewUserPageState } from './new-user-page';
import type { ChosenProvider } from './provider-chooser';
import { SearchField } from './search-field';
import { StateButtonLink, StateLink } from './state-link';
import { LIST_TEXT, PROVIDERS_TEXT as TEXT } from './texts';
import { usePages } from './use-pages';
import './admin.css';

const PAGE_SIZE = 20;

const AdminProviderList = graphql(`
  query AdminProviderList($filter: ProviderListFilter, $first: Int, $after: String) {
    providers(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          strategicPartner
          languages
          kvkNumber
          agbCode
        }
      }
    }
  }
`);

/** Set by the new provider page: the provider just added. */
export interface ProvidersPageState {
  readonly created?: ChosenProvider;
}

const PARTNER_VALUES: Readonly<Record<string, boolean>> = { ja: true, nee: false };

/** Aanbieders: every provider, newest first, with a way to add one and to make an account. */
export function ProvidersPage() {
  const [params, setParams] = useSearchParams();
  const text = params.get('zoek') ?? '';
  const partnerParam = params.get('partner') ?? '';
  const partner = partnerParam in PARTNER_VALUES ? partnerParam : '';
  const created = (useLocation().state as ProvidersPageState | null)?.created;
  const { reference, error: referenceError } = useReference();

  const search = (next: { text: string; partner: string }) => {
    const query = new URLSearchParams();
    if (next.text.trim()) query.set('zoek', next.text.trim());
    if (next.partner) query.set('partner', next.partner);
    setParams(query);
  };

  return (
    <>
      <PageTitle>{TEXT.title}</PageTitle>
      {created && (
        <Notice type="ok">
          <Paragraph>
            <strong>{TEXT.created(created.name)}</strong> {TEXT.createdNext}
          </Paragraph>
          <Paragraph>
            <StateButtonLink
              appearance="secondary-action-button"
              href="/beheer/gebruikers/nieuw"
              state={{ provider: created } satisfies NewUserPageState}
            >
              {TEXT.makeAccount(created.name)}
            </StateButtonLink>
          </Paragraph>
        </Notice>
      )}
      <Paragraph>{TEXT.intro}</Paragraph>
      <div className="wmo-toolbar wmo-admin-actions">
        <AppButtonLink appearance="primary-action-button" href="/beheer/aanbieders/nieuw">
          {TEXT.newProvider}
        </AppButtonLink>
        <AppLink href="/beheer/gebruikers">{TEXT.users}</AppLink>
      </div>
      <ProviderFilter
        key={`filter|${text}|${partner}`}
        text={text}
        partner={partner}
        onSearch={search}
      />
      {referenceError ? (
        <ErrorNotice error={referenceError} title={TEXT.errorTitle} />
      ) : !reference ? (
        <Loading>{LIST_TEXT.loading}</Loading>
      ) : (
        <ProviderTable
          key={`table|${text}|${partner}`}
          text={text}
          partner={partner}
          reference={reference}
        />
      )}
    </>
  );
}

function ProviderFilter(props: {
  text: string;
  partner: string;
  onSearch: (filter: { text: string; partner: string }) => void;
}) {
  const [text, setText] = useState(props.text);
  const [partner, setPartner] = useState(props.partner);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSearch({ text, partner });
  };
  return (
    <form
      role="search"
      aria-label={TEXT.filterForm}
      onSubmit={submit}
      className="wmo-toolbar wmo-admin-filter"
    >
      <SearchField id="providers-text" label={TEXT.text} value={text} onChange={setText} />
      <SelectField
        id="providers-partner"
        label={TEXT.partner}
        value={partner}
        onChange={setPartner}
        choices={TEXT.partnerChoices.filter((choice) => choice.value)}
        emptyChoice={TEXT.partnerChoices[0]?.label}
      />
      <Button type="submit" appearance="secondary-action-button">
        {LIST_TEXT.search}
      </Button>
      {(props.text || props.partner) && (
        <Button
          type="button"
          appearance="subtle-button"
          onClick={() => props.onSearch({ text: '', partner: '' })}
        >
          {LIST_TEXT.clear}
        </Button>
      )}
    </form>
  );
}

function ProviderTable({
  text,
  partner,
  reference,
}: {
  text: string;
  partner: string;
  reference: Reference;
}) {
  const pages = usePages();
  const filter = { text: text || null, strategicPartner: PARTNER_VALUES[partner] ?? null };
  const { data, error, refetch } = useQuery(AdminProviderList, {
    variables: { filter, first: PAGE_SIZE, after: pages.after },
  });
  if (!data) {
    if (error)
      return <ErrorNotice error={error} title={TEXT.errorTitle} onRetry={() => void refetch()} />;
    return <Loading>{LIST_TEXT.loading}</Loading>;
  }
  const { providers } = data;
  const filtered = Boolean(text || partner);
  if (providers.totalCount === 0) {
    return (
      <EmptyState title={TEXT.emptyTitle}>
        {filtered ? TEXT.emptyFiltered : TEXT.emptyAll}
      </EmptyState>
    );
  }
  return (
    <ListTable
      caption={TEXT.caption(providers.totalCount, filtered)}
      position={pages.position}
      pageSize={PAGE_SIZE}
      shown={providers.edges.length}
      total={providers.totalCount}
      hasNextPage={providers.pageInfo.hasNextPage}
      onPage={(direction) => pages.go(direction, providers.pageInfo.endCursor ?? null)}
      focusRequested={pages.moved}
      onFocused={pages.settled}
    >
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{TEXT.columns.name}</TableHeaderCell>
          <TableHeaderCell scope="col">{TEXT.columns.partner}</TableHeaderCell>
          <TableHeaderCell scope="col">{TEXT.columns.languages}</TableHeaderCell>
          <TableHeaderCell scope="col">{TEXT.columns.kvk}</TableHeaderCell>
          <TableHeaderCell scope="col">{TEXT.columns.agb}</TableHeaderCell>
          <TableHeaderCell scope="col">{TEXT.columns.action}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {providers.edges.map(({ node }) => (
          <TableRow key={node.id}>
            <TableHeaderCell scope="row">{node.name}</TableHeaderCell>
            <TableCell>{node.strategicPartner ? TEXT.yes : TEXT.no}</TableCell>
            <TableCell>{languageNames(node.languages, reference)}</TableCell>
            <TableCell>{node.kvkNumber ?? TEXT.none}</TableCell>
            <TableCell>{node.agbCode ?? TEXT.none}</TableCell>
            <TableCell>
              <StateLink
                href="/beheer/gebruikers/nieuw"
                state={{ provider: { id: node.id, name: node.name } } satisfies NewUserPageState}
                aria-label={TEXT.makeAccount(node.name)}
              >
                {TEXT.makeAccountShort}
              </StateLink>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </ListTable>
  );
}
