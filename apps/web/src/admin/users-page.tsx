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
import type { Role } from '../gql/schema-types';
import { ROLE_LABELS } from '../shared/labels';
import { useReference, type Reference } from '../shared/reference';
import { AppButtonLink, AppLink } from '../shared/ui/app-link';
import { EmptyState } from '../shared/ui/empty-state';
import { ErrorNotice } from '../shared/ui/error-notice';
import { SelectField } from '../shared/ui/fields';
import { Loading } from '../shared/ui/loading';
import { Notice } from '../shared/ui/notice';
import { PageTitle } from '../shared/ui/page-title';
import { worksFor } from './list-labels';
import { ListTable } from './list-table';
import { ACCOUNT_ROLES } from './new-user-form';
import { SearchField } from './search-field';
import { LIST_TEXT, USERS_TEXT as TEXT } from './texts';
import { usePages } from './use-pages';
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

  const search = (next: { role: string; text: string }) => {
    const query = new URLSearchParams();
    if (next.role) query.set('rol', next.role);
    if (next.text.trim()) query.set('zoek', next.text.trim());
    setParams(query);
  };

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
      <UserFilter key={`filter|${role}|${text}`} role={role} text={text} onSearch={search} />
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

function UserFilter(props: {
  role: string;
  text: string;
  onSearch: (filter: { role: string; text: string }) => void;
}) {
  const [role, setRole] = useState(props.role);
  const [text, setText] = useState(props.text);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSearch({ role, text });
  };
  return (
    <form
      role="search"
      aria-label={TEXT.filterForm}
      onSubmit={submit}
      className="wmo-toolbar wmo-admin-filter"
    >
      <SelectField
        id="users-role"
        label={TEXT.role}
        value={role}
        onChange={setRole}
        choices={ROLE_CHOICES}
        emptyChoice={TEXT.allRoles}
      />
      <SearchField id="users-text" label={TEXT.text} value={text} onChange={setText} />
      <Button type="submit" appearance="secondary-action-button">
        {LIST_TEXT.search}
      </Button>
      {(props.role || props.text) && (
        <Button
          type="button"
          appearance="subtle-button"
          onClick={() => props.onSearch({ role: '', text: '' })}
        >
          {LIST_TEXT.clear}
        </Button>
      )}
    </form>
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
  const pages = usePages();
  const filter = { role: isAccountRole(role) ? role : null, text: text || null };
  const { data, error, refetch } = useQuery(AdminUserList, {
    variables: { filter, first: PAGE_SIZE, after: pages.after },
  });
  if (!data) {
    if (error)
      return <ErrorNotice error={error} title={TEXT.errorTitle} onRetry={() => void refetch()} />;
    return <Loading>{LIST_TEXT.loading}</Loading>;
  }
  const { users } = data;
  const filtered = Boolean(role || text);
  if (users.totalCount === 0) {
    return (
      <EmptyState title={TEXT.emptyTitle}>
        {filtered ? TEXT.emptyFiltered : TEXT.emptyAll}
      </EmptyState>
    );
  }
  return (
    <ListTable
      caption={TEXT.caption(users.totalCount, filtered)}
      position={pages.position}
      pageSize={PAGE_SIZE}
      shown={users.edges.length}
      total={users.totalCount}
      hasNextPage={users.pageInfo.hasNextPage}
      onPage={(direction) => pages.go(direction, users.pageInfo.endCursor ?? null)}
      focusRequested={pages.moved}
      onFocused={pages.settled}
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
  );
}
