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
import { useMemo, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import type { StaffSearchOfferingsQuery } from '../../gql/graphql';
import type { OfferingSort } from '../../gql/schema-types';
import { fieldErrors } from '../../shared/errors';
import {
  formatAge,
  formatDistance,
  formatFreePlaces,
  formatPoints,
  formatWaitingTime,
} from '../../shared/format';
import { useReference, type Reference } from '../../shared/reference';
import { useDraft } from '../../shared/use-draft';
import { usePages, type Pages } from '../../shared/use-pages';
import { AppLink } from '../../shared/ui/app-link';
import { EmptyState } from '../../shared/ui/empty-state';
import { ErrorNotice } from '../../shared/ui/error-notice';
import { ErrorSummary, type FieldProblem } from '../../shared/ui/error-summary';
import { CheckboxField, CheckboxGroupField, SelectField, TextField } from '../../shared/ui/fields';
import { ListTable } from '../../shared/ui/list-table';
import { Loading } from '../../shared/ui/loading';
import { PageTitle } from '../../shared/ui/page-title';
import { misfitSentence, namesOf } from '../shared/staff-wording';
import '../staff.css';
import {
  paramsFromSearch,
  SEARCH_FIELD_IDS,
  searchFromParams,
  toSearchFilter,
  validateSearch,
  type SearchForm,
} from './search-form';
import { TEXT } from './texts';

const PAGE_SIZE = 20;

const StaffSearchOfferings = graphql(`
  query StaffSearchOfferings(
    $filter: OfferingSearchFilter
    $sort: OfferingSort
    $first: Int
    $after: String
  ) {
    searchOfferings(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          productCode
          specialisms
          freePlaces
          heldPlaces
          waitingWeeks
          capacityUpdatedAt
          distanceKm
          provider {
            id
            name
          }
          match {
            passed
            score
            waitingList
            stale
            exclusion
            exclusionLabel
          }
        }
      }
    }
  }
`);

const StaffSearchRequest = graphql(`
  query StaffSearchRequest($id: ID!) {
    request(id: $id) {
      id
      reference
    }
  }
`);

type Offering = StaffSearchOfferingsQuery['searchOfferings']['edges'][number]['node'];

export default function SearchPage() {
  const [params, setParams] = useSearchParams();
  const search = searchFromParams(params);
  const key = paramsFromSearch(search).toString();
  const { reference } = useReference();
  const pages = usePages(PAGE_SIZE, key);
  const invalid = validateSearch(search);
  const { data, error, loading, refetch } = useQuery(StaffSearchOfferings, {
    variables: {
      filter: toSearchFilter(search),
      sort: search.sort || null,
      first: PAGE_SIZE,
      after: pages.after,
    },
    skip: invalid.length > 0,
  });
  const forRequest = useQuery(StaffSearchRequest, {
    variables: { id: search.requestId },
    skip: !search.requestId,
  });
  const serverProblems: FieldProblem[] = Object.entries(fieldErrors(error, 'filter.')).flatMap(
    ([field, message]) =>
      field in SEARCH_FIELD_IDS
        ? [{ inputId: SEARCH_FIELD_IDS[field as keyof typeof SEARCH_FIELD_IDS], message }]
        : [],
  );
  const connection = invalid.length === 0 ? data?.searchOfferings : undefined;
  const requestReference = forRequest.data?.request?.reference;

  return (
    <>
      <PageTitle>{TEXT.title}</PageTitle>
      {search.requestId ? (
        <>
          <Paragraph>
            <strong>{TEXT.forRequest(requestReference ?? '…')}</strong> {TEXT.forRequestHelp}
          </Paragraph>
          <Paragraph>
            <AppLink href={`/aanvragen/${search.requestId}`}>{TEXT.backToRequest}</AppLink>
            {' · '}
            <AppLink href="/zoeken">{TEXT.withoutRequest}</AppLink>
          </Paragraph>
        </>
      ) : (
        <Paragraph>{TEXT.intro}</Paragraph>
      )}
      <SearchFormView
        key={key}
        search={search}
        reference={reference}
        problems={invalid.length > 0 ? invalid : serverProblems}
        onSearch={(next) => setParams(paramsFromSearch(next))}
      />
      {error && serverProblems.length === 0 && (
        <ErrorNotice error={error} title={TEXT.failed} onRetry={() => void refetch()} />
      )}
      {loading && !connection && <Loading>{TEXT.loading}</Loading>}
      {connection && connection.totalCount === 0 && (
        <EmptyState title={TEXT.emptyTitle}>
          {search.requestId && !search.includeExcluded ? TEXT.emptyForRequest : TEXT.empty}
        </EmptyState>
      )}
      {connection && connection.edges.length > 0 && reference && (
        <ResultsTable connection={connection} pages={pages} reference={reference} />
      )}
    </>
  );
}

function ResultsTable({
  connection,
  pages,
  reference,
}: {
  connection: StaffSearchOfferingsQuery['searchOfferings'];
  pages: Pages;
  reference: Reference;
}) {
  const offerings = connection.edges.map((edge) => edge.node);
  const judged = offerings.some((offering) => offering.match);
  const columns = Object.entries(TEXT.columns).filter(([key]) => judged || key !== 'fit');
  return (
    <ListTable caption={TEXT.caption} pages={pages} connection={connection} pagerLabel={TEXT.pager}>
      <TableHeader>
        <TableRow>
          {columns.map(([key, label]) => (
            <TableHeaderCell key={key} scope="col">
              {label}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {offerings.map((offering) => (
          <TableRow key={offering.id}>
            <TableHeaderCell scope="row">{offering.provider.name}</TableHeaderCell>
            <TableCell>{reference.product(offering.productCode)}</TableCell>
            <TableCell>{namesOf(offering.specialisms, reference.specialism)}</TableCell>
            <TableCell>
              {offering.distanceKm == null
                ? TEXT.unknownDistance
                : formatDistance(offering.distanceKm)}
            </TableCell>
            <TableCell>{formatWaitingTime(offering.waitingWeeks)}</TableCell>
            <TableCell>
              {formatFreePlaces(offering.freePlaces - offering.heldPlaces)}
              {offering.heldPlaces > 0 && ` (${TEXT.held(offering.heldPlaces)})`}
            </TableCell>
            <TableCell>{formatAge(offering.capacityUpdatedAt)}</TableCell>
            {judged && <TableCell>{fitText(offering)}</TableCell>}
          </TableRow>
        ))}
      </TableBody>
    </ListTable>
  );
}

function fitText(offering: Offering) {
  const match = offering.match;
  if (!match) return '';
  if (!match.passed) return misfitSentence(match.exclusion ?? null, match.exclusionLabel ?? null);
  return (
    <>
      {TEXT.fits(formatPoints(match.score ?? 0))}
      {match.waitingList && `, ${TEXT.fitsWaitingList}`}
      {match.stale && (
        <>
          {' '}
          <StatusBadge status="warning">{TEXT.stale}</StatusBadge>
        </>
      )}
    </>
  );
}

function SearchFormView({
  search,
  reference,
  problems,
  onSearch,
}: {
  search: SearchForm;
  reference: Reference | null;
  problems: readonly FieldProblem[];
  onSearch: (search: SearchForm) => void;
}) {
  const [form, set] = useDraft(search);
  const [shown, setShown] = useState<readonly FieldProblem[]>(problems);
  const errorOf = (id: string) => shown.find((problem) => problem.inputId === id)?.message;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateSearch(form);
    setShown(found);
    if (found.length === 0) onSearch(form);
  };
  const sorts: OfferingSort[] = form.requestId
    ? ['SCORE', 'DISTANCE', 'WAITING_TIME', 'NAME']
    : ['DISTANCE', 'WAITING_TIME', 'NAME'];
  const visible = shown.length > 0 ? shown : problems;
  // The summary takes focus when its list changes: only when the mistakes themselves do.
  const summaryKey = JSON.stringify(visible);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const summary = useMemo(() => visible, [summaryKey]);
  return (
    <>
      <ErrorSummary problems={summary} />
      <form onSubmit={submit} noValidate aria-label={TEXT.form}>
        {!form.requestId && (
          <div className="wmo-toolbar">
            <SelectField
              id={SEARCH_FIELD_IDS.productCode}
              label={TEXT.product}
              value={form.productCode}
              onChange={set('productCode')}
              emptyChoice={TEXT.anyProduct}
              choices={(reference?.products ?? []).map((p) => ({ value: p.code, label: p.name }))}
            />
            <SelectField
              id={SEARCH_FIELD_IDS.municipalityCode}
              label={TEXT.municipality}
              value={form.municipalityCode}
              onChange={set('municipalityCode')}
              emptyChoice={TEXT.anyMunicipality}
              choices={(reference?.municipalities ?? [])
                .filter((m) => m.inRegion)
                .map((m) => ({ value: m.code, label: m.name }))}
            />
            <TextField
              id={SEARCH_FIELD_IDS.postcode}
              label={TEXT.postcode}
              description={TEXT.postcodeHelp}
              value={form.postcode}
              onChange={set('postcode')}
              size={8}
              maxLength={7}
              spellCheck={false}
              error={errorOf(SEARCH_FIELD_IDS.postcode)}
            />
            <TextField
              id={SEARCH_FIELD_IDS.maxDistanceKm}
              label={TEXT.maxDistance}
              value={form.maxDistanceKm}
              onChange={set('maxDistanceKm')}
              inputMode="decimal"
              size={6}
              maxLength={6}
              error={errorOf(SEARCH_FIELD_IDS.maxDistanceKm)}
            />
          </div>
        )}
        <CheckboxGroupField
          id={SEARCH_FIELD_IDS.specialisms}
          label={TEXT.specialisms}
          description={TEXT.specialismsHelp}
          values={form.specialisms}
          onChange={set('specialisms')}
          choices={(reference?.specialisms ?? []).map((s) => ({ value: s.code, label: s.name }))}
        />
        <div className="wmo-toolbar">
          <TextField
            id={SEARCH_FIELD_IDS.text}
            label={TEXT.text}
            type="search"
            value={form.text}
            onChange={set('text')}
            maxLength={100}
          />
          <SelectField
            id={SEARCH_FIELD_IDS.sort}
            label={TEXT.sort}
            value={form.sort}
            onChange={(value) => set('sort')(value as OfferingSort | '')}
            emptyChoice={TEXT.sortDefault}
            choices={sorts.map((sort) => ({ value: sort, label: TEXT.sortLabels[sort] }))}
            error={errorOf(SEARCH_FIELD_IDS.sort)}
          />
        </div>
        <CheckboxField
          id={SEARCH_FIELD_IDS.withFreePlaces}
          label={TEXT.withFreePlaces}
          checked={form.withFreePlaces}
          onChange={set('withFreePlaces')}
        />
        {form.requestId && (
          <CheckboxField
            id={SEARCH_FIELD_IDS.includeExcluded}
            label={TEXT.includeExcluded}
            checked={form.includeExcluded}
            onChange={set('includeExcluded')}
          />
        )}
        <div className="wmo-staff-actions">
          <Button type="submit" appearance="primary-action-button">
            {TEXT.submit}
          </Button>
          <AppLink href={form.requestId ? `/zoeken?aanvraag=${form.requestId}` : '/zoeken'}>
            {TEXT.clear}
          </AppLink>
        </div>
      </form>
    </>
  );
}
