/**
 * The days that do not count as working days besides the weekend: the public holidays of the
 * Algemene termijnenwet (art. 3), the Dutch law that extends legal time limits — New Year's Day,
 * Easter Monday, Ascension Day, Whit Monday, King's Day, Liberation Day (5 May) and both
 * Christmas days. Good Friday is not among them. Easter Sunday and Whit Sunday fall on a Sunday
 * anyway.
 */
export function isDutchPublicHoliday(year: number, month: number, day: number): boolean {
  const key = monthDay(month, day);
  if (FIXED_HOLIDAYS.has(key)) return true;
  if (key === kingsDay(year)) return true;
  const easter = easterSunday(year);
  return EASTER_OFFSETS.some((offset) => {
    const moved = new Date(Date.UTC(year, easter.month - 1, easter.day + offset));
    return moved.getUTCMonth() + 1 === month && moved.getUTCDate() === day;
  });
}

const FIXED_HOLIDAYS = new Set([
  monthDay(1, 1),
  monthDay(5, 5),
  monthDay(12, 25),
  monthDay(12, 26),
]);

/** Easter Monday, Ascension Day, Whit Monday: days after Easter Sunday. */
const EASTER_OFFSETS = [1, 39, 50];

function monthDay(month: number, day: number): string {
  return `${month}-${day}`;
}

/** 27 April, or the 26th when the 27th is a Sunday (the rule since 2014). */
function kingsDay(year: number): string {
  const sunday = new Date(Date.UTC(year, 3, 27)).getUTCDay() === 0;
  return monthDay(4, sunday ? 26 : 27);
}

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): { readonly month: number; readonly day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}
