import { useQuery } from '@apollo/client/react';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { graphql } from '../gql';
import type { CoverageOverviewQuery } from '../gql/graphql';
import { formatList } from '../shared/format';
import { useReference, type Reference } from '../shared/reference';
import { ErrorNotice } from '../shared/ui/error-notice';
import { LiveStamp } from '../shared/ui/live-stamp';
import { Loading } from '../shared/ui/loading';
import { PageTitle } from '../shared/ui/page-title';
import { BarChart } from './bar-chart';
import { gapsFirst, totalsPerDay, type Counts } from './coverage-view';
import { FigureTable } from './figure-table';
import { COVERAGE_TEXT as TEXT } from './texts';
import './insight.css';

const CoverageOverview = graphql(`
  query CoverageOverview {
    coverageReport {
      asOf
      municipalityCodes
      minGroupSize
      suppressedPostcodeGroups
      byProduct {
        productCode
        open
        noOption
        fewerThanThree
        waitingListOnly
      }
      rows {
        productCode
        targetGroup
        municipalityCode
        open
        noOption
        fewerThanThree
        waitingListOnly
      }
      postcodeRows {
        productCode
        targetGroup
        municipalityCode
        postcode
        open
        noOption
        fewerThanThree
        waitingListOnly
      }
      placementTimes {
        productCode
        placements
        medianDays
        p90Days
      }
      outcomes {
        outcome
        reason
        count
      }
    }
    coverageSeries(days: 30) {
      day
      productCode
      open
      noOption
      fewerThanThree
      waitingListOnly
    }
  }
`);

type Report = CoverageOverviewQuery['coverageReport'];
type Series = CoverageOverviewQuery['coverageSeries'];

const COUNT_COLUMNS = [
  TEXT.columns.open,
  TEXT.columns.noOption,
  TEXT.columns.fewerThanThree,
  TEXT.columns.waitingListOnly,
];
/** Long lists show their worst rows; the CSV has them all. */
const TOP_ROWS = 20;

const countCells = (row: Counts): number[] => [
  row.open,
  row.noOption,
  row.fewerThanThree,
  row.waitingListOnly,
];

/** Dekking: where open requests find no, few or only waiting-list options; for policy and admins. */
export function CoveragePage() {
  const { data, error, refetch } = useQuery(CoverageOverview, { fetchPolicy: 'network-only' });
  const { reference, error: referenceError } = useReference();
  const failure = error ?? referenceError;
  return (
    <>
      <PageTitle>{TEXT.title}</PageTitle>
      <Paragraph>{TEXT.intro}</Paragraph>
      {data && reference ? (
        <Overview report={data.coverageReport} series={data.coverageSeries} reference={reference} />
      ) : failure ? (
        <ErrorNotice error={failure} title={TEXT.loadError} onRetry={() => void refetch()} />
      ) : (
        <Loading />
      )}
    </>
  );
}

function Overview({
  report,
  series,
  reference,
}: {
  report: Report;
  series: Series;
  reference: Reference;
}) {
  const group = (code: string | null | undefined) =>
    code ? reference.specialism(code) : TEXT.noTargetGroup;
  const productRows = report.byProduct.map((row) => [
    reference.product(row.productCode),
    ...countCells(row),
  ]);
  const allRows = report.rows.map((row) => [
    reference.product(row.productCode),
    group(row.targetGroup),
    reference.municipality(row.municipalityCode),
    ...countCells(row),
  ]);
  const gapRows = gapsFirst(report.rows)
    .slice(0, TOP_ROWS)
    .map((row) => [
      reference.product(row.productCode),
      group(row.targetGroup),
      reference.municipality(row.municipalityCode),
      ...countCells(row),
    ]);
  const postcodeCsvRows = report.postcodeRows.map((row) => [
    row.postcode,
    reference.municipality(row.municipalityCode),
    reference.product(row.productCode),
    group(row.targetGroup),
    ...countCells(row),
  ]);
  const postcodeRows = gapsFirst(report.postcodeRows)
    .concat(
      report.postcodeRows.filter(
        (row) => row.noOption + row.fewerThanThree + row.waitingListOnly === 0,
      ),
    )
    .map((row) => [
      row.postcode,
      reference.municipality(row.municipalityCode),
      reference.product(row.productCode),
      group(row.targetGroup),
      ...countCells(row),
    ]);
  const k = report.minGroupSize;
  const days = totalsPerDay(series);
  return (
    <>
      <Paragraph>
        {TEXT.scope(
          formatList(report.municipalityCodes.map((code) => reference.municipality(code))),
        )}
      </Paragraph>
      <LiveStamp at={report.asOf} live={false} />

      <Section id="coverage-products" title={TEXT.products}>
        <BarChart
          caption={TEXT.productsChart}
          bars={report.byProduct.map((row) => ({
            label: reference.product(row.productCode),
            value: row.noOption,
          }))}
        />
        <FigureTable
          caption={TEXT.products}
          header={[TEXT.columns.product, ...COUNT_COLUMNS]}
          rows={productRows}
          fileName="dekking-per-product.csv"
        />
      </Section>

      <Section id="coverage-gaps" title={TEXT.gaps}>
        <Paragraph>{TEXT.gapsNote}</Paragraph>
        {gapRows.length === 0 ? (
          <Paragraph>{TEXT.noGaps}</Paragraph>
        ) : (
          <FigureTable
            caption={TEXT.gaps}
            header={[
              TEXT.columns.product,
              TEXT.columns.targetGroup,
              TEXT.columns.municipality,
              ...COUNT_COLUMNS,
            ]}
            rows={gapRows}
            csvRows={allRows}
            fileName="dekking-per-doelgroep-en-gemeente.csv"
          />
        )}
      </Section>

      <Section id="coverage-postcodes" title={TEXT.postcodes}>
        <Paragraph>{TEXT.postcodesNote(k, report.suppressedPostcodeGroups)}</Paragraph>
        {postcodeRows.length === 0 ? (
          <Paragraph>{TEXT.noPostcodes(k)}</Paragraph>
        ) : (
          <FigureTable
            caption={TEXT.postcodes}
            header={[
              TEXT.columns.postcode,
              TEXT.columns.municipality,
              TEXT.columns.product,
              TEXT.columns.targetGroup,
              ...COUNT_COLUMNS,
            ]}
            rows={postcodeRows.slice(0, TOP_ROWS)}
            csvRows={postcodeCsvRows}
            fileName="dekking-per-postcodegebied.csv"
          />
        )}
      </Section>

      <Section id="coverage-placements" title={TEXT.placements}>
        {report.placementTimes.length === 0 ? (
          <Paragraph>{TEXT.noPlacements}</Paragraph>
        ) : (
          <>
            <BarChart
              caption={TEXT.placementsChart}
              format={TEXT.days}
              bars={report.placementTimes.map((row) => ({
                label: reference.product(row.productCode),
                value: row.medianDays,
              }))}
            />
            <FigureTable
              caption={TEXT.placements}
              header={[
                TEXT.columns.product,
                TEXT.columns.placements,
                TEXT.columns.median,
                TEXT.columns.p90,
              ]}
              rows={report.placementTimes.map((row) => [
                reference.product(row.productCode),
                row.placements,
                row.medianDays,
                row.p90Days,
              ])}
              fileName="tijd-tot-plaatsing.csv"
            />
          </>
        )}
      </Section>

      <Section id="coverage-outcomes" title={TEXT.outcomes}>
        {report.outcomes.length === 0 ? (
          <Paragraph>{TEXT.noOutcomes}</Paragraph>
        ) : (
          <FigureTable
            caption={TEXT.outcomes}
            header={[TEXT.columns.outcome, TEXT.columns.reason, TEXT.columns.count]}
            rows={report.outcomes.map((row) => [
              TEXT.outcome[row.outcome] ?? row.outcome,
              row.reason ?? (row.outcome === 'EXPIRED' ? TEXT.expiredReason : TEXT.otherReasons(k)),
              row.count,
            ])}
            fileName="afgewezen-en-verlopen.csv"
          />
        )}
      </Section>

      <Section id="coverage-series" title={TEXT.series}>
        {days.length === 0 ? (
          <Paragraph>{TEXT.noSeries}</Paragraph>
        ) : (
          <>
            <BarChart
              caption={TEXT.seriesChart}
              bars={days.map((day) => ({ label: day.day, value: day.noOption }))}
            />
            <FigureTable
              caption={TEXT.series}
              header={[TEXT.columns.day, ...COUNT_COLUMNS]}
              rows={days.map((day) => [day.day, ...countCells(day)])}
              csvRows={series.map((point) => [
                point.day,
                reference.product(point.productCode),
                ...countCells(point),
              ])}
              csvHeader={[TEXT.columns.day, TEXT.columns.product, ...COUNT_COLUMNS]}
              fileName="dekking-per-dag.csv"
            />
          </>
        )}
      </Section>
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="wmo-insight-section">
      <Heading2 id={id}>{title}</Heading2>
      {children}
    </section>
  );
}
