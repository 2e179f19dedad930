import { addDays, weekdayOnOrAfter } from '../dates';
import type { MeetingRow } from '../rows/meetings';
import { buildAgenda } from './agenda';
import { meetingTimes } from './meetings';
import type { SeedContext } from './seed-context';
import { INVITE_ONLY_VENUES, type VenueSeed } from './venues';

interface InviteOnlySeed {
  id: string;
  title: string;
  summary: string;
  /** Days from the seed date to the first day (negative: in the past). */
  startsInDays: number;
  weekday: number;
  days: number;
  place: VenueSeed;
  capacity: number;
  travelSupportOffered: boolean;
  trackId: MeetingRow['trackId'];
  invited: string[];
  hasBriefingBook: boolean;
}

/** The small, invite-only convenings, placed around the seed date so some are past and some upcoming. */
export function seedInviteOnlyMeetings(
  ctx: SeedContext,
  otherMemberIds: readonly string[],
  firstTermMemberIds: readonly string[],
): MeetingRow[] {
  const rnd = ctx.prng('invite-only');
  const some = (count: number): string[] => rnd.sample(otherMemberIds, count);
  const seeds: InviteOnlySeed[] = [
    {
      id: 'housing-affordability-convening',
      title: 'Housing Affordability Convening',
      summary:
        'Two days with housing finance experts on land trusts, zoning reform and preserving affordable units. Travel support is available.',
      startsInDays: 50,
      weekday: 2,
      days: 2,
      place: INVITE_ONLY_VENUES.minneapolis,
      capacity: 60,
      travelSupportOffered: true,
      trackId: null,
      invited: ['riverton', 'lakeport', ...some(8)],
      hasBriefingBook: false,
    },
    {
      id: 'great-lakes-roundtable',
      title: 'Great Lakes Regional Roundtable',
      summary: 'A regional roundtable on shoreline resilience and shared water infrastructure.',
      startsInDays: 35,
      weekday: 4,
      days: 1,
      place: INVITE_ONLY_VENUES.milwaukee,
      capacity: 25,
      travelSupportOffered: false,
      trackId: null,
      invited: ['lakeport'],
      hasBriefingBook: false,
    },
    {
      id: 'first-term-retreat',
      title: 'First-Term Mayors Retreat',
      summary: 'A retreat for mayors in their first term: budgets, building a team, and a peer cohort for the year.',
      startsInDays: 100,
      weekday: 1,
      days: 3,
      place: INVITE_ONLY_VENUES.asheville,
      capacity: 40,
      travelSupportOffered: true,
      trackId: 'first-term',
      invited: ['riverton', ...firstTermMemberIds],
      hasBriefingBook: false,
    },
    {
      id: 'digital-equity-working-session',
      title: 'Digital Equity Working Session',
      summary:
        'A small working session on broadband adoption and device programs. Seats are limited; a waitlist opens when full.',
      startsInDays: 28,
      weekday: 2,
      days: 1,
      place: INVITE_ONLY_VENUES.seattle,
      capacity: 12,
      travelSupportOffered: false,
      trackId: null,
      invited: ['riverton', 'lakeport', ...some(16)],
      hasBriefingBook: false,
    },
    {
      id: 'public-safety-roundtable',
      title: 'Public Safety Innovation Roundtable',
      summary: 'Mayors and police chiefs compare crisis response, violence interruption and data sharing.',
      startsInDays: -150,
      weekday: 3,
      days: 2,
      place: INVITE_ONLY_VENUES.phoenix,
      capacity: 40,
      travelSupportOffered: true,
      trackId: null,
      invited: ['riverton', 'lakeport', ...some(10)],
      hasBriefingBook: true,
    },
    {
      id: 'first-term-retreat-previous',
      title: 'First-Term Mayors Retreat (previous cohort)',
      summary: 'Last cohort’s retreat for first-term mayors.',
      startsInDays: -265,
      weekday: 1,
      days: 3,
      place: INVITE_ONLY_VENUES.asheville,
      capacity: 40,
      travelSupportOffered: true,
      trackId: 'first-term',
      invited: ['riverton', ...firstTermMemberIds],
      hasBriefingBook: true,
    },
  ];
  return seeds.map((s) => {
    const startDate = weekdayOnOrAfter(addDays(ctx.today, s.startsInDays), s.weekday);
    return {
      id: s.id,
      kind: 'invite_only',
      title: s.title,
      summary: s.summary,
      ...meetingTimes(startDate, s.days, s.place.timeZone),
      timeZone: s.place.timeZone,
      venue: s.place.venue,
      capacity: s.capacity,
      travelSupportOffered: s.travelSupportOffered,
      briefingBookId: s.hasBriefingBook ? `bb-${s.id}` : null,
      trackId: s.trackId,
      invitedMemberIds: [...new Set(s.invited)],
      agenda: buildAgenda(ctx.prng(`agenda-${s.id}`), startDate, s.days, s.place.timeZone, 4),
      status: 'scheduled',
      canceledAt: null,
      sequence: 0,
      version: 0,
    };
  });
}
