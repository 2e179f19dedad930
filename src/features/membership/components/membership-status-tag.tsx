import type { Membership } from '@/api/contracts/members';
import { StatusTag } from '@/components/ui/status-tag';
import { membershipStatusLabel } from './membership-status-label';

/** The membership status tag shown on every page of a member's hub. */
export function MembershipStatusTag({ membership }: { membership: Membership }) {
  const { text, tone } = membershipStatusLabel(membership);
  return <StatusTag tone={tone}>{text}</StatusTag>;
}
