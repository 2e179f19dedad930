import { useSuspenseQuery } from '@tanstack/react-query';
import { Alert } from '@/components/ui/alert';
import { formatLongDate } from '@/lib/format';
import { memoAllowanceQueryOptions } from '../api/memo-allowance-queries';
import { countOf } from '@/lib/format';

/** Above the form: how many memos are left, or that none are (the form stays, to keep a draft). */
export function MemoAllowanceNote({ memberId }: { memberId: string }) {
  const { data: allowance } = useSuspenseQuery(memoAllowanceQueryOptions(memberId));
  const resets = formatLongDate(allowance.resetsOn);
  if (allowance.remaining === 0) {
    return (
      <Alert className="mt-4" tone="warning" title="No memos left this year">
        You have used all {allowance.allowed} memos for the {allowance.membershipYear.label} membership year. The
        allowance resets on {resets}; your draft stays here in the meantime.
      </Alert>
    );
  }
  return (
    <p className="mt-3 text-lg text-slate-700">
      This request uses 1 of your {countOf(allowance.remaining, 'remaining memo', 'remaining memos')} for{' '}
      {allowance.membershipYear.label}.
    </p>
  );
}
