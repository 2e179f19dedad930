import { Eye, UsersRound } from 'lucide-react';
import { useSuspenseQuery } from '@tanstack/react-query';
import type { AccessLogEntry } from '@/api/contracts/access';
import { PageHeading } from '@/components/ui/page-heading';
import { StatusTag } from '@/components/ui/status-tag';
import { formatInstant, formatInstantDate, formatInstantTime } from '@/lib/format';
import { accessLogQueryOptions } from '../api/access-queries';
import { AccessTabs } from './access-tabs';

/** Who acted for the mayor (delegates) and who looked at their hub (MIP staff previews), newest first. */
export function AccessHistoryPage({ memberId }: { memberId: string }) {
  const { items } = useSuspenseQuery(accessLogQueryOptions(memberId)).data;
  return (
    <div className="max-w-3xl">
      <PageHeading documentTitle="Access history">Access history</PageHeading>
      <p className="mt-2 text-lg text-slate-700">
        Everything your delegates did for you, and every time MIP staff previewed your hub, with their reason. Newest
        first.
      </p>
      <AccessTabs memberId={memberId} current="history" />
      {items.length === 0 ? (
        <p className="mt-8 text-slate-700">Nobody has acted for you or previewed your hub yet.</p>
      ) : (
        <ol className="mt-8 space-y-4" aria-label="Access history, newest first">
          {items.map((entry) => (
            <AccessLogItem key={entry.id} entry={entry} />
          ))}
        </ol>
      )}
    </div>
  );
}

function AccessLogItem({ entry }: { entry: AccessLogEntry }) {
  const preview = entry.kind === 'staff_preview';
  const Icon = preview ? Eye : UsersRound;
  return (
    <li className="flex gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <Icon aria-hidden="true" className="mt-1 size-5 shrink-0 text-slate-600" />
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <p className="font-semibold text-slate-900">
            {preview ? `${entry.actor.name} of MIP previewed your hub` : `${entry.actor.name} acted for you`}
          </p>
          <StatusTag tone={preview ? 'warning' : 'info'}>{preview ? 'MIP preview' : 'Delegate'}</StatusTag>
        </div>
        <p className="mt-1 break-words text-slate-800">
          {preview && <span className="text-slate-600">Reason: </span>}
          {entry.description}
        </p>
        <p className="mt-1 text-[0.9375rem] text-slate-600">
          <When entry={entry} />
        </p>
      </div>
    </li>
  );
}

function When({ entry }: { entry: AccessLogEntry }) {
  const start = <time dateTime={entry.startedAt}>{formatInstant(entry.startedAt)}</time>;
  if (entry.kind !== 'staff_preview') return start;
  if (entry.endedAt === null) return <>{start}, still open</>;
  const sameDay = formatInstantDate(entry.startedAt) === formatInstantDate(entry.endedAt);
  return (
    <>
      {start} to{' '}
      <time dateTime={entry.endedAt}>{sameDay ? formatInstantTime(entry.endedAt) : formatInstant(entry.endedAt)}</time>
    </>
  );
}
