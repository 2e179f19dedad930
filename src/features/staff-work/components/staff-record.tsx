import type { StaffAction } from '@/api/contracts/staff-work';
import { formatInstant } from '@/lib/format';

/** Everything MIP's staff did on a record, who and when: for staff only. */
export function StaffRecord({ actions }: { actions: readonly StaffAction[] }) {
  return (
    <section aria-labelledby="record-heading">
      <h2 id="record-heading" className="text-xl font-bold text-slate-900">
        MIP's record
      </h2>
      {actions.length === 0 ? (
        <p className="mt-2 text-slate-700">Nobody at MIP has acted on it yet.</p>
      ) : (
        <ol className="mt-3 space-y-3">
          {actions.map((action) => (
            <li key={`${action.at}-${action.action}`}>
              <p className="font-semibold text-slate-900">{action.action}</p>
              <p className="text-[0.9375rem] text-slate-700">
                {action.by.name} · <time dateTime={action.at}>{formatInstant(action.at)}</time>
              </p>
              {action.detail && <p className="text-[0.9375rem] whitespace-pre-line text-slate-700">{action.detail}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
