const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * `2026-12-03` as "3 December 2026", the same on every machine and in every browser (no locale
 * or time zone of the build's or the reader's), so the server's HTML and the hydrated page agree.
 * Spelled out by hand: the first `Intl.DateTimeFormat` of a page loads locale data, 9 ms of a
 * pattern page's hydration on a desktop CPU and 36 ms at Lighthouse's 4x phone slowdown.
 */
export function formatDay(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  const date = match ? Number(match[3]) : 0;
  if (!match || !month || date < 1 || date > 31) throw new RangeError(`Not a day (YYYY-MM-DD): "${day}"`);
  return `${date} ${month} ${match[1]}`;
}

/** The UTC day of a timestamp in milliseconds, `YYYY-MM-DD`. */
export function dayOf(timestamp: number): string {
  return new Date(timestamp).toISOString().slice(0, 10);
}
