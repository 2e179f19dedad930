/**
 * Date arithmetic for the seed and the handlers. Calendar dates are "YYYY-MM-DD" (UTC, no zone);
 * meeting times are wall-clock times in the meeting's own IANA zone, written with that zone's offset.
 */
const DAY_MS = 86_400_000;

export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function addMinutes(instant: string | Date, minutes: number): string {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return new Date(ms + minutes * 60_000).toISOString();
}

/** The n-th (1-based) given weekday (0 = Sunday) of a month (1-based), as YYYY-MM-DD. */
export function nthWeekdayOf(year: number, month: number, weekday: number, n: number): string {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const offset = (weekday - first.getUTCDay() + 7) % 7;
  return new Date(Date.UTC(year, month - 1, 1 + offset + (n - 1) * 7)).toISOString().slice(0, 10);
}

/** The first given weekday on or after a date. */
export function weekdayOnOrAfter(isoDate: string, weekday: number): string {
  const day = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  return addDays(isoDate, (weekday - day + 7) % 7);
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** "-05:00" for America/New_York in January: the zone's offset around noon of that date. */
function offsetOf(isoDate: string, timeZone: string): string {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormats.set(timeZone, format);
  }
  const name =
    format.formatToParts(new Date(`${isoDate}T12:00:00Z`)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const offset = name.replace('GMT', '');
  return offset === '' ? '+00:00' : offset;
}

/** A wall-clock time in a zone as ISO 8601 with that zone's offset: "2027-01-20T09:00:00-05:00". */
export function zonedDateTime(isoDate: string, time: string, timeZone: string): string {
  return `${isoDate}T${time}:00${offsetOf(isoDate, timeZone)}`;
}

const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * An instant as the wall-clock time in a zone with the zone's offset at that instant, as meeting
 * times are written: "2027-01-20T14:00:00Z" in America/New_York is "2027-01-20T09:00:00-05:00".
 */
export function instantInZone(instant: string, timeZone: string): string {
  let format = wallClockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZoneName: 'longOffset',
    });
    wallClockFormats.set(timeZone, format);
  }
  const date = new Date(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    format.formatToParts(date).find((p) => p.type === type)?.value ?? '';
  const offset = part('timeZoneName').replace('GMT', '') || '+00:00';
  const millis = date.getUTCMilliseconds();
  const fraction = millis === 0 ? '' : `.${String(millis).padStart(3, '0')}`;
  const clock = `${part('hour')}:${part('minute')}:${part('second')}${fraction}`;
  return `${part('year')}-${part('month')}-${part('day')}T${clock}${offset}`;
}

const localDateFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date an instant falls on in a zone. */
export function dateInZone(instant: string, timeZone: string): string {
  let format = localDateFormats.get(timeZone);
  if (!format) {
    // en-CA formats dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    localDateFormats.set(timeZone, format);
  }
  return format.format(new Date(instant));
}

/** An instant a fraction of the way between two instants, for placing seeded events in a window. */
export function instantBetween(from: string, to: string, fraction: number): string {
  const start = Date.parse(from);
  return new Date(start + Math.max(0, Date.parse(to) - start) * fraction).toISOString();
}

const HOUR_MS = 3_600_000;
/** Office hours across the mainland US, in UTC: 9 AM Eastern to 2 PM Pacific, 8 AM to 4 PM Central. */
const OFFICE_OPENS_UTC_HOUR = 14;
const OFFICE_HOURS = 8;

/**
 * The instant moved into that day's office hours (UTC day, whole minutes), keeping its order among
 * the day's other instants: people seen acting in the seed act at times a person would believe.
 */
export function duringOfficeHours(instant: string): string {
  const ms = Date.parse(instant);
  const dayStart = ms - (((ms % DAY_MS) + DAY_MS) % DAY_MS);
  const intoDay = (ms - dayStart) / DAY_MS;
  const minutes = Math.floor((intoDay * OFFICE_HOURS * HOUR_MS) / 60_000);
  return new Date(dayStart + OFFICE_OPENS_UTC_HOUR * HOUR_MS + minutes * 60_000).toISOString();
}

/** Like `instantBetween`, in office hours, and never outside the two instants. */
export function officeHoursBetween(from: string, to: string, fraction: number): string {
  const at = Date.parse(duringOfficeHours(instantBetween(from, to, fraction)));
  return new Date(Math.min(Math.max(at, Date.parse(from)), Math.max(Date.parse(from), Date.parse(to)))).toISOString();
}
