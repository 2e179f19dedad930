import { useSuspenseQuery } from '@tanstack/react-query';
import type { MemoRequest } from '@/api/contracts/memos';
import { StatusTag } from '@/components/ui/status-tag';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { attributionText } from '@/lib/attribution-text';
import { formatInstantDate } from '@/lib/format';
import { memoRequestListQueryOptions } from '../api/memo-queries';
import { memoStatusWords } from '@/lib/memo-status-words';

/** Every request the city made, by membership year, newest first. */
export function MemoRequestList({ memberId }: { memberId: string }) {
  const { data } = useSuspenseQuery(memoRequestListQueryOptions(memberId));
  if (data.items.length === 0) {
    return <p className="text-slate-700">Your city has not requested a memo yet.</p>;
  }
  const years = [...new Set(data.items.map((m) => m.membershipYearLabel))];
  return (
    <div className="space-y-8">
      {years.map((year) => (
        <section key={year} aria-labelledby={`memos-${year}`}>
          <h2 id={`memos-${year}`} className="text-xl font-bold text-slate-900">
            {year} membership year
          </h2>
          <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {data.items
              .filter((m) => m.membershipYearLabel === year)
              .map((memo) => (
                <MemoRequestItem key={memo.id} memberId={memberId} memo={memo} />
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function MemoRequestItem({ memberId, memo }: { memberId: string; memo: MemoRequest }) {
  const status = memoStatusWords[memo.status];
  return (
    <li className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2 p-4">
      <div className="min-w-0">
        <p className="font-semibold">
          <TextLink to={paths.member.memo.href(memberId, memo.id)}>{memo.title}</TextLink>
        </p>
        <p className="text-[0.9375rem] text-slate-700">
          {memo.policyArea.name} · requested {formatInstantDate(memo.submittedAt)}
        </p>
        <p className="text-sm text-slate-600">{attributionText('Requested', memo.attribution)}</p>
      </div>
      <StatusTag tone={status.tone}>{status.text}</StatusTag>
    </li>
  );
}
