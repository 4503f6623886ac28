export interface Counts {
  readonly open: number;
  readonly noOption: number;
  readonly fewerThanThree: number;
  readonly waitingListOnly: number;
}

/** Rows with a gap of some kind, the worst first: no option, then few options, then waiting lists. */
export function gapsFirst<T extends Counts>(rows: readonly T[]): T[] {
  return rows
    .filter((row) => row.noOption > 0 || row.fewerThanThree > 0 || row.waitingListOnly > 0)
    .sort(
      (a, b) =>
        b.noOption - a.noOption ||
        b.fewerThanThree - a.fewerThanThree ||
        b.waitingListOnly - a.waitingListOnly ||
        b.open - a.open,
    );
}

/** The series per day, added up over the products. */
export function totalsPerDay<T extends Counts & { readonly day: string }>(
  points: readonly T[],
): (Counts & { day: string })[] {
  const days = new Map<string, Counts & { day: string }>();
  for (const point of points) {
    const sum = days.get(point.day) ?? {
      day: point.day,
      open: 0,
      noOption: 0,
      fewerThanThree: 0,
      waitingListOnly: 0,
    };
    days.set(point.day, {
      day: point.day,
      open: sum.open + point.open,
      noOption: sum.noOption + point.noOption,
      fewerThanThree: sum.fewerThanThree + point.fewerThanThree,
      waitingListOnly: sum.waitingListOnly + point.waitingListOnly,
    });
  }
  return [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
}
