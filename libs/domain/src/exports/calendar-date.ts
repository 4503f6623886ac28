/** A calendar date as YYYY-MM-DD in a time zone (the region's: Europe/Amsterdam). */
export function calendarDate(moment: Date, timeZone = 'Europe/Amsterdam'): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(moment);
}

/**
 * The last day of a period of `months` months starting on `date` (YYYY-MM-DD): the day before
 * the same day `months` later; when that month is shorter, the day before its last day.
 */
export function lastDayOfMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const monthIndex = month - 1 + months;
  const targetYear = year + Math.floor(monthIndex / 12);
  const targetMonth = monthIndex % 12;
  const daysInTarget = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const end = new Date(Date.UTC(targetYear, targetMonth, Math.min(day, daysInTarget) - 1));
  return end.toISOString().slice(0, 10);
}

/** Whether a string is a real calendar date written as YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}
