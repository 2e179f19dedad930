/**
 * A minimal iCalendar (RFC 5545) writer for one event: what "Add to calendar" downloads.
 *
 * Times are written in UTC (`DTSTART:20270120T140000Z`) rather than with `TZID=` and a VTIMEZONE
 * block: a correct VTIMEZONE needs the zone's daylight-saving rules, which `Intl` does not expose,
 * and a wrong one would move the meeting. A UTC instant is exact, valid everywhere, and every
 * calendar shows it in its owner's zone.
 */

export interface CalendarEvent {
  /** Stable across downloads, so importing twice updates the event instead of duplicating it. */
  uid: string;
  stamp: Date;
  startsAt: string;
  endsAt: string;
  summary: string;
  location: string;
  description: string;
  /** Raised with each change of time or place, so a calendar that imported the event updates it. */
  sequence: number;
  canceled: boolean;
}

const CRLF = '\r\n';
/** RFC 5545's own (British) spelling of the status, written in capitals as the standard requires. */
const ICS_CANCELED = 'cancelled';
const MAX_OCTETS = 75;

/** TEXT values: backslash, semicolon, comma and newline are escaped (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/**
 * Folds a content line at 75 octets (§3.1): continuation lines start with one space. Splits only
 * between characters, never inside a UTF-8 sequence.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1; // the leading space counts
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** `20270120T140000Z` */
export function utcDateTime(instant: Date | string): string {
  const iso = new Date(instant).toISOString();
  return `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;
}

export function buildCalendar(event: CalendarEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Mayors Innovation Project//Member Hub//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `SEQUENCE:${String(event.sequence)}`,
    `STATUS:${(event.canceled ? ICS_CANCELED : 'confirmed').toUpperCase()}`,
    `DTSTAMP:${utcDateTime(event.stamp)}`,
    `DTSTART:${utcDateTime(event.startsAt)}`,
    `DTEND:${utcDateTime(event.endsAt)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `LOCATION:${escapeText(event.location)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
