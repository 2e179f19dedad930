import { useSuspenseQuery } from '@tanstack/react-query';
import type { WorkItem } from '@/api/contracts/staff-work';
import { Pagination } from '@/components/ui/pagination';
import { StatusTag } from '@/components/ui/status-tag';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { formatInstant } from '@/lib/format';
import { useNow } from '@/lib/use-now';
import { inboxQuery, inboxSearchString, type InboxSearch } from '../api/inbox-search';
import { inboxQueryOptions } from '../api/inbox-queries';
import { InboxTabs } from './inbox-tabs';
import { waitedWords } from './waited-words';
import { workKindWords, workStageWords } from './work-words';

/** The tabs by kind and one page of the work they show, longest waiting first unless asked otherwise. */
export function InboxList({ search }: { search: InboxSearch }) {
  const { data } = useSuspenseQuery(inboxQueryOptions(inboxQuery(search)));
  const now = useNow();
  const filtered = Boolean(search.kind ?? search.stage ?? search.area ?? search.memberId) || search.mine;
  return (
    <>
      <InboxTabs search={search} counts={data.counts} />
      <section aria-labelledby="inbox-list-heading" className="mt-6">
        <h2 id="inbox-list-heading" className="text-xl font-bold text-slate-900">
          {search.kind ? workKindWords[search.kind].many : 'Everything waiting for MIP'}{' '}
          <span className="font-normal text-slate-600">({data.total})</span>
        </h2>
        {data.items.length === 0 ? (
          <p className="mt-4 rounded-lg border border-slate-200 bg-white p-5 text-slate-700">
            {filtered ? 'Nothing is waiting under these filters.' : 'Nothing is waiting for MIP in your areas.'}
          </p>
        ) : (
          <ul
            aria-label="Work waiting"
            className="mt-4 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white shadow-sm"
          >
            {data.items.map((item) => (
              <InboxItem key={`${item.kind}-${item.id}`} item={item} now={now} />
            ))}
          </ul>
        )}
        <Pagination
          label="Pages of the inbox"
          page={data.page}
          pageSize={data.pageSize}
          total={data.total}
          hrefFor={(page) => paths.staff.href(inboxSearchString({ ...search, page }))}
        />
      </section>
    </>
  );
}

/** Where each kind of work is answered, by the record's id. */
const pageOf: Partial<Record<WorkItem['kind'], (id: string) => string>> = {
  memo_request: paths.staff.memoRequest.href,
  application: paths.staff.application.href,
  travel_support: paths.staff.travelSupport.href,
  assistance_request: paths.staff.assistanceRequest.href,
  invoice_request: paths.staff.invoice.href,
};

function InboxItem({ item, now }: { item: WorkItem; now: number }) {
  const stage = workStageWords[item.stage];
  const href = pageOf[item.kind]?.(item.id);
  return (
    <li className="flex flex-col gap-2 p-4 sm:flex-row sm:items-start sm:justify-between sm:px-5">
      <div className="min-w-0 space-y-1">
        <p className="text-sm font-semibold tracking-wide text-slate-600 uppercase">
          {workKindWords[item.kind].one} · {item.city}, {item.state}
        </p>
        <p className="text-lg font-semibold text-slate-900">
          {href ? <TextLink to={href}>{item.title}</TextLink> : item.title}
        </p>
        <p className="text-slate-700">
          From {item.requestedBy.name}
          {item.onBehalfOf && ` for ${item.onBehalfOf.title ? `${item.onBehalfOf.title} ` : ''}${item.onBehalfOf.name}`}
          {' · '}
          <time dateTime={item.waitingSince}>{formatInstant(item.waitingSince)}</time>
        </p>
        <p className="text-slate-700">{item.assignee ? `Assigned to ${item.assignee.name}` : 'Not assigned'}</p>
      </div>
      <div className="flex shrink-0 flex-wrap items-center gap-2 sm:flex-col sm:items-end">
        <StatusTag tone={stage.tone}>{stage.text}</StatusTag>
        <span className="font-semibold text-slate-800">{waitedWords(item.waitingSince, now)}</span>
      </div>
    </li>
  );
}
