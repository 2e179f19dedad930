import { addDays, nthWeekdayOf, zonedDateTime } from '../dates';
import type { MeetingRow } from '../rows/meetings';
import { buildAgenda } from './agenda';
import type { SeedContext } from './seed-context';
import { SUMMER_VENUES, WASHINGTON_DC, type VenueSeed } from './venues';

const FIRST_YEAR = 2019;
const WEDNESDAY = 3;
/** Registration opens about a quarter before a meeting and closes two weeks before it. */
export const REGISTRATION_OPENS_DAYS_BEFORE = 90;
export const REGISTRATION_CLOSES_DAYS_BEFORE = 14;

export interface MeetingTimes {
  startsAt: string;
  endsAt: string;
  registrationOpensAt: string;
  registrationClosesAt: string;
}

/** Start 9:00 on the first day, end at noon on the last, all in the meeting's own zone. */
export function meetingTimes(startDate: string, days: number, timeZone: string): MeetingTimes {
  return {
    startsAt: zonedDateTime(startDate, '09:00', timeZone),
    endsAt: zonedDateTime(addDays(startDate, days - 1), '12:00', timeZone),
    registrationOpensAt: zonedDateTime(addDays(startDate, -REGISTRATION_OPENS_DAYS_BEFORE), '09:00', timeZone),
    registrationClosesAt: zonedDateTime(addDays(startDate, -REGISTRATION_CLOSES_DAYS_BEFORE), '23:59', timeZone),
  };
}

function gathering(ctx: SeedContext, kind: 'winter' | 'summer', year: number, place: VenueSeed): MeetingRow {
  const startDate = nthWeekdayOf(year, kind === 'winter' ? 1 : 7, WEDNESDAY, 3);
  const times = meetingTimes(startDate, 3, place.timeZone);
  const id = `${kind}-${year}`;
  const title = `${kind === 'winter' ? 'Winter' : 'Summer'} Meeting ${year}`;
  const isPast = Date.parse(times.startsAt) < ctx.now.getTime();
  return {
    id,
    kind,
    status: 'scheduled',
    canceledAt: null,
    sequence: 0,
    version: 0,
    title,
    summary:
      kind === 'winter'
        ? `MIP's winter gathering in ${place.venue.city}: three days of peer learning, federal policy briefings and mayors-only sessions.`
        : `MIP's summer gathering, hosted in ${place.venue.city}, ${place.venue.state}: site visits, workshops and the year's policy agenda.`,
    ...times,
    timeZone: place.timeZone,
    venue: place.venue,
    capacity: 400,
    travelSupportOffered: false,
    // Briefing books are published for meetings that have happened.
    briefingBookId: isPast ? `bb-${id}` : null,
    trackId: null,
    invitedMemberIds: null,
    agenda: buildAgenda(ctx.prng(`agenda-${id}`), startDate, 3, place.timeZone),
  };
}

/** A Winter Meeting every January (usually in Washington) and a Summer Meeting every July. */
export function seedGatherings(ctx: SeedContext): MeetingRow[] {
  const meetings: MeetingRow[] = [];
  const lastYear = Number(ctx.today.slice(0, 4)) + 1;
  for (let year = FIRST_YEAR; year <= lastYear; year += 1) {
    meetings.push(gathering(ctx, 'winter', year, WASHINGTON_DC));
    const summerPlace = SUMMER_VENUES[(year - FIRST_YEAR) % SUMMER_VENUES.length] ?? WASHINGTON_DC;
    meetings.push(gathering(ctx, 'summer', year, summerPlace));
  }
  return meetings;
}
