import type { AttendeeInput } from '../../src/api/contracts/meetings';
import { getDb } from '../db/db';
import type { MeetingRow } from '../db/rows/meetings';
import type { MemberRow } from '../db/rows/people';
import { HttpError } from './http-error';
import { requireNotLapsed } from './member-benefits';
import { displayName, mayorOf } from './people';

/**
 * Whether the city may register anyone for this meeting at all. Meetings are a member benefit: a
 * lapsed city has lost it, and a city that has not joined yet gets one thing only, its mayor at one
 * Winter Meeting, free.
 */
export function requireEligible(member: MemberRow, meeting: MeetingRow, attendees: readonly AttendeeInput[]): void {
  if (member.kind === 'prospective') {
    requireFreeWinterMeeting(member, meeting, attendees);
    return;
  }
  requireNotLapsed(member, 'register for meetings');
}

function requireFreeWinterMeeting(member: MemberRow, meeting: MeetingRow, attendees: readonly AttendeeInput[]): void {
  if (meeting.kind !== 'winter') {
    throw new HttpError(
      403,
      'members_only',
      'Only member cities can attend the Summer Meeting and invite-only meetings. Join MIP to attend.',
    );
  }
  const mayor = mayorOf(member);
  if (attendees.some((a) => a.kind !== 'mayor')) {
    throw new HttpError(
      403,
      'prospective_mayor_only',
      `Before ${member.city} joins MIP, only ${displayName(mayor)} can attend, free, once. Staff and council members can come once the city is a member.`,
    );
  }
  const db = getDb();
  const used = db.registrations.find((r) => r.memberId === member.id && r.status !== 'cancelled');
  if (used) {
    const title = db.meetings.find((m) => m.id === used.meetingId)?.title ?? 'a Winter Meeting';
    throw new HttpError(
      409,
      'free_meeting_used',
      `${displayName(mayor)} already used the free Winter Meeting for cities that have not joined MIP yet (the ${title}). Join MIP to attend more meetings.`,
    );
  }
}
