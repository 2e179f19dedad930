// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { relativeDay } from './relative-day';

const NEW_YORK = 'America/New_York';
/** Thursday Nov 26, 2026, 10:00 in New York. */
const now = new Date('2026-11-26T15:00:00Z');

describe('relativeDay', () => {
  it('says today and tomorrow', () => {
    expect(relativeDay('2026-11-26T23:59:00-05:00', NEW_YORK, now)).toBe('today');
    expect(relativeDay('2026-11-27T23:59:00-05:00', NEW_YORK, now)).toBe('tomorrow');
  });

  it('names the weekday from 2 to 6 days away', () => {
    expect(relativeDay('2026-11-28T09:00:00-05:00', NEW_YORK, now)).toBe('Saturday');
    expect(relativeDay('2026-12-02T23:59:00-05:00', NEW_YORK, now)).toBe('Wednesday');
  });

  it('gives the date from a week away, with the year only when it is not this year', () => {
    expect(relativeDay('2026-12-03T23:59:00-05:00', NEW_YORK, now)).toBe('Dec 3');
    expect(relativeDay('2027-01-06T23:59:00-05:00', NEW_YORK, now)).toBe('Jan 6, 2027');
  });

  it('counts calendar days in the given zone, not in UTC', () => {
    // 23:59 in Los Angeles on Nov 27 is already Nov 28 in UTC: still "tomorrow" there.
    expect(relativeDay('2026-11-27T23:59:00-08:00', 'America/Los_Angeles', now)).toBe('tomorrow');
    // At 20:00 in New York (01:00 UTC the next day) it is still Thursday in New York.
    const evening = new Date('2026-11-27T01:00:00Z');
    expect(relativeDay('2026-11-26T23:59:00-05:00', NEW_YORK, evening)).toBe('today');
  });

  it('reads the new year from the zone: Dec 31 evening in Honolulu is still last year there', () => {
    const newYearsEve = new Date('2027-01-01T05:00:00Z'); // Dec 31, 19:00 in Honolulu
    expect(relativeDay('2027-01-10T12:00:00-10:00', 'Pacific/Honolulu', newYearsEve)).toBe('Jan 10, 2027');
  });
});
