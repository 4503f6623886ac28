import { MIN_GROUP_SIZE } from './group-size';

/** A referral that ended without a placement. */
export interface EndedReferral {
  readonly outcome: 'DECLINED' | 'EXPIRED';
  readonly productCode: string;
  /** The provider's reason for a decline; null for an expiry. */
  readonly reason: string | null;
}

export interface OutcomeCount {
  readonly outcome: 'DECLINED' | 'EXPIRED';
  /**
   * The reason as providers wrote it (case and spaces evened out); null: an expiry, or the
   * reasons given fewer than `minGroupSize` times, counted together.
   */
  readonly reason: string | null;
  readonly count: number;
}

/**
 * Declines counted by reason and expiries counted. A decline reason is free text: one written
 * fewer than `minGroupSize` times may describe one resident, so those are counted together
 * under "other reasons" (reason null) and never shown.
 */
export function countOutcomes(
  referrals: readonly EndedReferral[],
  minGroupSize = MIN_GROUP_SIZE,
): OutcomeCount[] {
  let expired = 0;
  const declines = new Map<string, { reason: string; count: number }>();
  for (const referral of referrals) {
    if (referral.outcome === 'EXPIRED') {
      expired++;
      continue;
    }
    const reason = (referral.reason ?? '').trim().replace(/\s+/g, ' ');
    const key = reason.toLowerCase();
    const entry = declines.get(key) ?? { reason, count: 0 };
    entry.count++;
    declines.set(key, entry);
  }
  const shown = [...declines.values()].filter(
    (entry) => entry.reason !== '' && entry.count >= minGroupSize,
  );
  const others = [...declines.values()]
    .filter((entry) => !shown.includes(entry))
    .reduce((sum, entry) => sum + entry.count, 0);
  const rows: OutcomeCount[] = shown
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason))
    .map((entry) => ({ outcome: 'DECLINED', reason: entry.reason, count: entry.count }));
  if (others > 0) rows.push({ outcome: 'DECLINED', reason: null, count: others });
  if (expired > 0) rows.push({ outcome: 'EXPIRED', reason: null, count: expired });
  return rows;
}
