import type { MemoRequest } from '@/api/contracts/memos';
import { formatInstantDate } from '@/lib/format';
import { memoStatusMeaning } from '@/lib/memo-status-words';

/**
 * Each status change, oldest first, with its date, who acted (the member, or MIP's staff) and what
 * MIP told the member with it.
 */
export function MemoTimeline({ history }: { history: MemoRequest['history'] }) {
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="text-xl font-bold text-slate-900">
        Timeline
      </h2>
      <ol className="mt-3 space-y-0 border-l-2 border-slate-300 pl-5">
        {history.map((step, index) => (
          <li key={`${step.status}-${step.at}`} className="relative pb-4 last:pb-0">
            <span
              aria-hidden="true"
              className={`absolute top-1.5 -left-[1.6rem] size-3 rounded-full ${index === history.length - 1 ? 'bg-accent-700' : 'bg-slate-400'}`}
            />
            <p className="font-semibold text-slate-900">{memoStatusMeaning[step.status]}</p>
            <p className="text-[0.9375rem] text-slate-700">
              <time dateTime={step.at}>{formatInstantDate(step.at)}</time> · {step.by.name}
            </p>
            {step.message && (
              <blockquote className="mt-1 border-l-4 border-slate-200 pl-3 whitespace-pre-line text-slate-800">
                {step.message}
              </blockquote>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
