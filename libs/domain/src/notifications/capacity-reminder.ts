import { capacityFreshness } from '../offerings/capacity-report';
import type { Offering } from '../offerings/offering';
import type { ProviderEvent } from './notification';

/**
 * A provider whose capacity report is stale by the strictest policy of the municipalities it
 * serves (the same rule the shortlists use to flag it) is reminded — once per report: a new
 * report or "klopt nog" starts the clock again.
 */
export function capacityReminderOf(
  offering: Pick<Offering, 'id' | 'providerId' | 'capacityUpdatedAt' | 'municipalitiesServed'>,
  staleAfterDaysOf: (municipalityCode: string) => number,
  fallbackStaleAfterDays: number,
  offeringLabel: string,
  now: Date,
): ProviderEvent | null {
  const freshness = capacityFreshness(
    offering.capacityUpdatedAt,
    offering.municipalitiesServed.map(staleAfterDaysOf),
    fallbackStaleAfterDays,
    now,
  );
  if (!freshness.stale) return null;
  return {
    kind: 'CAPACITY_STALE',
    offeringId: offering.id,
    providerId: offering.providerId,
    capacityUpdatedAt: offering.capacityUpdatedAt,
    staleAfterDays: freshness.staleAfterDays,
    offeringLabel,
  };
}
