/**
 * Dutch (B1) wording for numbers, distances, times and dates. Everything a person reads about a
 * figure goes through here, so "0 km" never shows up as "0 km" and "0 weken" never as a wait.
 */
const TIME_ZONE = 'Europe/Amsterdam';
const DAY_MS = 86_400_000;

const decimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const oneDecimal = new Intl.NumberFormat('nl-NL', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const clock = new Intl.DateTimeFormat('nl-NL', {
  hour: '2-digit',
  minute: '2-digit',
  timeZone: TIME_ZONE,
});
const longDate = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: TIME_ZONE,
});
const weekdayDate = new Intl.DateTimeFormat('nl-NL', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  timeZone: TIME_ZONE,
});

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "2,4": at most one decimal, with a decimal comma. */
export function formatDecimal(value: number): string {
  return decimal.format(value);
}

/** Scores and points always with one decimal: "68,8". */
export function formatPoints(points: number): string {
  return oneDecimal.format(points);
}

/** 2.5 → "2,5" with every digit kept: a stored number in a field a person may change. */
export function formatNumberInput(value: number): string {
  return String(value).replace('.', ',');
}

/** Under half a kilometre reads as "in uw buurt". */
export function formatDistance(km: number): string {
  if (km < 0.5) return 'in uw buurt';
  return `${formatDecimal(km)} km`;
}

export function formatWaitingTime(weeks: number): string {
  return weeks <= 0 ? 'geen wachttijd' : plural(weeks, 'week', 'weken');
}

export function formatFreePlaces(places: number): string {
  return places <= 0 ? 'geen vrije plek' : plural(places, 'vrije plek', 'vrije plekken');
}

/** "14:03", in Dutch time whatever the device's clock zone. */
export function formatClock(at: Date | string): string {
  return clock.format(new Date(at));
}

/** "3 december 2026" */
export function formatDate(at: Date | string): string {
  return longDate.format(new Date(at));
}

/** "3 december 2026 om 14:03" */
export function formatDateTime(at: Date | string): string {
  return `${formatDate(at)} om ${formatClock(at)}`;
}

/** "donderdag 10 december om 17:00": when a hold ends. */
export function formatDeadline(at: Date | string): string {
  return `${weekdayDate.format(new Date(at))} om ${formatClock(at)}`;
}

/** Whole days between two moments, counted in calendar days in the Netherlands. */
export function calendarDaysBetween(from: Date | string, to: Date | string): number {
  const key = (at: Date | string) => {
    const parts = new Intl.DateTimeFormat('en-CA', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      timeZone: TIME_ZONE,
    }).format(new Date(at));
    return Date.parse(`${parts}T00:00:00Z`);
  };
  return Math.round((key(to) - key(from)) / DAY_MS);
}

/** "vandaag", "gisteren", "9 dagen geleden" */
export function formatAge(at: Date | string, now: Date = new Date()): string {
  const days = calendarDaysBetween(at, now);
  if (days <= 0) return 'vandaag';
  if (days === 1) return 'gisteren';
  return `${days} dagen geleden`;
}

/** "nog 3 dagen", "nog 5 uur", "nog 20 minuten", "verlopen" */
export function formatTimeLeft(until: Date | string, now: Date = new Date()): string {
  const ms = new Date(until).getTime() - now.getTime();
  if (ms <= 0) return 'verlopen';
  const minutes = Math.ceil(ms / 60_000);
  if (minutes < 60) return `nog ${plural(minutes, 'minuut', 'minuten')}`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `nog ${hours} uur`;
  return `nog ${plural(Math.floor(hours / 24), 'dag', 'dagen')}`;
}

/** "a, b en c" */
export function formatList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}
