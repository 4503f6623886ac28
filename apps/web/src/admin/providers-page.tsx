import { useQuery } from '@apollo/client/react';
import {
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useLocation, useSearchParams } from 'react-router';
import { graphql } from '../gql';
import { useReference, type Reference } from '../shared/reference';
import { usePages } from '../shared/use-pages';
import { AppButtonLink, AppLink } from '../shared/ui/app-link';
import { EmptyState } from '../shared/ui/empty-state';
import { ErrorNotice } from '../shared/ui/error-notice';
import { SelectField } from '../shared/ui/fields';
import { ListStates } from '../shared/ui/list-states';
import { ListTable } from '../shared/ui/list-table';
import { Loading } from '../shared/ui/loading';
import { Notice } from '../shared/ui/notice';
import { PageTitle } from '../shared/ui/page-title';
import { filterParams, ListFilter } from './list-filter';
import { languageNames } from './list-labels';
import type { NewUserPageState } from './new-user-page';
import type { ChosenProvider } from './provider-chooser';
import { SearchField } from './search-field';
import { StateButtonLink, StateLink } from './state-link';
import { LIST_TEXT, PROVIDERS_TEXT as TEXT } from './texts';
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
      <ListFilter
        key={`filter|${text}|${partner}`}
        label={TEXT.filterForm}
        applied={{ text, partner }}
        onSearch={(next) => setParams(filterParams({ zoek: next.text, partner: next.partner }))}
      >
        {(draft, change) => (
          <>
            <SearchField
              id="providers-text"
              label={TEXT.text}
              value={draft.text}
              onChange={change('text')}
            />
            <SelectField
              id="providers-partner"
              label={TEXT.partner}
              value={draft.partner}
              onChange={change('partner')}
              choices={TEXT.partnerChoices.filter((choice) => choice.value)}
              emptyChoice={TEXT.partnerChoices[0]?.label}
            />
          </>
        )}
      </ListFilter>
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

function ProviderTable({
  text,
  partner,
  reference,
}: {
  text: string;
  partner: string;
  reference: Reference;
}) {
  const pages = usePages(PAGE_SIZE);
  const filter = { text: text || null, strategicPartner: PARTNER_VALUES[partner] ?? null };
  const { data, error, refetch } = useQuery(AdminProviderList, {
    variables: { filter, first: PAGE_SIZE, after: pages.after },
  });
  const filtered = Boolean(text || partner);
  return (
    <ListStates
      list={data?.providers}
      error={error}
      onRetry={() => void refetch()}
      errorTitle={TEXT.errorTitle}
      loading={LIST_TEXT.loading}
      empty={
        <EmptyState title={TEXT.emptyTitle}>
          {filtered ? TEXT.emptyFiltered : TEXT.emptyAll}
        </EmptyState>
      }
    >
      {(providers) => (
        <ListTable
          caption={TEXT.caption(providers.totalCount, filtered)}
          pages={pages}
          connection={providers}
          pagerLabel={LIST_TEXT.pages}
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
                    state={
                      { provider: { id: node.id, name: node.name } } satisfies NewUserPageState
                    }
                    aria-label={TEXT.makeAccount(node.name)}
                  >
                    {TEXT.makeAccountShort}
                  </StateLink>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ListTable>
      )}
    </ListStates>
  );
}
