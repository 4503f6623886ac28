import fc from 'fast-check';
import { addWorkingDays, isWorkingDay } from './working-days';

const HOUR = 60 * 60 * 1000;
const DUTCH_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });

describe('addWorkingDays (Europe/Amsterdam)', () => {
  it('skips the weekend: Monday 10:00 plus 5 working days is next Monday 10:00', () => {
    // 2026-11-23 is a Monday; 09:00 UTC is 10:00 in Dutch winter time.
    expect(addWorkingDays(new Date('2026-11-23T09:00:00Z'), 5).toISOString()).toBe(
      '2026-11-30T09:00:00.000Z',
    );
  });

  it('counts from a Saturday to the Friday after', () => {
    expect(addWorkingDays(new Date('2026-11-28T09:00:00Z'), 5).toISOString()).toBe(
      '2026-12-04T09:00:00.000Z',
    );
  });

  it('keeps the wall-clock time across the change to summer time', () => {
    // Friday 27 March 2026 10:00 CET; summer time starts on Sunday 29 March.
    const monday = addWorkingDays(new Date('2026-03-27T09:00:00Z'), 1);
    expect(monday.toISOString()).toBe('2026-03-30T08:00:00.000Z'); // 10:00 CEST
  });

  it('uses Dutch dates, not UTC dates, to tell weekdays from the weekend', () => {
    // Sunday 23:30 UTC is already Monday 00:30 in Amsterdam.
    expect(isWorkingDay(new Date('2026-11-29T23:30:00Z'))).toBe(true);
    expect(isWorkingDay(new Date('2026-11-29T22:30:00Z'))).toBe(false);
  });

  it('always lands on a weekday, later, with exactly n weekdays in between', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2025-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 15 }),
        (start, n) => {
          const end = addWorkingDays(start, n);
          expect(end.getTime()).toBeGreaterThan(start.getTime());
          expect(isWorkingDay(end)).toBe(true);
          expect(weekdaysAfter(start, end)).toBe(n);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('rejects a negative or fractional number of days', () => {
    expect(() => addWorkingDays(new Date(), -1)).toThrow(RangeError);
    expect(() => addWorkingDays(new Date(), 1.5)).toThrow(RangeError);
  });
});

/** Weekdays among the Dutch calendar dates after start's date, up to and including end's. */
function weekdaysAfter(start: Date, end: Date): number {
  const dateOf = (d: Date) => DUTCH_DATE.format(d);
  const last = dateOf(end);
  const counted = new Set<string>([dateOf(start)]);
  let weekdays = 0;
  for (let t = start.getTime(); dateOf(new Date(t)) <= last; t += HOUR) {
    const moment = new Date(t);
    if (counted.has(dateOf(moment))) continue;
    counted.add(dateOf(moment));
    if (isWorkingDay(moment)) weekdays += 1;
  }
  return weekdays;
}
