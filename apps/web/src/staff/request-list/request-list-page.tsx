import { useQuery } from '@apollo/client/react';
import {
  Button,
  Paragraph,
  StatusBadge,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useSession } from '../../app/session-context';
import { graphql } from '../../gql';
import type { Urgency } from '../../gql/schema-types';
import { formatDate, formatList } from '../../shared/format';
import { REQUEST_STATUS_LABELS, URGENCY_LABELS } from '../../shared/labels';
import { useReference, type Reference } from '../../shared/reference';
import { usePages } from '../../shared/use-pages';
import { AppButtonLink, AppLink } from '../../shared/ui/app-link';
import { EmptyState } from '../../shared/ui/empty-state';
import { ErrorNotice } from '../../shared/ui/error-notice';
import { SelectField } from '../../shared/ui/fields';
import { ListStates } from '../../shared/ui/list-states';
import { ListTable } from '../../shared/ui/list-table';
import { PageTitle } from '../../shared/ui/page-title';
import { namesOf, REQUEST_STATUS_BADGE } from '../shared/staff-wording';
import '../staff.css';
import {
  filterFromParams,
  filterKey,
  hasFilters,
  paramsFromFilter,
  REQUEST_STATUSES,
  REQUEST_URGENCIES,
  type ListFilter,
} from './list-filters';
import { TEXT } from './texts';

const PAGE_SIZE = 20;

const StaffRequestList = graphql(`
  query StaffRequestList($filter: RequestListFilter, $first: Int, $after: String) {
    requests(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reference
          status
          productCode
          specialisms
          municipalityCode
          urgency
          createdAt
          shortlist {
            revision
            options {
              rank
            }
          }
        }
      }
    }
    requestStatusCounts(filter: $filter) {
      status
      count
    }
  }
`);

export default function RequestListPage() {
  const session = useSession();
  const own = session.status === 'active' ? session.user.municipalityCodes : [];
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const { reference } = useReference();
  const pages = usePages(PAGE_SIZE, filterKey(filter));
  const { data, error, refetch } = useQuery(StaffRequestList, {
    variables: { filter, first: PAGE_SIZE, after: pages.after },
  });

  const setFilter = (next: ListFilter) => setParams(paramsFromFilter(next));
  const counts = new Map(data?.requestStatusCounts.map((c) => [c.status, c.count]));
  const total = data?.requestStatusCounts.reduce((sum, c) => sum + c.count, 0);
  const connection = data?.requests;

  return (
    <>
      <PageTitle>{TEXT.title}</PageTitle>
      <Paragraph>
        {TEXT.intro(reference ? formatList(own.map(reference.municipality)) : 'uw gemeente(n)')}
      </Paragraph>
      <Paragraph>
        <AppButtonLink href="/aanvragen/nieuw" appearance="primary-action-button">
          {TEXT.newRequest}
        </AppButtonLink>
      </Paragraph>

      <nav aria-label={TEXT.statusNav} className="wmo-staff-status-filter">
        <ul>
          {[undefined, ...REQUEST_STATUSES].map((status) => {
            const label = status ? REQUEST_STATUS_LABELS[status] : TEXT.allStatuses;
            const href = `?${paramsFromFilter({ ...filter, status }).toString()}`;
            return (
              <li key={status ?? 'all'}>
                <AppLink
                  href={href === '?' ? '/aanvragen' : href}
                  aria-current={filter.status === status ? 'true' : undefined}
                >
                  {TEXT.withCount(label, status ? counts.get(status) : total)}
                </AppLink>
              </li>
            );
          })}
        </ul>
      </nav>

      <ListFilterForm
        key={filterKey(filter)}
        filter={filter}
        own={own}
        reference={reference}
        onApply={setFilter}
      />

      <ListStates
        list={connection}
        error={error}
        onRetry={() => void refetch()}
        errorTitle={TEXT.loadFailed}
        loading={TEXT.loading}
        empty={
          hasFilters(filter) ? (
            <EmptyState title={TEXT.noneFoundTitle}>
              <Paragraph>{TEXT.noneFoundText}</Paragraph>
              <Paragraph>
                <AppLink href="/aanvragen">{TEXT.clear}</AppLink>
              </Paragraph>
            </EmptyState>
          ) : (
            <EmptyState title={TEXT.emptyTitle}>
              <Paragraph>{TEXT.emptyText}</Paragraph>
              <Paragraph>
                <AppLink href="/aanvragen/nieuw">{TEXT.emptyAction}</AppLink>
              </Paragraph>
            </EmptyState>
          )
        }
      >
        {(connection) => (
          <ListTable
            caption={TEXT.caption(filter.status ? REQUEST_STATUS_LABELS[filter.status] : null)}
            pages={pages}
            connection={connection}
            pagerLabel={TEXT.pager}
          >
            <TableHeader>
              <TableRow>
                {Object.values(TEXT.columns).map((column) => (
                  <TableHeaderCell key={column} scope="col">
                    {column}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {connection.edges.map(({ node }) => (
                <TableRow key={node.id}>
                  <TableHeaderCell scope="row">
                    <AppLink href={`/aanvragen/${node.id}`}>{node.reference}</AppLink>
                  </TableHeaderCell>
                  <TableCell>{reference?.product(node.productCode) ?? node.productCode}</TableCell>
                  <TableCell>
                    {reference
                      ? namesOf(node.specialisms, reference.specialism, TEXT.noSpecialisms)
                      : ''}
                  </TableCell>
                  <TableCell>
                    {reference?.municipality(node.municipalityCode) ?? node.municipalityCode}
                  </TableCell>
                  <TableCell>{URGENCY_LABELS[node.urgency]}</TableCell>
                  <TableCell>
                    <StatusBadge status={REQUEST_STATUS_BADGE[node.status]}>
                      {REQUEST_STATUS_LABELS[node.status]}
                    </StatusBadge>
                  </TableCell>
                  <TableCell>
                    {TEXT.options(node.shortlist ? node.shortlist.options.length : null)}
                  </TableCell>
                  <TableCell>{formatDate(node.createdAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </ListTable>
        )}
      </ListStates>
      {/* A refresh that failed while a page is shown: the page stays, with the failure below. */}
      {error && connection && (
        <ErrorNotice error={error} title={TEXT.loadFailed} onRetry={() => void refetch()} />
      )}
    </>
  );
}

/** Product, municipality and urgency; applied with a button, so nothing jumps while choosing. */
function ListFilterForm({
  filter,
  own,
  reference,
  onApply,
}: {
  filter: ListFilter;
  own: readonly string[];
  reference: Reference | null;
  onApply: (filter: ListFilter) => void;
}) {
  const [productCode, setProductCode] = useState(filter.productCode ?? '');
  const [municipalityCode, setMunicipalityCode] = useState(filter.municipalityCode ?? '');
  const [urgency, setUrgency] = useState<string>(filter.urgency ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({
      status: filter.status,
      productCode: productCode || undefined,
      municipalityCode: municipalityCode || undefined,
      urgency: (urgency || undefined) as Urgency | undefined,
    });
  };
  return (
    <form onSubmit={submit} aria-label={TEXT.filters} className="wmo-toolbar">
      <SelectField
        id="lijst-product"
        label={TEXT.product}
        value={productCode}
        onChange={setProductCode}
        emptyChoice={TEXT.allProducts}
        choices={(reference?.products ?? []).map((p) => ({ value: p.code, label: p.name }))}
      />
      {own.length > 1 && (
        <SelectField
          id="lijst-gemeente"
          label={TEXT.municipality}
          value={municipalityCode}
          onChange={setMunicipalityCode}
          emptyChoice={TEXT.allMunicipalities}
          choices={own.map((code) => ({
            value: code,
            label: reference?.municipality(code) ?? code,
          }))}
        />
      )}
      <SelectField
        id="lijst-urgentie"
        label={TEXT.urgency}
        value={urgency}
        onChange={setUrgency}
        emptyChoice={TEXT.allUrgencies}
        choices={REQUEST_URGENCIES.map((u) => ({ value: u, label: URGENCY_LABELS[u] }))}
      />
      <div className="wmo-staff-actions">
        <Button type="submit" appearance="secondary-action-button">
          {TEXT.apply}
        </Button>
        {(filter.productCode || filter.municipalityCode || filter.urgency) && (
          <AppLink href={filter.status ? `?status=${filter.status}` : '/aanvragen'}>
            {TEXT.clear}
          </AppLink>
        )}
      </div>
    </form>
  );
}
