import { Injectable } from '@nestjs/common';
import {
  amsterdamDay,
  countOutcomes,
  placementTimes,
  summarizeCoverage,
  totalCounts,
  type CoverageCounts,
  type CoverageSummary,
  type OutcomeCount,
  type PlacementTimes,
  type AccessScope,
} from '@wmo/domain';
import {
  CoverageSnapshotRepository,
  ReferralRepository,
  SupportRequestRepository,
  type CoverageCell,
} from '@wmo/persistence';
import { OpenRequestRanking, type RankedOpenRequest } from './open-request-ranking';

export interface CoverageReport {
  readonly asOf: Date;
  readonly municipalityCodes: readonly string[];
  readonly coverage: CoverageSummary;
  readonly placementTimes: readonly PlacementTimes[];
  readonly outcomes: readonly OutcomeCount[];
}

export interface CoverageSeriesPoint extends CoverageCounts {
  readonly day: string;
  readonly productCode: string;
}

/**
 * Coverage of the open requests in some municipalities, from the shortlists as the engine makes
 * them now, and the region's daily snapshots of it. Aggregate figures only: nothing here carries
 * a request's id or reference.
 */
@Injectable()
export class CoverageReporter {
  constructor(
    private readonly ranking: OpenRequestRanking,
    private readonly referrals: ReferralRepository,
    private readonly requests: SupportRequestRepository,
    private readonly snapshots: CoverageSnapshotRepository,
  ) {}

  async report(municipalityCodes: readonly string[], now: Date): Promise<CoverageReport> {
    const scope: AccessScope = { kind: 'FIGURES', municipalityCodes };
    const [ranking, ended] = await Promise.all([
      this.ranking.rank(scope, now),
      this.referrals.withStatuses(scope, ['ACCEPTED', 'DECLINED', 'EXPIRED']),
    ]);
    const accepted = ended.filter((referral) => referral.status === 'ACCEPTED');
    const requestedAt = await this.requests.createdAtOf(
      scope,
      accepted.map((ref) => ref.requestId),
    );
    return {
      asOf: now,
      municipalityCodes,
      coverage: summarizeCoverage(ranking.requests.map(coverageOf)),
      placementTimes: placementTimes(
        accepted.flatMap((referral) => {
          const requested = requestedAt.get(referral.requestId);
          const placedAt = referral.respondedAt;
          return requested && placedAt
            ? [{ productCode: referral.request.productCode, requestedAt: requested, placedAt }]
            : [];
        }),
      ),
      outcomes: countOutcomes(
        ended.flatMap((referral) =>
          referral.status === 'DECLINED' || referral.status === 'EXPIRED'
            ? [
                {
                  outcome: referral.status,
                  productCode: referral.request.productCode,
                  reason: referral.status === 'DECLINED' ? referral.reason : null,
                },
              ]
            : [],
        ),
      ),
    };
  }

  /**
   * Stores today's snapshot (product × municipality) of the whole region unless today has one.
   * Returns whether it stored one.
   */
  async takeSnapshot(regionCodes: readonly string[], now: Date): Promise<boolean> {
    const day = amsterdamDay(now);
    if (await this.snapshots.has(day)) return false;
    const ranking = await this.ranking.rank(
      { kind: 'FIGURES', municipalityCodes: regionCodes },
      now,
    );
    const cells = new Map<
      string,
      { cell: Omit<CoverageCell, keyof CoverageCounts>; rows: RankedOpenRequest[] }
    >();
    for (const ranked of ranking.requests) {
      const key = `${ranked.request.productCode}|${ranked.request.municipalityCode}`;
      const entry = cells.get(key) ?? {
        cell: {
          productCode: ranked.request.productCode,
          municipalityCode: ranked.request.municipalityCode,
        },
        rows: [],
      };
      entry.rows.push(ranked);
      cells.set(key, entry);
    }
    return this.snapshots.insert({
      day,
      takenAt: now,
      cells: [...cells.values()].map(({ cell, rows }) => ({
        ...cell,
        ...(summarizeCoverage(rows.map(coverageOf)).byProduct[0] ?? emptyCounts()),
        productCode: cell.productCode,
      })),
    });
  }

  /** The daily snapshots of the last `days` days, per product, added up over the municipalities. */
  async series(
    municipalityCodes: readonly string[],
    days: number,
    now: Date,
  ): Promise<CoverageSeriesPoint[]> {
    const from = amsterdamDay(new Date(now.getTime() - (days - 1) * DAY_MS));
    const wanted = new Set(municipalityCodes);
    const snapshots = await this.snapshots.since(from);
    return snapshots.flatMap((snapshot) => {
      const byProduct = new Map<string, CoverageCell[]>();
      for (const cell of snapshot.cells) {
        if (!wanted.has(cell.municipalityCode)) continue;
        byProduct.set(cell.productCode, [...(byProduct.get(cell.productCode) ?? []), cell]);
      }
      return [...byProduct.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([productCode, cells]) => ({ day: snapshot.day, productCode, ...totalCounts(cells) }));
    });
  }
}

const DAY_MS = 24 * 60 * 60 * 1000;

function coverageOf({ request, options }: RankedOpenRequest) {
  return {
    productCode: request.productCode,
    targetGroups: request.specialisms,
    municipalityCode: request.municipalityCode,
    postcode: request.postcode,
    optionCount: options.length,
    waitingListOnly: options.length > 0 && options.every((option) => option.waitingList),
  };
}

function emptyCounts(): CoverageCounts {
  return { open: 0, noOption: 0, fewerThanThree: 0, waitingListOnly: 0 };
}
