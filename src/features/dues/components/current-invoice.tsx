import type { Invoice } from '@/api/contracts/dues';
import { Card } from '@/components/ui/card';
import { ChangeLink } from '@/components/ui/change-link';
import { Fact, Facts } from '@/components/ui/facts';
import { StatusTag } from '@/components/ui/status-tag';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { formatDate, formatMoney } from '@/lib/format';
import { amountsOwed } from '../api/use-card-checkout';
import { CardPaymentButtons } from './card-payment-buttons';
import { instalmentStatusWords } from './dues-status-words';
import { invoiceStatusWords } from '@/lib/invoice-status-words';
import { PaymentTable } from '@/components/payment-table';

/** This membership year's invoice: where it stands, its payments, and the ways to pay. */
export function CurrentInvoice({ memberId, invoice }: { memberId: string; invoice: Invoice }) {
  const status = invoiceStatusWords[invoice.status];
  const { balanceCents } = amountsOwed(invoice);
  const paid = invoice.status === 'paid';
  return (
    <Card>
      <section aria-labelledby="current-invoice-heading" className="space-y-5">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="current-invoice-heading" className="text-xl font-bold text-slate-900">
            {invoice.membershipYearLabel} invoice
          </h2>
          <StatusTag tone={status.tone}>{status.text}</StatusTag>
        </div>
        <Facts>
          <Fact term="Invoice number">{invoice.number}</Fact>
          <Fact term="Amount">{formatMoney(invoice.amountCents)}</Fact>
          <Fact term="Paid so far">{formatMoney(invoice.paidCents)}</Fact>
          {paid ? (
            invoice.paidOn && <Fact term="Paid in full">{formatDate(invoice.paidOn)}</Fact>
          ) : (
            <Fact term="Still to pay">{formatMoney(balanceCents)}</Fact>
          )}
        </Facts>
        <PaymentTable
          caption={`Payments for ${invoice.membershipYearLabel}`}
          rows={invoice.instalments.map((i) => ({ ...i, status: instalmentStatusWords(i) }))}
        />
        <p>
          <TextLink to={paths.member.invoice.href(memberId, invoice.id)}>
            {paid ? 'See the receipt' : 'See the printable invoice'} <span className="sr-only">{invoice.number}</span>
          </TextLink>
        </p>
        {!paid && (
          <div className="space-y-4 border-t border-slate-200 pt-5">
            <h3 className="text-lg font-bold text-slate-900">Pay</h3>
            <CardPaymentButtons memberId={memberId} invoice={invoice} />
            <div className="flex flex-wrap gap-3">
              <ChangeLink
                change={{ memberId, scope: 'dues' }}
                variant="secondary"
                to={paths.member.invoiceRequest.href(memberId)}
              >
                Request an invoice instead
              </ChangeLink>
              <ChangeLink
                change={{ memberId, scope: 'dues' }}
                variant="secondary"
                to={paths.member.paymentPlan.href(memberId)}
              >
                Change payment schedule
              </ChangeLink>
            </div>
            <p className="text-[0.9375rem] text-slate-600">
              An invoice suits cities that pay by check or transfer, or need a purchase-order number on it.
            </p>
          </div>
        )}
      </section>
    </Card>
  );
}
