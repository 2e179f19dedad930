import { Printer } from 'lucide-react';
import { useSuspenseQuery } from '@tanstack/react-query';
import type { InvoiceDetail } from '@/api/contracts/dues';
import { Button } from '@/components/ui/button';
import { PageHeading } from '@/components/ui/page-heading';
import { StatusTag } from '@/components/ui/status-tag';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { tierRange } from '@/lib/dues-tiers';
import { formatDate, formatLongDate, formatMoney } from '@/lib/format';
import { membershipYearStarting } from '@/lib/membership-year';
import { invoiceQueryOptions } from '../api/dues-queries';
import { billingAddressLines } from './billing-details';
import { instalmentStatusWords } from './dues-status-words';
import { invoiceStatusWords } from '@/lib/invoice-status-words';
import { tierOfInvoiceAmount } from './invoice-tier';
import { PaymentTable } from '@/components/payment-table';

/**
 * An invoice, or once paid its receipt, laid out to print on one page: black on white, without
 * the site's header, navigation, footer or buttons (their `print:hidden`).
 */
export function InvoiceDocument({ memberId, invoiceId }: { memberId: string; invoiceId: string }) {
  const { data: detail } = useSuspenseQuery(invoiceQueryOptions(invoiceId));
  const { invoice } = detail;
  const paid = invoice.status === 'paid';
  const status = invoiceStatusWords[invoice.status];
  const kind = paid ? 'Receipt' : 'Invoice';
  return (
    <article className="max-w-3xl print:max-w-none print:text-black">
      <p className="print:hidden">
        <TextLink to={paths.member.dues.href(memberId)}>Back to dues</TextLink>
      </p>
      <div className="mt-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-8 print:mt-0 print:border-0 print:p-0 print:shadow-none">
        <header className="flex flex-wrap items-start justify-between gap-4 border-b-2 border-slate-900 pb-4">
          <div>
            <PageHeading documentTitle={`${kind} ${invoice.number}`} className="print:text-3xl">
              {kind} {invoice.number}
            </PageHeading>
            <p className="mt-2">
              <StatusTag tone={status.tone} className="print:border-slate-900 print:bg-white print:text-black">
                {status.text}
              </StatusTag>
            </p>
          </div>
          <RemitTo remitTo={detail.remitTo} />
        </header>

        {paid && invoice.paidOn && (
          <p className="mt-5 rounded-md border-2 border-green-700 p-3 text-lg font-bold text-green-900 print:border-slate-900 print:text-black">
            Paid in full on {formatLongDate(invoice.paidOn)}. Thank you.
          </p>
        )}

        <div className="mt-6 grid gap-6 sm:grid-cols-2 print:grid-cols-2">
          <BilledTo detail={detail} />
          <dl className="grid grid-cols-[auto_1fr] content-start gap-x-4 gap-y-1 text-[0.9375rem]">
            <dt className="text-slate-600 print:text-black">Invoice number</dt>
            <dd className="font-medium">{invoice.number}</dd>
            <dt className="text-slate-600 print:text-black">Issued</dt>
            <dd className="font-medium">{formatDate(invoice.issuedOn)}</dd>
            <dt className="text-slate-600 print:text-black">{paid ? 'Was due' : 'Due'}</dt>
            <dd className="font-medium">{formatDate(invoice.dueOn)}</dd>
            {invoice.billing?.purchaseOrderNumber && (
              <>
                <dt className="text-slate-600 print:text-black">Purchase order</dt>
                <dd className="font-medium">{invoice.billing.purchaseOrderNumber}</dd>
              </>
            )}
          </dl>
        </div>

        <InvoiceLine detail={detail} />

        <section aria-labelledby="invoice-schedule-heading" className="mt-6 break-inside-avoid">
          <h2 id="invoice-schedule-heading" className="text-lg font-bold">
            Payment schedule and payments made
          </h2>
          <div className="mt-2">
            <PaymentTable
              caption={`Payments for ${invoice.membershipYearLabel}`}
              hideCaption
              rows={invoice.instalments.map((i) => ({ ...i, status: instalmentStatusWords(i) }))}
            />
          </div>
          <dl className="mt-3 ml-auto grid max-w-xs grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-right">
            <dt>Total</dt>
            <dd className="font-semibold tabular-nums">{formatMoney(invoice.amountCents)}</dd>
            <dt>Paid</dt>
            <dd className="font-semibold tabular-nums">{formatMoney(invoice.paidCents)}</dd>
            <dt className="font-bold">Balance due</dt>
            <dd className="font-bold tabular-nums">{formatMoney(invoice.amountCents - invoice.paidCents)}</dd>
          </dl>
        </section>

        {!paid && (
          <p className="mt-6 text-[0.9375rem] text-slate-700 print:text-black">
            Pay by card in the MIP Member Hub, or by check or bank transfer to {detail.remitTo.name}, quoting invoice{' '}
            {invoice.number}. Questions: {detail.remitTo.email}.
          </p>
        )}
      </div>
      <div className="mt-6 print:hidden">
        <Button variant="secondary" onClick={() => window.print()}>
          <Printer aria-hidden="true" className="size-4" />
          Print {kind === 'Receipt' ? 'receipt' : 'invoice'}
        </Button>
      </div>
    </article>
  );
}

function RemitTo({ remitTo }: { remitTo: InvoiceDetail['remitTo'] }) {
  return (
    <div className="text-[0.9375rem] sm:text-right">
      <h2 className="font-bold">Remit to</h2>
      <address className="not-italic">
        <span className="block font-semibold">{remitTo.name}</span>
        {remitTo.addressLines.map((line) => (
          <span key={line} className="block">
            {line}
          </span>
        ))}
        <span className="block break-all">{remitTo.email}</span>
      </address>
    </div>
  );
}

function BilledTo({ detail }: { detail: InvoiceDetail }) {
  const { billedTo, invoice } = detail;
  const billing = invoice.billing;
  return (
    <div className="text-[0.9375rem]">
      <h2 className="font-bold">Billed to</h2>
      <address className="not-italic">
        <span className="block font-semibold">
          City of {billedTo.city}, {billedTo.state}
        </span>
        <span className="block">Mayor {billedTo.mayorName}</span>
        {billing && (
          <>
            <span className="block">Attn: {billing.contactName}</span>
            {billingAddressLines(billing).map((line, position) => (
              // By position: two lines may read the same (a key by text would drop one).
              <span key={position} className="block">
                {line}
              </span>
            ))}
            <span className="block break-all">{billing.contactEmail}</span>
          </>
        )}
      </address>
    </div>
  );
}

function InvoiceLine({ detail }: { detail: InvoiceDetail }) {
  const { invoice } = detail;
  const year = membershipYearStarting(Number(invoice.membershipYearLabel.slice(0, 4)));
  const tier = tierOfInvoiceAmount(invoice.amountCents);
  return (
    <table className="mt-6 w-full border-collapse text-left text-[0.9375rem]">
      <caption className="sr-only">What this invoice is for</caption>
      <thead>
        <tr className="border-b-2 border-slate-300 print:border-slate-900">
          <th scope="col" className="py-2 pr-2 font-semibold">
            Description
          </th>
          <th scope="col" className="py-2 pl-2 text-right font-semibold">
            Amount
          </th>
        </tr>
      </thead>
      <tbody>
        <tr className="border-b border-slate-200 align-top">
          <td className="py-2 pr-2">
            <span className="block font-medium">Membership dues, {invoice.membershipYearLabel} membership year</span>
            <span className="block text-slate-700 print:text-black">
              {formatLongDate(year.startsOn)} – {formatLongDate(year.endsOn)}
              {tier && ` · annual dues for cities of ${tierRange(tier)}`}
            </span>
          </td>
          <td className="py-2 pl-2 text-right tabular-nums">{formatMoney(invoice.amountCents)}</td>
        </tr>
      </tbody>
    </table>
  );
}
