import { useSuspenseQuery } from '@tanstack/react-query';
import type { MemoAllowance } from '@/api/contracts/memos';
import { Alert } from '@/components/ui/alert';
import { formatLongDate } from '@/lib/format';
import { memoAllowanceQueryOptions } from '../api/memo-allowance-queries';

/** Why a request can't be sent now that none are left (next to the Send button), or null. */
export function noMemosLeftReason(allowance: MemoAllowance): string | null {
  if (allowance.remaining > 0) return null;
  return `You have used all ${allowance.allowed} memos for ${allowance.membershipYear.label}. The allowance resets on ${formatLongDate(allowance.resetsOn)}.`;
}

/** Above the form: how many memos are left, or that none are (the form stays, to keep a draft). */
export function MemoAllowanceNote({ memberId }: { memberId: string }) {
  const { data: allowance } = useSuspenseQuery(memoAllowanceQueryOptions(memberId));
  const resets = formatLongDate(allowance.resetsOn);
  if (allowance.remaining === 0) {
    return (
      <Alert className="mt-4" tone="warning" title="No memos left this year">
        You have used all {allowance.allowed} memos for the {allowance.membershipYear.label} membership year. You can
        still write your request: it is saved to your account as you type, and will be here when the allowance resets on{' '}
        {resets}.
      </Alert>
    );
  }
  return (
    <p className="mt-3 text-lg text-slate-700">
      {allowanceUseText(allowance.remaining, allowance.membershipYear.label)}
    </p>
  );
}

/** "This request uses 1 of your 2 remaining memos for 2026–27", or "your last memo" when one is left. */
export function allowanceUseText(remaining: number, yearLabel: string): string {
  if (remaining === 1) return `This request uses your last memo for ${yearLabel}.`;
  return `This request uses 1 of your ${String(remaining)} remaining memos for ${yearLabel}.`;
}
