import { useSuspenseQuery } from '@tanstack/react-query';
import { Meter } from '@/components/ui/meter';
import { TextLink } from '@/components/ui/text-link';
import { Widget } from '@/components/ui/widget';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format';
import { memoAllowanceQueryOptions } from '../api/memo-allowance-queries';

/** Policy memos used this membership year, out of the year's allowance (a benefit rule from the API). */
export function MemoAllowanceWidget({ memberId, className }: { memberId: string; className?: string }) {
  return (
    <Widget title="Policy memos" skeletonLines={2} className={className}>
      <MemoAllowance memberId={memberId} />
    </Widget>
  );
}

function MemoAllowance({ memberId }: { memberId: string }) {
  const { data: allowance } = useSuspenseQuery(memoAllowanceQueryOptions(memberId));
  const usedText = `${allowance.used} of ${allowance.allowed} used`;
  return (
    <div className="space-y-3">
      <p className="text-2xl font-bold text-slate-900">{usedText}</p>
      <Meter
        value={allowance.used}
        max={allowance.allowed}
        label={`Policy memos used in ${allowance.membershipYear.label}`}
        valueText={usedText}
      />
      <p className="text-[0.9375rem] text-slate-700">
        {allowance.remaining === 0 ? 'None remaining' : `${allowance.remaining} remaining`} · resets{' '}
        {formatDate(allowance.resetsOn)}
      </p>
      <p>
        <TextLink to={paths.member.memos.href(memberId)}>Your memo requests</TextLink>
      </p>
    </div>
  );
}
