import type { AttendeeInput } from '../../src/api/contracts/meetings';
import type { MeetingRow } from '../../mocks/db/rows/meetings';
import type { MemberRow } from '../../mocks/db/rows/people';
import { HttpError } from '../../mocks/lib/http-error';
import type { StoreTx } from '../store/store';
import { requireNotLapsed } from './member-benefits';
import { displayName, mayorOf } from './people';
import { byRegistrationOrder } from './seats';

/**
 * Whether the city may register anyone for this meeting at all. Meetings are a member benefit: a
 * lapsed city has lost it, and a city that has not joined yet gets one thing only, its mayor at one
 * Winter Meeting, free.
 */
export async function requireEligible(
  tx: StoreTx,
  member: MemberRow,
  meeting: MeetingRow,
  attendees: readonly AttendeeInput[],
): Promise<void> {
  if (member.kind === 'prospective') {
    await requireFreeWinterMeeting(tx, member, meeting, attendees);
    return;
  }
  await requireNotLapsed(tx, member, 'register for meetings');
}

async function requireFreeWinterMeeting(
  tx: StoreTx,
  member: MemberRow,
  meeting: MeetingRow,
  attendees: readonly AttendeeInput[],
): Promise<void> {
  if (meeting.kind !== 'winter') {
    throw new HttpError(
      403,
      'members_only',
      'Only member cities can attend the Summer Meeting and invite-only meetings. Join MIP to attend.',
    );
  }
  const mayor = await mayorOf(tx, member);
  if (attendees.some((a) => a.kind !== 'mayor')) {
    throw new HttpError(
      403,
      'prospective_mayor_only',
      `Before ${member.city} joins MIP, only ${displayName(mayor)} can attend, free, once. Staff and council members can come once the city is a member.`,
    );
  }
  // The free meeting is used once across all Winter Meetings: holding the city's row keeps two
  // registrations for different meetings from both finding it unused.
  await tx.members.getForUpdate({ id: member.id });
  const used = (await tx.registrations.find({ memberId: member.id }))
    .filter((r) => r.status !== 'cancelled')
    .sort(byRegistrationOrder)[0];
  if (used) {
    const title = (await tx.meetings.get({ id: used.meetingId }))?.title ?? 'a Winter Meeting';
    throw new HttpError(
      409,
      'free_meeting_used',
      `${displayName(mayor)} already used the free Winter Meeting for cities that have not joined MIP yet (the ${title}). Join MIP to attend more meetings.`,
    );
  }
}
