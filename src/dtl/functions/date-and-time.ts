import {DtlError, type FunctionTable} from '../evaluate';
import {Tagged} from '../values';
import {arity, eachValue, SKIP, stringArg} from './shared';

/**
 * Date and time (hub/dtl/dtl-functions-date-and-time). `datetime-parse` reads strings with a
 * strftime-style format and gives `~t` datetimes in UTC. `now` is left out on purpose: it is
 * non-deterministic, and a worked example must give the same output every time.
 */

/** How each supported directive reads its part of the string. */
const DIRECTIVES: Readonly<Record<string, string>> = {
  d: '\\d{1,2}',
  e: ' ?\\d{1,2}',
  H: '\\d{1,2}',
  I: '\\d{1,2}',
  m: '\\d{1,2}',
  M: '\\d{1,2}',
  p: 'am|pm',
  S: '\\d{1,2}',
  f: '\\d{1,6}',
  y: '\\d{2}',
  Y: '\\d{4}',
  z: '[+-]\\d{2}:?\\d{2}',
  // Reference ambiguity: %Z is not in the entry's token list; read as Python's strptime does, for the zero-offset names UTC and GMT only.
  Z: 'utc|gmt',
};

interface Format {
  pattern: RegExp;
  /** The directive letter of each capture group, in order. */
  directives: string[];
}

const compiled = new Map<string, Format>();

/** Compiles a format into a whole-string, case-insensitive regular expression. */
function compile(format: string): Format {
  const cached = compiled.get(format);
  if (cached) return cached;
  let source = '';
  const directives: string[] = [];
  for (let i = 0; i < format.length; i++) {
    const c = format[i]!;
    if (c !== '%') {
      source += /\s/.test(c) ? '\\s+' : c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
      if (/\s/.test(c)) while (i + 1 < format.length && /\s/.test(format[i + 1]!)) i += 1;
      continue;
    }
    const d = format[i + 1];
    i += 1;
    if (d === '%') {
      source += '%';
      continue;
    }
    if (d === undefined || !Object.hasOwn(DIRECTIVES, d)) {
      throw new DtlError(
        `"datetime-parse" does not support the format directive "%${d ?? ''}" in "${format}" (supported: %${Object.keys(DIRECTIVES).join(' %')} %%).`,
        'datetime-parse',
      );
    }
    if (directives.includes(d)) {
      throw new DtlError(`"datetime-parse" format "${format}" uses "%${d}" twice.`, 'datetime-parse');
    }
    if (d === 'z' && i !== format.length - 1) {
      throw new DtlError(`"datetime-parse" format "${format}": %z must be the last token.`, 'datetime-parse');
    }
    directives.push(d);
    source += `(${DIRECTIVES[d]})`;
  }
  const result = {pattern: new RegExp(`^${source}$`, 'i'), directives};
  compiled.set(format, result);
  return result;
}

/** The offset of a time zone from UTC at an instant, in minutes (positive east of Greenwich). */
function zoneOffset(zone: string, utc: number): number {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    }).formatToParts(new Date(utc));
  } catch {
    throw new DtlError(`"datetime-parse" does not know the time zone "${zone}".`, 'datetime-parse');
  }
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = new Date(0);
  wall.setUTCFullYear(get('year'), get('month') - 1, get('day'));
  wall.setUTCHours(get('hour'), get('minute'), get('second'), 0);
  return Math.round((wall.getTime() - (utc - (((utc % 1000) + 1000) % 1000))) / 60000);
}

/** Milliseconds since the epoch of a wall-clock time in a zone (the later offset in a gap). */
function fromZone(wall: number, zone: string): number {
  const first = wall - zoneOffset(zone, wall) * 60000;
  return wall - zoneOffset(zone, first) * 60000;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A datetime's transit text: seconds always, a fraction only as long as it needs to be. */
function datetimeText(ms: number, nanos: number): string {
  const d = new Date(ms);
  const fraction = nanos === 0 ? '' : `.${pad(nanos, 9).replace(/0+$/, '')}`;
  return (
    `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}` +
    `T${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)}${fraction}Z`
  );
}

/** Parses one string; undefined when it does not match the format or names no real time. */
export function parseDatetime(text: string, format: string, zone = 'UTC'): Tagged | undefined {
  const {pattern, directives} = compile(format);
  const match = pattern.exec(text);
  if (!match) return undefined;
  const field: Record<string, string> = {};
  directives.forEach((d, i) => (field[d] = match[i + 1]!));
  const num = (d: string, fallback: number) => (field[d] === undefined ? fallback : Number(field[d].trim()));
  // %y: 00-68 are 2000-2068, 69-99 are 1969-1999 (the entry's note).
  const year =
    field.Y !== undefined
      ? num('Y', 1900)
      : field.y !== undefined
        ? (num('y', 0) <= 68 ? 2000 : 1900) + num('y', 0)
        : 1900;
  const month = num('m', 1);
  const day = field.d !== undefined ? num('d', 1) : num('e', 1);
  let hour = num('H', 0);
  if (field.I !== undefined) {
    const h12 = num('I', 12);
    if (h12 < 1 || h12 > 12) return undefined;
    hour = (h12 % 12) + (field.p?.toLowerCase() === 'pm' ? 12 : 0);
  }
  const minute = num('M', 0);
  const second = num('S', 0);
  const nanos = field.f === undefined ? 0 : Number(field.f.padEnd(6, '0')) * 1000;
  if (year < 1 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  const wall = new Date(0);
  wall.setUTCFullYear(year, month - 1, day);
  if (wall.getUTCMonth() !== month - 1) return undefined; // no such day in that month
  wall.setUTCHours(hour, minute, second, 0);
  let utc: number;
  if (field.z !== undefined) {
    const [, sign, hh, mm] = /^([+-])(\d{2}):?(\d{2})$/.exec(field.z)!;
    utc = wall.getTime() - (sign === '-' ? -1 : 1) * (Number(hh) * 60 + Number(mm)) * 60000;
  } else if (field.Z !== undefined || zone === 'UTC') {
    utc = wall.getTime();
  } else {
    utc = fromZone(wall.getTime(), zone);
  }
  const y = new Date(utc).getUTCFullYear();
  if (y < 1 || y > 9999) return undefined;
  return new Tagged('t', datetimeText(utc, nanos));
}

export const dateAndTime: FunctionTable = {
  // TIMEZONE_NAME is optional; values that are not strings or do not parse are left out.
  // Reference ambiguity: the Europe/Oslo example prints 2018-08-08 for 2018-08-18; datetime-format round-trips it to the 18th, so the day is kept.
  'datetime-parse': (call) => {
    const n = arity(call, 2, 3);
    const zone = n === 3 ? stringArg(call, 0, 'TIMEZONE_NAME') : 'UTC';
    const format = stringArg(call, n - 2, 'FORMATSTRING');
    compile(format); // a bad format is an error even when there is nothing to parse
    return eachValue(call.arg(n - 1), (value) => {
      if (typeof value !== 'string') return SKIP;
      return parseDatetime(value, format, zone) ?? SKIP;
    });
  },
};
