import { useQuery } from '@apollo/client/react';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { graphql } from '../gql';
import { ErrorNotice } from '../shared/ui/error-notice';
import { Loading } from '../shared/ui/loading';
import { BarChart } from './bar-chart';
import { FigureTable } from './figure-table';
import { DEMAND_TEXT as TEXT } from './texts';
import './insight.css';

const ProviderDemand = graphql(`
  query ProviderDemand {
    myOfferingDemand {
      offeringId
      wouldServe
      shownTo
      waitingOnCapacity
    }
  }
`);

/**
 * Vraag: for each offering on the board, how many open requests it would serve with a place,
 * how many see it now, and how many wait only on a free place. Counts only.
 */
export function DemandSection({
  offerings,
  names,
}: {
  offerings: readonly { readonly id: string }[];
  names: ReadonlyMap<string, string>;
}) {
  const { data, error, refetch } = useQuery(ProviderDemand, { fetchPolicy: 'network-only' });
  const byId = new Map((data?.myOfferingDemand ?? []).map((row) => [row.offeringId, row]));
  const rows = offerings.flatMap((offering) => {
    const demand = byId.get(offering.id);
    return demand ? [{ name: names.get(offering.id) ?? '', ...demand }] : [];
  });
  return (
    <section aria-labelledby="demand-heading" className="wmo-insight-section">
      <Heading2 id="demand-heading">{TEXT.heading}</Heading2>
      <Paragraph>{TEXT.intro}</Paragraph>
      {!data ? (
        error ? (
          <ErrorNotice error={error} title={TEXT.loadError} onRetry={() => void refetch()} />
        ) : (
          <Loading />
        )
      ) : rows.length === 0 ? (
        <Paragraph>{TEXT.empty}</Paragraph>
      ) : (
        <>
          <BarChart
            caption={TEXT.chart}
            bars={rows.map((row) => ({ label: row.name, value: row.wouldServe }))}
          />
          <FigureTable
            caption={TEXT.heading}
            header={[
              TEXT.columns.offering,
              TEXT.columns.wouldServe,
              TEXT.columns.shownTo,
              TEXT.columns.waitingOnCapacity,
            ]}
            rows={rows.map((row) => [row.name, row.wouldServe, row.shownTo, row.waitingOnCapacity])}
            fileName="vraag-naar-mijn-aanbod.csv"
          />
          {rows.some((row) => row.waitingOnCapacity > 0) && <Paragraph>{TEXT.hint}</Paragraph>}
        </>
      )}
    </section>
  );
}
