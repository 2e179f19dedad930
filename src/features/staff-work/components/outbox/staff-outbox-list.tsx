import { useSuspenseQuery } from '@tanstack/react-query';
import type { OutboxEmail, OutboxRecordKind } from '@/api/contracts/staff-outbox';
import { PagedList } from '@/components/ui/paged-list';
import { StatusTag } from '@/components/ui/status-tag';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { formatInstantDate } from '@/lib/format';
import { staffOutboxQueryOptions, staffOutboxSearchString } from '../../api/staff-outbox-queries';

/** Where staff open the record an e-mail is about, and what to call it. */
const RECORD_LINKS: Record<Exclude<OutboxRecordKind, 'account'>, { label: string; href: (id: string) => string }> = {
  memo_request: { label: 'Open the memo request', href: paths.staff.memoRequest.href },
  travel_support: { label: 'Open the travel-support request', href: paths.staff.travelSupport.href },
  assistance_request: { label: 'Open the assistance request', href: paths.staff.assistanceRequest.href },
  application: { label: 'Open the application', href: paths.staff.application.href },
  invoice: { label: 'Open the invoice', href: paths.staff.invoice.href },
  meeting: { label: 'Open the meeting', href: paths.staff.meeting.href },
};

/** One page of the outbox, newest first: to whom, about what, and the e-mail's text. */
export function StaffOutboxList({ page }: { page: number }) {
  const { data } = useSuspenseQuery(staffOutboxQueryOptions(page));
  return (
    <PagedList
      id="outbox-list"
      heading="E-mails, newest first"
      data={data}
      empty={data.total === 0 ? 'No e-mail has been queued yet.' : 'No e-mails on this page.'}
      renderItem={(email) => <OutboxItem key={email.id} email={email} />}
      pagesLabel="Pages of e-mails"
      hrefFor={(p) => paths.staff.outbox.href(staffOutboxSearchString(p))}
    />
  );
}

/** A welcome e-mail is about an account: a mayor's city record, or MIP's staff accounts. */
function recordLink(email: OutboxEmail): { label: string; href: string } {
  if (email.recordKind !== 'account') {
    const record = RECORD_LINKS[email.recordKind];
    return { label: record.label, href: record.href(email.recordId) };
  }
  if (email.memberId) return { label: 'Open the city record', href: paths.staff.city.href(email.memberId) };
  return { label: 'Open the staff accounts', href: paths.staff.accounts.href() };
}

function OutboxItem({ email }: { email: OutboxEmail }) {
  const record = recordLink(email);
  return (
    <li className="space-y-2 p-4 sm:px-5">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 space-y-1">
          <p className="text-sm font-semibold tracking-wide text-slate-600 uppercase">
            {email.city ? `${email.city}, ${email.state ?? ''}` : 'MIP staff'}
          </p>
          <h3 className="text-lg font-semibold text-slate-900">{email.subject}</h3>
          <p className="text-[0.9375rem] text-slate-700">
            To {email.to.name} &lt;{email.to.email}&gt;
          </p>
        </div>
        <div className="flex shrink-0 flex-col gap-1 text-[0.9375rem] text-slate-700 sm:items-end">
          <StatusTag tone={email.sentAt ? 'success' : 'neutral'}>{email.sentAt ? 'Sent' : 'Not sent yet'}</StatusTag>
          <span>Queued {formatInstantDate(email.createdAt)}</span>
        </div>
      </div>
      <details className="rounded-md bg-slate-50 p-3">
        <summary className="cursor-pointer font-semibold text-slate-900">Read the e-mail</summary>
        <p className="mt-2 text-[0.9375rem] whitespace-pre-wrap text-slate-800">{email.body}</p>
      </details>
      <p>
        <TextLink to={record.href}>{record.label}</TextLink>
      </p>
    </li>
  );
}
