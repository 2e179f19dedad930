import type { MeetingKind } from '@/api/contracts/meetings';

/** The kind as a tag on a meeting ("Winter Meeting"). */
export const meetingKindLabel: Record<MeetingKind, string> = {
  winter: 'Winter Meeting',
  summer: 'Summer Meeting',
  invite_only: 'Invite-only',
};

/** The kind in a sentence, plural ("No past Summer Meetings in 2031"). */
export const meetingKindPlural: Record<MeetingKind, string> = {
  winter: 'Winter Meetings',
  summer: 'Summer Meetings',
  invite_only: 'invite-only meetings',
};
