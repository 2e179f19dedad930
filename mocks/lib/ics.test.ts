// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildCalendar, escapeText, foldLine, utcDateTime } from './ics';

const event = {
  uid: 'winter-2027@mayorsinnovation.example',
  stamp: new Date('2026-11-26T15:00:00Z'),
  startsAt: '2027-01-20T09:00:00-05:00',
  endsAt: '2027-01-22T12:00:00-05:00',
  summary: 'Winter Meeting 2027',
  location: 'The Capitol Hill Conference Center, 400 New Jersey Ave NW, Washington, DC',
  description: 'Three days; peer learning, briefings\nand more.',
  sequence: 0,
  canceled: false,
};

describe('the iCalendar writer', () => {
  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeText('a\\b; c, d\ne')).toBe('a\\\\b\\; c\\, d\\ne');
  });

  it('folds lines longer than 75 octets, counting octets, not characters', () => {
    const long = `DESCRIPTION:${'x'.repeat(200)}`;
    const folded = foldLine(long).split('\r\n');
    expect(folded.length).toBeGreaterThan(2);
    for (const line of folded) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(folded.map((line, i) => (i === 0 ? line : line.slice(1))).join('')).toBe(long);
    // Multi-byte characters are never split.
    const accents = foldLine(`SUMMARY:${'é'.repeat(60)}`).split('\r\n');
    for (const line of accents) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(accents.join('')).not.toContain('\uFFFD');
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });

  it('writes UTC date-times', () => {
    expect(utcDateTime('2027-01-20T09:00:00-05:00')).toBe('20270120T140000Z');
  });

  it('writes one VEVENT with CRLF line endings', () => {
    const text = buildCalendar(event);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines).toContain('UID:winter-2027@mayorsinnovation.example');
    expect(lines).toContain('DTSTAMP:20261126T150000Z');
    expect(lines).toContain('DTSTART:20270120T140000Z');
    expect(lines).toContain('DTEND:20270122T170000Z');
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).toContain(
      'LOCATION:The Capitol Hill Conference Center\\, 400 New Jersey Ave NW\\, Washington\\, DC',
    );
    expect(unfolded).toContain('DESCRIPTION:Three days\\; peer learning\\, briefings\\nand more.');
    expect(lines).toContain('SEQUENCE:0');
    expect(lines).toContain('STATUS:CONFIRMED');
  });

  it('keeps the UID and carries a raised SEQUENCE and a cancellation, so calendars update the event', () => {
    const lines = buildCalendar({ ...event, sequence: 3, canceled: true }).split('\r\n');
    expect(lines).toContain('UID:winter-2027@mayorsinnovation.example');
    expect(lines).toContain('SEQUENCE:3');
    expect(lines).toContain('STATUS:CANCELLED');
  });
});
