/** `YYYY-MM-DD` of `at` on the clock in Amsterdam. */
export function amsterdamDay(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}
