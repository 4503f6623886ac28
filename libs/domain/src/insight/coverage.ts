import { MIN_GROUP_SIZE } from './group-size';

/** What the coverage report needs to know of one open request: no reference, no id. */
export interface OpenRequestCoverage {
  readonly productCode: string;
  /** The request's target groups (specialisms); none is a group of its own. */
  readonly targetGroups: readonly string[];
  readonly municipalityCode: string;
  /** PC4 */
  readonly postcode: string;
  /** Options on its shortlist now. */
  readonly optionCount: number;
  /** At least one option, and every option is a waiting list. */
  readonly waitingListOnly: boolean;
}

/** The counts of one group of open requests. */
export interface CoverageCounts {
  readonly open: number;
  /** No option at all: a coverage gap. */
  readonly noOption: number;
  /** Fewer than 3 options (no option included): little to choose from. */
  readonly fewerThanThree: number;
  /** Options, but only waiting lists. */
  readonly waitingListOnly: number;
}

export interface CoverageGroup {
  readonly productCode: string;
  /** null: requests without a target group. */
  readonly targetGroup: string | null;
  readonly municipalityCode: string;
}

export interface CoverageRow extends CoverageGroup, CoverageCounts {}

export interface PostcodeCoverageRow extends CoverageRow {
  readonly postcode: string;
}

export interface CoverageSummary {
  /** Per product: every open request once. */
  readonly byProduct: readonly (CoverageCounts & { readonly productCode: string })[];
  /**
   * Product × target group × municipality. A request with two target groups counts in both
   * rows, so these rows do not add up to the product's total.
   */
  readonly rows: readonly CoverageRow[];
  /** The same groups split by PC4, only where the group holds at least `minGroupSize` requests. */
  readonly postcodeRows: readonly PostcodeCoverageRow[];
  /** PC4 groups left out because they were smaller than `minGroupSize`. */
  readonly suppressedPostcodeGroups: number;
  readonly minGroupSize: number;
}

const NO_TARGET_GROUP = '';

/** Aggregates open requests into coverage counts; PC4 groups smaller than `minGroupSize` are left out. */
export function summarizeCoverage(
  requests: readonly OpenRequestCoverage[],
  minGroupSize = MIN_GROUP_SIZE,
): CoverageSummary {
  const byProduct = new Map<string, Counter>();
  const rows = new Map<string, { group: CoverageGroup; counter: Counter }>();
  const postcodeRows = new Map<
    string,
    { group: CoverageGroup; postcode: string; counter: Counter }
  >();
  for (const request of requests) {
    entryIn(byProduct, request.productCode, () => new Counter()).add(request);
    const groups = request.targetGroups.length > 0 ? request.targetGroups : [NO_TARGET_GROUP];
    for (const targetGroup of new Set(groups)) {
      const group: CoverageGroup = {
        productCode: request.productCode,
        targetGroup: targetGroup === NO_TARGET_GROUP ? null : targetGroup,
        municipalityCode: request.municipalityCode,
      };
      const key = [group.productCode, targetGroup, group.municipalityCode].join('|');
      entryIn(rows, key, () => ({ group, counter: new Counter() })).counter.add(request);
      entryIn(postcodeRows, `${key}|${request.postcode}`, () => ({
        group,
        postcode: request.postcode,
        counter: new Counter(),
      })).counter.add(request);
    }
  }
  const shownPostcodes = [...postcodeRows.values()].filter(
    (entry) => entry.counter.open >= minGroupSize,
  );
  return {
    byProduct: [...byProduct.entries()]
      .map(([productCode, counter]) => ({ productCode, ...counter.counts() }))
      .sort((a, b) => a.productCode.localeCompare(b.productCode)),
    rows: [...rows.values()]
      .map(({ group, counter }) => ({ ...group, ...counter.counts() }))
      .sort(compareGroups),
    postcodeRows: shownPostcodes
      .map(({ group, postcode, counter }) => ({ ...group, postcode, ...counter.counts() }))
      .sort((a, b) => compareGroups(a, b) || a.postcode.localeCompare(b.postcode)),
    suppressedPostcodeGroups: postcodeRows.size - shownPostcodes.length,
    minGroupSize,
  };
}

/** Adds up counts, e.g. a product's rows over municipalities. */
export function totalCounts(rows: readonly CoverageCounts[]): CoverageCounts {
  return rows.reduce(
    (sum, row) => ({
      open: sum.open + row.open,
      noOption: sum.noOption + row.noOption,
      fewerThanThree: sum.fewerThanThree + row.fewerThanThree,
      waitingListOnly: sum.waitingListOnly + row.waitingListOnly,
    }),
    { open: 0, noOption: 0, fewerThanThree: 0, waitingListOnly: 0 },
  );
}

class Counter {
  open = 0;
  noOption = 0;
  fewerThanThree = 0;
  waitingListOnly = 0;

  add(request: OpenRequestCoverage): void {
    this.open++;
    if (request.optionCount === 0) this.noOption++;
    if (request.optionCount < 3) this.fewerThanThree++;
    if (request.optionCount > 0 && request.waitingListOnly) this.waitingListOnly++;
  }

  counts(): CoverageCounts {
    const { open, noOption, fewerThanThree, waitingListOnly } = this;
    return { open, noOption, fewerThanThree, waitingListOnly };
  }
}

function entryIn<T>(map: Map<string, T>, key: string, create: () => T): T {
  let entry = map.get(key);
  if (!entry) {
    entry = create();
    map.set(key, entry);
  }
  return entry;
}

function compareGroups(a: CoverageGroup, b: CoverageGroup): number {
  return (
    a.productCode.localeCompare(b.productCode) ||
    (a.targetGroup ?? '').localeCompare(b.targetGroup ?? '') ||
    a.municipalityCode.localeCompare(b.municipalityCode)
  );
}
