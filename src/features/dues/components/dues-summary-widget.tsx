import { useSuspenseQuery } from '@tanstack/react-query';
import type { Invoice } from '@/api/contracts/dues';
import { Fact, Facts } from '@/components/ui/facts';
import { StatusTag } from '@/components/ui/status-tag';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { Widget } from '@/components/ui/widget';
import { formatCount, formatDate, formatMoney } from '@/lib/format';
import { duesQueryOptions } from '../api/dues-queries';
import { invoiceStatusWords } from '@/lib/invoice-status-words';
import { tierRange } from '@/lib/dues-tiers';

/** The dues in brief: the fee and why (population on file), and where this year's invoice stands. */
export function DuesSummaryWidget({ memberId, className }: { memberId: string; className?: string }) {
  return (
    <Widget title="Dues" skeletonLines={4} className={className}>
      <DuesSummary memberId={memberId} />
    </Widget>
  );
}

function DuesSummary({ memberId }: { memberId: string }) {
  const { data: dues } = useSuspenseQuery(duesQueryOptions(memberId));
  return (
    <div className="space-y-4">
      <Facts>
        <Fact term="Annual dues">
          {formatMoney(dues.tier.feeCents)} a year
          <span className="block text-sm font-normal text-slate-600">for cities of {tierRange(dues.tier)}</span>
        </Fact>
        <Fact term="Population on file">{formatCount(dues.population)}</Fact>
        {dues.currentInvoice ? (
          <InvoiceFacts invoice={dues.currentInvoice} />
        ) : (
          <Fact term="Invoice">No invoice for this membership year yet</Fact>
        )}
      </Facts>
      <p>
        <TextLink to={paths.member.dues.href(memberId)}>See dues and invoices</TextLink>
      </p>
    </div>
  );
}

function InvoiceFacts({ invoice }: { invoice: Invoice }) {
  const status = invoiceStatusWords[invoice.status];
  const next = invoice.instalments.find((instalment) => instalment.status !== 'paid');
  const overdue = next?.status === 'overdue';
  return (
    <>
      <Fact term={`${invoice.membershipYearLabel} invoice`}>
        <StatusTag tone={status.tone}>{status.text}</StatusTag>
        <span className="mt-1 block font-normal text-slate-700">
          {formatMoney(invoice.paidCents)} of {formatMoney(invoice.amountCents)} paid
          {invoice.paidOn && invoice.status === 'paid' && ` on ${formatDate(invoice.paidOn)}`}
        </span>
      </Fact>
      {next && (
        <Fact term={overdue ? 'Overdue installment' : 'Next installment'}>
          {formatMoney(next.amountCents)} {overdue ? 'was due' : 'due'} {formatDate(next.dueOn)}
        </Fact>
      )}
    </>
  );
}
