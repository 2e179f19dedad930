import { useSuspenseQuery } from '@tanstack/react-query';
import type { StaffInvoiceRow, StaffInvoiceView } from '@/api/contracts/staff-invoices';
import { PagedList } from '@/components/ui/paged-list';
import { StatusTag } from '@/components/ui/status-tag';
import { TabLinks } from '@/components/ui/tab-links';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { formatInstantDate, formatLongDate, formatMoney } from '@/lib/format';
import { invoiceStatusWords } from '@/lib/invoice-status-words';
import {
  staffInvoiceListQueryOptions,
  staffInvoiceSearchString,
  type StaffInvoiceSearch,
} from '../../api/staff-invoice-queries';

const VIEW_WORDS: Record<StaffInvoiceView, { tab: string; heading: string; empty: string }> = {
  overdue: { tab: 'Overdue', heading: 'Overdue invoices', empty: 'No invoice is overdue.' },
  requested: {
    tab: 'To send',
    heading: 'Invoices cities asked MIP to send',
    empty: 'No city is waiting for an invoice.',
  },
  open: { tab: 'Open', heading: 'Open invoices, not yet due', empty: 'No invoice is open.' },
  paid: { tab: 'Paid', heading: 'Paid invoices', empty: 'No invoice is paid yet.' },
};

/** The tabs by view and one page of the invoices each holds. */
export function StaffInvoiceList({ search }: { search: StaffInvoiceSearch }) {
  const { data } = useSuspenseQuery(staffInvoiceListQueryOptions(search));
  const words = VIEW_WORDS[search.view];
  const href = (view: StaffInvoiceView, page = 1) =>
    paths.staff.invoices.href(staffInvoiceSearchString({ view, page }));
  return (
    <>
      <TabLinks
        label="Views of the invoices"
        current={search.view}
        tabs={data.counts.map(({ view, count }) => ({
          id: view,
          label: `${VIEW_WORDS[view].tab} (${count})`,
          to: href(view),
        }))}
      />
      <PagedList
        id="invoice-list"
        heading={words.heading}
        data={data}
        empty={words.empty}
        renderItem={(row) => <InvoiceItem key={row.id} row={row} />}
        pagesLabel="Pages of invoices"
        hrefFor={(page) => href(search.view, page)}
      />
    </>
  );
}

function InvoiceItem({ row }: { row: StaffInvoiceRow }) {
  const status = invoiceStatusWords[row.status];
  const owed = row.amountCents - row.paidCents;
  return (
    <li className="flex flex-col gap-2 p-4 sm:flex-row sm:items-start sm:justify-between sm:px-5">
      <div className="min-w-0 space-y-1">
        <p className="text-sm font-semibold tracking-wide text-slate-600 uppercase">
          {row.city}, {row.state} · {row.membershipYearLabel}
        </p>
        <p className="text-lg font-semibold text-slate-900">
          <TextLink to={paths.staff.invoice.href(row.id)}>Invoice {row.number}</TextLink>
        </p>
        <p className="text-[0.9375rem] text-slate-700">
          {formatMoney(row.amountCents)}
          {row.paidCents > 0 && owed > 0 && `, ${formatMoney(owed)} still owed`}
          {row.purchaseOrderNumber && ` · PO ${row.purchaseOrderNumber}`}
        </p>
      </div>
      <div className="flex shrink-0 flex-col gap-1 text-[0.9375rem] text-slate-700 sm:items-end">
        <StatusTag tone={status.tone}>{status.text}</StatusTag>
        {row.requestedAt && <span>Asked for {formatInstantDate(row.requestedAt)}</span>}
        {row.nextDueOn && (
          <span>
            {row.status === 'overdue' ? 'Owed since' : 'Next payment due'} {formatLongDate(row.nextDueOn)}
          </span>
        )}
      </div>
    </li>
  );
}
