import type { Membership } from '@/api/contracts/members';
import type { Tone } from '@/components/ui/tone';
import { formatDate } from '@/lib/format';

/** The membership status as people say it, with the dates that matter for it. */
export function membershipStatusLabel(membership: Membership): { text: string; tone: Tone } {
  switch (membership.status) {
    case 'active':
      return {
        text: membership.throughOn ? `Member through ${formatDate(membership.throughOn)}` : 'Member',
        tone: 'success',
      };
    case 'renewal_due':
      return { text: 'Renewal due', tone: 'warning' };
    case 'grace':
      return {
        text: membership.graceEndsOn
          ? `In grace until ${formatDate(membership.graceEndsOn)} — dues overdue`
          : 'In grace — dues overdue',
        tone: 'danger',
      };
    case 'lapsed':
      return { text: 'Lapsed', tone: 'neutral' };
    case 'prospective':
      return { text: 'Not yet a member', tone: 'info' };
  }
}
