import { easterSunday, isDutchPublicHoliday } from './dutch-holidays';
import { addWorkingDays, isWorkingDay } from './working-days';

describe('Dutch public holidays (Algemene termijnenwet)', () => {
  it('finds Easter Sunday for known years', () => {
    expect(easterSunday(2024)).toEqual({ month: 3, day: 31 });
    expect(easterSunday(2026)).toEqual({ month: 4, day: 5 });
    expect(easterSunday(2027)).toEqual({ month: 3, day: 28 });
    expect(easterSunday(2038)).toEqual({ month: 4, day: 25 });
  });

  it.each([
    ['New Year', 2027, 1, 1],
    ['Easter Monday 2026', 2026, 4, 6],
    ['Ascension Day 2026', 2026, 5, 14],
    ['Whit Monday 2026', 2026, 5, 25],
    ["King's Day 2026", 2026, 4, 27],
    ["King's Day 2025 (27 April is a Sunday)", 2025, 4, 26],
    ['Liberation Day', 2026, 5, 5],
    ['Christmas Day', 2026, 12, 25],
    ['Boxing Day', 2026, 12, 26],
  ])('%s is a holiday', (_name, year, month, day) => {
    expect(isDutchPublicHoliday(year, month, day)).toBe(true);
  });

  it.each([
    ['Good Friday 2026', 2026, 4, 3],
    ['27 April 2025 (celebrated the day before)', 2025, 4, 27],
    ['an ordinary Tuesday', 2026, 12, 1],
    ['New Year’s Eve', 2026, 12, 31],
  ])('%s is not', (_name, year, month, day) => {
    expect(isDutchPublicHoliday(year, month, day)).toBe(false);
  });

  it('does not count Christmas and New Year in a hold of 5 working days', () => {
    // Thursday 24 December 2026 10:00 (09:00 UTC): Fri 25 Dec and Fri 1 Jan are holidays, so the
    // 5th working day is Monday 4 January.
    expect(addWorkingDays(new Date('2026-12-24T09:00:00Z'), 5).toISOString()).toBe(
      '2027-01-04T09:00:00.000Z',
    );
  });

  it('skips Easter Monday and uses the Dutch date, not the UTC date', () => {
    // Thursday 2 April 2026 10:00 CEST + 2: Good Friday counts, Easter Monday does not → Tuesday.
    expect(addWorkingDays(new Date('2026-04-02T08:00:00Z'), 2).toISOString()).toBe(
      '2026-04-07T08:00:00.000Z',
    );
    // 23:30 UTC on 24 December is already Christmas Day in Amsterdam.
    expect(isWorkingDay(new Date('2026-12-24T23:30:00Z'))).toBe(false);
    expect(isWorkingDay(new Date('2026-12-24T22:30:00Z'))).toBe(true);
  });
});
