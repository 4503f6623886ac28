/** The export's period: from the first of this month up to today (Dutch calendar). */
export function defaultPeriod(now: Date = new Date()): { from: string; to: string } {
  const today = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
  return { from: `${today.slice(0, 8)}01`, to: today };
}

/** The query string of an export. */
export function exportPath(choice: {
  municipality: string;
  from: string;
  to: string;
  format: 'csv' | 'json';
}): string {
  const query = new URLSearchParams({ from: choice.from, to: choice.to, format: choice.format });
  if (choice.municipality) query.set('municipality', choice.municipality);
  return `placements?${query.toString()}`;
}

/** What is wrong with a period before it is sent (the api checks the same). */
export function periodProblems(period: {
  from: string;
  to: string;
}): Partial<Record<'from' | 'to', string>> {
  const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
  if (!isDate(period.from)) return { from: 'Vul een begindatum in.' };
  if (!isDate(period.to)) return { to: 'Vul een einddatum in.' };
  if (period.to < period.from) return { to: 'De einddatum ligt voor de begindatum.' };
  return {};
}
