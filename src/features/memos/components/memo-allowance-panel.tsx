import { useSuspenseQuery } from '@tanstack/react-query';
import { Card } from '@/components/ui/card';
import { ChangeLink } from '@/components/ui/change-link';
import { Meter } from '@/components/ui/meter';
import { paths } from '@/config/paths';
import { formatLongDate } from '@/lib/format';
import { memoAllowanceQueryOptions } from '../api/memo-allowance-queries';
import { countOf } from '@/lib/format';

/** The year's memos used and left, and the way to ask for one while any are left. */
export function MemoAllowancePanel({ memberId }: { memberId: string }) {
  const { data: allowance } = useSuspenseQuery(memoAllowanceQueryOptions(memberId));
  const usedText = `${allowance.used} of ${allowance.allowed} used`;
  const resets = formatLongDate(allowance.resetsOn);
  return (
    <Card>
      <h2 className="text-lg font-bold text-slate-900">Your memos in {allowance.membershipYear.label}</h2>
      <p className="mt-2 text-2xl font-bold text-slate-900">{usedText}</p>
      <div className="mt-2">
        <Meter
          value={allowance.used}
          max={allowance.allowed}
          label={`Policy memos used in ${allowance.membershipYear.label}`}
          valueText={usedText}
        />
      </div>
      {allowance.remaining > 0 ? (
        <>
          <p className="mt-3 text-slate-700">
            {countOf(allowance.remaining, 'memo', 'memos')} left. The allowance resets on {resets}.
          </p>
          <div className="mt-4">
            <ChangeLink change={{ memberId, scope: 'memos' }} to={paths.member.memoNew.href(memberId)}>
              Request a memo
            </ChangeLink>
          </div>
        </>
      ) : (
        <p className="mt-3 text-slate-700">
          You have used all {allowance.allowed} memos for the {allowance.membershipYear.label} membership year. The
          allowance resets on {resets}. A declined or withdrawn request gives its memo back.
        </p>
      )}
    </Card>
  );
}
