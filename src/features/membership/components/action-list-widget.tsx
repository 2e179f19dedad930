import { CircleExclamationPoint, Info, TriangleExclamationPoint } from 'lucide-react';
import { Link } from 'react-router';
import type { ActionItem } from '@/api/contracts/members';
import { useOverview } from '@/api/queries/overview-queries';
import { cx } from '@/components/ui/class-names';
import { Widget } from '@/components/ui/widget';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format';

const severityStyle: Record<ActionItem['severity'], { label: string; Icon: typeof Info; classes: string }> = {
  urgent: { label: 'Urgent', Icon: CircleExclamationPoint, classes: 'border-l-red-700 bg-red-50 text-red-900' },
  warning: { label: 'Soon', Icon: TriangleExclamationPoint, classes: 'border-l-amber-600 bg-amber-50 text-amber-950' },
  info: { label: 'For your information', Icon: Info, classes: 'border-l-accent-600 bg-accent-50 text-accent-900' },
};
const severityOrder: ActionItem['severity'][] = ['urgent', 'warning', 'info'];

/** "What needs attention": the member's open actions, most pressing first. */
export function ActionListWidget({ memberId, className }: { memberId: string; className?: string }) {
  return (
    <Widget title="What needs attention" className={className}>
      <ActionList memberId={memberId} />
    </Widget>
  );
}

/**
 * The title links to where the action is done: the meeting, the memo, or the dues page for an
 * invoice (that is where it is paid; the invoice's own page is the printable document). An action
 * about nothing the viewer can act on (MIP reviewing an application, dues a delegate may not see)
 * stays text.
 */
function hrefOf(memberId: string, about: ActionItem['about']): string | null {
  if (about?.type === 'meeting') return paths.member.meeting.href(memberId, about.id);
  if (about?.type === 'memo') return paths.member.memo.href(memberId, about.id);
  if (about?.type === 'invoice') return paths.member.dues.href(memberId);
  return null;
}

function ActionTitle({ memberId, action }: { memberId: string; action: ActionItem }) {
  const href = hrefOf(memberId, action.about);
  if (!href) return action.title;
  return (
    <Link to={href} className="underline underline-offset-2 hover:decoration-2">
      {action.title}
    </Link>
  );
}

function ActionList({ memberId }: { memberId: string }) {
  const { actions } = useOverview(memberId);
  if (actions.length === 0) return <p className="text-slate-700">Nothing needs attention right now.</p>;
  const sorted = [...actions].sort(
    (a, b) =>
      severityOrder.indexOf(a.severity) - severityOrder.indexOf(b.severity) ||
      (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'),
  );
  return (
    <ul className="space-y-3">
      {sorted.map((action) => {
        const { label, Icon, classes } = severityStyle[action.severity];
        return (
          <li key={action.id} className={cx('flex gap-3 rounded-md border-l-4 px-4 py-3', classes)}>
            <Icon aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
            <div className="min-w-0">
              <p className="font-semibold">
                <span className="sr-only">{label}: </span>
                <ActionTitle memberId={memberId} action={action} />
              </p>
              {/* Meeting deadlines are already in the title, in words ("closes Friday"). */}
              {action.dueOn && action.area !== 'meetings' && !action.title.includes(formatDate(action.dueOn)) && (
                <p className="text-[0.9375rem]">Due {formatDate(action.dueOn)}</p>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
