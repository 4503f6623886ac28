import { isDutchPublicHoliday } from './dutch-holidays';

const DAY_MS = 24 * 60 * 60 * 1000;
export const DUTCH_TIME_ZONE = 'Europe/Amsterdam';

/**
 * The moment `workingDays` working days (Monday to Friday except the public holidays of the
 * Algemene termijnenwet, in the region's time zone) after `start`, at the same wall-clock time.
 */
export function addWorkingDays(start: Date, workingDays: number, timeZone = DUTCH_TIME_ZONE): Date {
  if (!Number.isInteger(workingDays) || workingDays < 0) {
    throw new RangeError(`workingDays must be a whole number of 0 or more, got ${workingDays}`);
  }
  let calendarDays = 0;
  let counted = 0;
  while (counted < workingDays) {
    calendarDays += 1;
    if (isWorkingDay(sameWallClockLater(start, calendarDays, timeZone), timeZone)) counted += 1;
  }
  return sameWallClockLater(start, calendarDays, timeZone);
}

function sameWallClockLater(start: Date, calendarDays: number, timeZone: string): Date {
  const naive = new Date(start.getTime() + calendarDays * DAY_MS);
  // Across a daylight-saving change, 24-hour steps drift an hour from the wall-clock time.
  return new Date(naive.getTime() + offsetMs(start, timeZone) - offsetMs(naive, timeZone));
}

export function isWorkingDay(moment: Date, timeZone = DUTCH_TIME_ZONE): boolean {
  const parts = formatter(timeZone, 'date').formatToParts(moment);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((found) => found.type === type)?.value ?? '';
  const weekday = part('weekday');
  if (weekday === 'Sat' || weekday === 'Sun') return false;
  return !isDutchPublicHoliday(Number(part('year')), Number(part('month')), Number(part('day')));
}

/** The time zone's offset from UTC at that moment, e.g. +1 h in Dutch winter. */
function offsetMs(moment: Date, timeZone: string): number {
  const name = formatter(timeZone, 'offset')
    .formatToParts(moment)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0;
  const sign = match[1] === '-' ? -1 : 1;
  return sign * (Number(match[2]) * 60 + Number(match[3])) * 60 * 1000;
}

// Building an Intl formatter costs far more than using one.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, kind: 'date' | 'offset'): Intl.DateTimeFormat {
  const key = `${kind}:${timeZone}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(
      'en-GB',
      kind === 'date'
        ? { timeZone, weekday: 'short', year: 'numeric', month: 'numeric', day: 'numeric' }
        : { timeZone, timeZoneName: 'longOffset' },
    );
    formatters.set(key, found);
  }
  return found;
}
