/** One placement: when the request was made and when a provider accepted it. */
export interface PlacementMoment {
  readonly productCode: string;
  readonly requestedAt: Date;
  readonly placedAt: Date;
}

export interface PlacementTimes {
  readonly productCode: string;
  readonly placements: number;
  /** Days from request to placement, one decimal. */
  readonly medianDays: number;
  readonly p90Days: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Median and 90th percentile of the days from request to placement, per product. */
export function placementTimes(placements: readonly PlacementMoment[]): PlacementTimes[] {
  const days = new Map<string, number[]>();
  for (const placement of placements) {
    const list = days.get(placement.productCode) ?? [];
    list.push(Math.max(0, placement.placedAt.getTime() - placement.requestedAt.getTime()) / DAY_MS);
    days.set(placement.productCode, list);
  }
  return [...days.entries()]
    .map(([productCode, list]) => {
      const sorted = [...list].sort((a, b) => a - b);
      return {
        productCode,
        placements: sorted.length,
        medianDays: roundToTenth(percentile(sorted, 0.5)),
        p90Days: roundToTenth(percentile(sorted, 0.9)),
      };
    })
    .sort((a, b) => a.productCode.localeCompare(b.productCode));
}

/**
 * Nearest-rank percentile of an ascending list: the smallest value with at least `fraction` of
 * the values at or below it (median of 1, 2, 3, 4 is 2). No interpolation: every figure reported
 * is a time someone really waited.
 */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) throw new Error('percentile of nothing');
  const rank = Math.max(1, Math.ceil(fraction * sorted.length));
  return sorted[rank - 1] as number;
}

function roundToTenth(value: number): number {
  return Math.round(value * 10) / 10;
}
