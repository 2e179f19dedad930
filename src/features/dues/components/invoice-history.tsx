import type { Invoice } from '@/api/contracts/dues';
import { StatusTag } from '@/components/ui/status-tag';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { formatDate, formatMoney } from '@/lib/format';
import { invoiceStatusWords } from '@/lib/invoice-status-words';

/** Every invoice the city has had, newest membership year first, each with its printable page. */
export function InvoiceHistory({ memberId, invoices }: { memberId: string; invoices: Invoice[] }) {
  return (
    <section aria-labelledby="invoice-history-heading">
      <h2 id="invoice-history-heading" className="text-xl font-bold text-slate-900">
        Invoices by membership year
      </h2>
      {invoices.length === 0 ? (
        <p className="mt-2 text-slate-700">No invoices yet.</p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {invoices.map((invoice) => (
            <InvoiceHistoryItem key={invoice.id} memberId={memberId} invoice={invoice} />
          ))}
        </ul>
      )}
    </section>
  );
}

function InvoiceHistoryItem({ memberId, invoice }: { memberId: string; invoice: Invoice }) {
  const status = invoiceStatusWords[invoice.status];
  const paid = invoice.status === 'paid';
  return (
    <li className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2 p-4">
      <div className="min-w-0">
        <p className="font-semibold text-slate-900">{invoice.membershipYearLabel}</p>
        <p className="text-[0.9375rem] text-slate-700">
          {formatMoney(invoice.amountCents)} · {invoice.number}
          {paid && invoice.paidOn && ` · paid ${formatDate(invoice.paidOn)}`}
        </p>
        <p className="text-[0.9375rem]">
          <TextLink to={paths.member.invoice.href(memberId, invoice.id)}>
            {paid ? 'Receipt' : 'Invoice'} <span className="sr-only">for {invoice.membershipYearLabel}</span>
          </TextLink>
        </p>
      </div>
      <StatusTag tone={status.tone}>{status.text}</StatusTag>
    </li>
  );
}
