import type { MembershipStatus } from '@/api/contracts/members';
import { StatusTag } from '@/components/ui/status-tag';
import type { Tone } from '@/components/ui/tone';

/** A membership status in a word or two, for lists where there is no room for dates. */
const membershipStatusWords: Record<MembershipStatus, { text: string; tone: Tone }> = {
  active: { text: 'Member', tone: 'success' },
  renewal_due: { text: 'Renewal due', tone: 'warning' },
  grace: { text: 'In grace', tone: 'danger' },
  lapsed: { text: 'Lapsed', tone: 'neutral' },
  prospective: { text: 'Prospective', tone: 'info' },
};

export function MembershipStatusTag({ status }: { status: MembershipStatus }) {
  const words = membershipStatusWords[status];
  return <StatusTag tone={words.tone}>{words.text}</StatusTag>;
}
