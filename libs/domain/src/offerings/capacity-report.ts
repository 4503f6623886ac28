import type { Offering } from './offering';

const MS_PER_DAY = 24 * 60 * 60 * 1000;

/** How fresh an offering's capacity report is, by the policies of the municipalities it serves. */
export interface CapacityFreshness {
  /** The strictest `staleAfterDays` of the municipalities served. */
  readonly staleAfterDays: number;
  /** From this moment the report counts as stale. */
  readonly staleAt: Date;
  /** Older than `staleAfterDays`, as the matching engine judges it (scoring's `stale`). */
  readonly stale: boolean;
}

/**
 * A provider serving several municipalities must report as often as the strictest of them asks:
 * a report that one municipality's shortlists already flag as stale is stale for the provider.
 */
export function capacityFreshness(
  capacityUpdatedAt: Date,
  staleAfterDaysServed: readonly number[],
  fallbackStaleAfterDays: number,
  now: Date,
): CapacityFreshness {
  const staleAfterDays =
    staleAfterDaysServed.length > 0 ? Math.min(...staleAfterDaysServed) : fallbackStaleAfterDays;
  const staleAt = new Date(capacityUpdatedAt.getTime() + staleAfterDays * MS_PER_DAY);
  // Same rule as scoring: stale once the age in days is more than staleAfterDays.
  return { staleAfterDays, staleAt, stale: now.getTime() > staleAt.getTime() };
}

/** Free places now: the last report minus the placements accepted since (never below 0). */
export function freePlacesNow(reportedFreePlaces: number, placedSinceReport: number): number {
  return Math.max(0, reportedFreePlaces - placedSinceReport);
}

/** The figures of a new capacity report that confirms the current one ("klopt nog"). */
export interface ConfirmedCapacity {
  readonly freePlaces: number;
  readonly waitingWeeks: number;
  readonly totalPlaces: number;
}

/**
 * Confirming says "what you show me is still right". What a provider is shown is the report
 * minus the placements accepted since, so that is what the new report holds: confirming must
 * never give back a place that a placement took.
 */
export function confirmedCapacity(
  offering: Pick<Offering, 'freePlaces' | 'waitingWeeks' | 'totalPlaces'>,
  placedSinceReport: number,
): ConfirmedCapacity {
  return {
    freePlaces: freePlacesNow(offering.freePlaces, placedSinceReport),
    waitingWeeks: offering.waitingWeeks,
    totalPlaces: offering.totalPlaces,
  };
}
