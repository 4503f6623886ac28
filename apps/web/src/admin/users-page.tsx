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
import type { Role } from '../gql/schema-types';
import { ROLE_LABELS } from '../shared/labels';
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
import { worksFor } from './list-labels';
import { ACCOUNT_ROLES } from './new-user-form';
import { SearchField } from './search-field';
import { LIST_TEXT, USERS_TEXT as TEXT } from './texts';
import './admin.css';

const PAGE_SIZE = 20;

const AdminUserList = graphql(`
  query AdminUserList($filter: UserListFilter, $first: Int, $after: String) {
    users(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          email
          role
          municipalityCodes
          provider {
            id
            name
          }
        }
      }
    }
  }
`);

/** What the users page was told by the page before it (a new account). */
export interface UsersPageState {
  readonly created?: { readonly displayName: string };
}

const ROLE_CHOICES = ACCOUNT_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

function isAccountRole(value: string | null): value is Role {
  return ACCOUNT_ROLES.some((role) => role === value);
}

/** Gebruikers: every account, newest first, filtered by role and by a part of name or email. */
export function UsersPage() {
  const [params, setParams] = useSearchParams();
  const roleParam = params.get('rol');
  const role = isAccountRole(roleParam) ? roleParam : '';
  const text = params.get('zoek') ?? '';
  const created = (useLocation().state as UsersPageState | null)?.created;
  const { reference, error: referenceError } = useReference();

  return (
    <>
      <PageTitle>{TEXT.title}</PageTitle>
      {created && (
        <Notice type="ok">
          <Paragraph>
            <strong>{TEXT.created(created.displayName)}</strong>
          </Paragraph>
          <Paragraph>{TEXT.createdHint}</Paragraph>
        </Notice>
      )}
      <Paragraph>{TEXT.intro}</Paragraph>
      <div className="wmo-toolbar wmo-admin-actions">
        <AppButtonLink appearance="primary-action-button" href="/beheer/gebruikers/nieuw">
          {TEXT.newUser}
        </AppButtonLink>
        <AppLink href="/beheer/aanbieders">{TEXT.providers}</AppLink>
      </div>
      <ListFilter
        key={`filter|${role}|${text}`}
        label={TEXT.filterForm}
        applied={{ role, text }}
        onSearch={(next) => setParams(filterParams({ rol: next.role, zoek: next.text }))}
      >
        {(draft, change) => (
          <>
            <SelectField
              id="users-role"
              label={TEXT.role}
              value={draft.role}
              onChange={change('role')}
              choices={ROLE_CHOICES}
              emptyChoice={TEXT.allRoles}
            />
            <SearchField
              id="users-text"
              label={TEXT.text}
              value={draft.text}
              onChange={change('text')}
            />
          </>
        )}
      </ListFilter>
      {referenceError ? (
        <ErrorNotice error={referenceError} title={TEXT.errorTitle} />
      ) : !reference ? (
        <Loading>{LIST_TEXT.loading}</Loading>
      ) : (
        <UserTable key={`table|${role}|${text}`} role={role} text={text} reference={reference} />
      )}
    </>
  );
}

function UserTable({
  role,
  text,
  reference,
}: {
  role: string;
  text: string;
  reference: Reference;
}) {
  const pages = usePages(PAGE_SIZE);
  const filter = { role: isAccountRole(role) ? role : null, text: text || null };
  const { data, error, refetch } = useQuery(AdminUserList, {
    variables: { filter, first: PAGE_SIZE, after: pages.after },
  });
  const filtered = Boolean(role || text);
  return (
    <ListStates
      list={data?.users}
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
      {(users) => (
        <ListTable
          caption={TEXT.caption(users.totalCount, filtered)}
          pages={pages}
          connection={users}
          pagerLabel={LIST_TEXT.pages}
        >
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{TEXT.columns.name}</TableHeaderCell>
              <TableHeaderCell scope="col">{TEXT.columns.email}</TableHeaderCell>
              <TableHeaderCell scope="col">{TEXT.columns.role}</TableHeaderCell>
              <TableHeaderCell scope="col">{TEXT.columns.worksFor}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {users.edges.map(({ node }) => (
              <TableRow key={node.id}>
                <TableHeaderCell scope="row">{node.name ?? <em>{TEXT.noName}</em>}</TableHeaderCell>
                <TableCell>{node.email}</TableCell>
                <TableCell>{ROLE_LABELS[node.role]}</TableCell>
                <TableCell>{worksFor(node, reference)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ListTable>
      )}
    </ListStates>
  );
}
