/**
 * `2026-12-03` as "3 December 2026", the same on every machine and in every browser (no locale
 * or time zone of the build's or the reader's), so the server's HTML and the hydrated page agree.
 */
export function formatDay(day: string): string {
  return new Intl.DateTimeFormat('en-GB', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'}).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** The UTC day of a timestamp in milliseconds, `YYYY-MM-DD`. */
export function dayOf(timestamp: number): string {
  return new Date(timestamp).toISOString().slice(0, 10);
}
