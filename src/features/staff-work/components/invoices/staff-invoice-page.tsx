import { useSuspenseQuery } from '@tanstack/react-query';
import type { ReceivedPayment, StaffInvoice } from '@/api/contracts/staff-invoices';
import { useSession } from '@/api/queries/session-queries';
import { Fact, Facts } from '@/components/ui/facts';
import { PageHeading } from '@/components/ui/page-heading';
import { StatusTag } from '@/components/ui/status-tag';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { attributionText } from '@/lib/attribution-text';
import { formatInstantDate, formatLongDate, formatMoney } from '@/lib/format';
import { invoiceStatusWords } from '@/lib/invoice-status-words';
import { staffInvoiceQueryOptions } from '../../api/staff-invoice-queries';
import { StaffRecord } from '../staff-record';
import { IssueForm } from './issue-form';
import { PacketForm } from './packet-form';
import { PaymentForm } from './payment-form';
import { PreviewReadOnly } from '../preview-read-only';
import { StaffActions } from '../staff-actions';

const METHOD_WORDS: Record<ReceivedPayment['method'], string> = {
  card: 'Card',
  check: 'Check',
  transfer: 'Bank transfer',
};

/** One invoice as MIP's finance staff keep it: the schedule, what came in, what to do next, the record. */
export function StaffInvoicePage({ invoiceId }: { invoiceId: string }) {
  const { data: record } = useSuspenseQuery(staffInvoiceQueryOptions(invoiceId));
  const previewing = useSession().preview !== null;
  const { invoice } = record;
  const status = invoiceStatusWords[invoice.status];
  const owed = invoice.amountCents - invoice.paidCents;
  const toSend = invoice.billing !== null && record.sentAt === null && invoice.status !== 'paid';
  const packetToPost = record.packet.status !== 'not_due' && record.packet.sentOn === null;
  const hasWork = toSend || owed > 0 || packetToPost;
  return (
    <article>
      <p>
        <TextLink to={paths.staff.invoices.href()}>All invoices</TextLink>
      </p>
      <p className="mt-4 text-sm font-semibold tracking-wide text-slate-600 uppercase">
        {record.city}, {record.state} · dues for {invoice.membershipYearLabel}
      </p>
      <PageHeading className="mt-1">Invoice {invoice.number}</PageHeading>
      <p className="mt-3 flex flex-wrap items-center gap-3 text-slate-700">
        <StatusTag tone={status.tone}>{status.text}</StatusTag>
        <span>
          {formatMoney(invoice.amountCents)}
          {owed === 0
            ? `, paid ${formatLongDate(invoice.paidOn ?? invoice.dueOn)}`
            : invoice.paidCents === 0
              ? ', nothing paid yet'
              : `, ${formatMoney(owed)} still owed`}
        </span>
      </p>
      <div className="mt-8 grid gap-8 lg:grid-cols-3 lg:items-start">
        <div className="space-y-10 lg:col-span-2">
          <Schedule record={record} />
          <PaymentsReceived payments={record.payments} />
          {hasWork && previewing && <PreviewReadOnly toDo="send invoices or record payments" />}
          {hasWork && !previewing && (
            <StaffActions heading="Keep the invoice">
              {toSend && <IssueForm record={record} />}
              {owed > 0 && <PaymentForm record={record} />}
              {packetToPost && <PacketForm record={record} />}
            </StaffActions>
          )}
        </div>
        <div className="space-y-6 lg:col-start-3 lg:row-start-1">
          <Billing record={record} />
          <section aria-labelledby="packet-status-heading">
            <h2 id="packet-status-heading" className="text-xl font-bold text-slate-900">
              Membership packet
            </h2>
            <p className="mt-2 text-slate-700">{packetWords(record.packet)}</p>
          </section>
          <StaffRecord actions={record.actions} />
        </div>
      </div>
    </article>
  );
}

function packetWords(packet: StaffInvoice['packet']): string {
  if (packet.sentOn) return `Posted ${formatLongDate(packet.sentOn)}.`;
  if (packet.status === 'not_due') return 'MIP posts it once the dues are paid in full.';
  const by = packet.expectedBy ? ` The city expects it by ${formatLongDate(packet.expectedBy)}.` : '';
  return `To post: the dues are paid.${by}`;
}

function Schedule({ record }: { record: StaffInvoice }) {
  return (
    <section aria-labelledby="schedule-heading">
      <h2 id="schedule-heading" className="text-xl font-bold text-slate-900">
        Payment schedule
      </h2>
      <div className="mt-3 overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="w-full text-left text-[0.9375rem]">
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              <th scope="col" className="px-4 py-2 font-semibold">
                Payment
              </th>
              <th scope="col" className="px-4 py-2 font-semibold">
                Due
              </th>
              <th scope="col" className="px-4 py-2 text-right font-semibold">
                Amount
              </th>
              <th scope="col" className="px-4 py-2 font-semibold">
                Status
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {record.invoice.instalments.map((i) => (
              <tr key={i.number}>
                <td className="px-4 py-2">{i.number}</td>
                <td className="px-4 py-2">{formatLongDate(i.dueOn)}</td>
                <td className="px-4 py-2 text-right tabular-nums">{formatMoney(i.amountCents)}</td>
                <td className="px-4 py-2">
                  {i.paidOn ? `Paid ${formatLongDate(i.paidOn)}` : i.status === 'overdue' ? 'Overdue' : 'Due'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function PaymentsReceived({ payments }: { payments: readonly ReceivedPayment[] }) {
  return (
    <section aria-labelledby="payments-heading">
      <h2 id="payments-heading" className="text-xl font-bold text-slate-900">
        Payments received
      </h2>
      {payments.length === 0 ? (
        <p className="mt-2 text-slate-700">None recorded in the Hub for this invoice.</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {payments.map((p) => (
            <li key={p.id} className="rounded-md border border-slate-200 bg-white p-4">
              <p className="font-semibold text-slate-900">
                {formatMoney(p.amountCents)} by {METHOD_WORDS[p.method].toLowerCase()}, received{' '}
                {formatLongDate(p.receivedOn)}
              </p>
              <p className="text-[0.9375rem] text-slate-700">
                {p.method === 'card' ? 'Card checkout' : 'Reference'} {p.reference} · pays payment
                {p.instalmentNumbers.length > 1 ? 's' : ''} {p.instalmentNumbers.join(', ')}
                {p.recordedBy && ` · recorded by ${p.recordedBy.name}`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Billing({ record }: { record: StaffInvoice }) {
  const billing = record.invoice.billing;
  return (
    <section aria-labelledby="billing-heading" className="space-y-3">
      <h2 id="billing-heading" className="text-xl font-bold text-slate-900">
        Billing
      </h2>
      {billing === null ? (
        <p className="text-slate-700">The city pays from the Hub; it didn't ask for the invoice to be sent.</p>
      ) : (
        <Facts>
          <Fact term="Send to">
            {billing.contactName}
            <span className="block font-normal break-all text-slate-700">{billing.contactEmail}</span>
          </Fact>
          <Fact term="Address">
            {[billing.addressLine1, billing.addressLine2, `${billing.city}, ${billing.state} ${billing.postalCode}`]
              .filter((line) => line !== '')
              .map((line) => (
                <span key={line} className="block">
                  {line}
                </span>
              ))}
          </Fact>
          <Fact term="Purchase order">{billing.purchaseOrderNumber || 'None'}</Fact>
          <Fact term="Request">
            {attributionText('Asked', billing.attribution)} on {formatInstantDate(billing.requestedAt)}
          </Fact>
          <Fact term="Sent">{record.sentAt ? formatInstantDate(record.sentAt) : 'Not yet'}</Fact>
        </Facts>
      )}
    </section>
  );
}
