import {
  calendarDaysBetween,
  formatAge,
  formatClock,
  formatDate,
  formatDeadline,
  formatDecimal,
  formatDistance,
  formatFreePlaces,
  formatList,
  formatNumberInput,
  formatPoints,
  formatTimeLeft,
  formatWaitingTime,
} from './format';

describe('Dutch wording of figures', () => {
  it('says "in uw buurt" instead of 0 km, and uses a decimal comma', () => {
    expect(formatDistance(0)).toBe('in uw buurt');
    expect(formatDistance(0.4)).toBe('in uw buurt');
    expect(formatDistance(2.35)).toBe('2,4 km');
    expect(formatDistance(12)).toBe('12 km');
  });

  it('writes numbers with a decimal comma: one decimal at most, points always with one', () => {
    expect(formatDecimal(7.5)).toBe('7,5');
    expect(formatDecimal(2.35)).toBe('2,4');
    expect(formatDecimal(12)).toBe('12');
    expect(formatPoints(68.75)).toBe('68,8');
    expect(formatPoints(40)).toBe('40,0');
  });

  it('keeps every digit of a number a person may change in a form', () => {
    expect(formatNumberInput(0.1)).toBe('0,1');
    expect(formatNumberInput(12.25)).toBe('12,25');
    expect(formatNumberInput(30)).toBe('30');
  });

  it('says "geen wachttijd" instead of 0 weeks', () => {
    expect(formatWaitingTime(0)).toBe('geen wachttijd');
    expect(formatWaitingTime(1)).toBe('1 week');
    expect(formatWaitingTime(6)).toBe('6 weken');
  });

  it('counts free places in words', () => {
    expect(formatFreePlaces(0)).toBe('geen vrije plek');
    expect(formatFreePlaces(1)).toBe('1 vrije plek');
    expect(formatFreePlaces(3)).toBe('3 vrije plekken');
  });

  it('shows times and dates in Dutch time, also in winter and summer', () => {
    expect(formatClock('2026-12-02T13:03:00Z')).toBe('14:03');
    expect(formatClock('2026-07-02T13:03:00Z')).toBe('15:03');
    expect(formatDate('2026-12-02T23:30:00Z')).toBe('3 december 2026');
    expect(formatDeadline('2026-12-10T16:00:00Z')).toBe('donderdag 10 december om 17:00');
  });

  it('tells the age of a report in calendar days', () => {
    const now = new Date('2026-12-02T09:00:00Z');
    expect(formatAge('2026-12-02T06:00:00Z', now)).toBe('vandaag');
    expect(formatAge('2026-12-01T22:00:00Z', now)).toBe('gisteren');
    expect(formatAge('2026-11-23T09:00:00Z', now)).toBe('9 dagen geleden');
    // 23:30 UTC on 1 December is already 2 December in the Netherlands.
    expect(calendarDaysBetween('2026-12-01T23:30:00Z', now)).toBe(0);
  });

  it('says how long a hold still runs', () => {
    const now = new Date('2026-12-02T09:00:00Z');
    expect(formatTimeLeft('2026-12-02T08:59:00Z', now)).toBe('verlopen');
    expect(formatTimeLeft('2026-12-02T09:01:00Z', now)).toBe('nog 1 minuut');
    expect(formatTimeLeft('2026-12-02T09:20:00Z', now)).toBe('nog 20 minuten');
    expect(formatTimeLeft('2026-12-03T14:00:00Z', now)).toBe('nog 29 uur');
    expect(formatTimeLeft('2026-12-07T09:00:00Z', now)).toBe('nog 5 dagen');
  });

  it('joins lists the Dutch way', () => {
    expect(formatList([])).toBe('');
    expect(formatList(['a'])).toBe('a');
    expect(formatList(['a', 'b', 'c'])).toBe('a, b en c');
  });
});
