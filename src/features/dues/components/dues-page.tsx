import type { ReactNode } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import type { Dues } from '@/api/contracts/dues';
import { useOverview } from '@/api/queries/overview-queries';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { ChangeLink } from '@/components/ui/change-link';
import { paths } from '@/config/paths';
import { formatDate, formatLongDate, formatMoney } from '@/lib/format';
import { duesQueryOptions } from '../api/dues-queries';
import { AssistanceCard } from './assistance-card';
import { BillingDetails } from './billing-details';
import { CurrentInvoice } from './current-invoice';
import { DuesFeeCard } from './dues-fee-card';
import { InvoiceHistory } from './invoice-history';
import { PacketCard } from './packet-card';
import { possessive } from '@/lib/possessive';

interface DuesPageProps {
  memberId: string;
  /** The membership status tag, from the membership feature (composed in by the route). */
  membershipStatus: ReactNode;
}

/** The city's dues: the fee, this year's invoice and how to pay it, help, the packet, and every invoice. */
export function DuesPage({ memberId, membershipStatus }: DuesPageProps) {
  const { data: dues } = useSuspenseQuery(duesQueryOptions(memberId));
  const invoice = dues.currentInvoice;
  const owing = invoice ? invoice.status !== 'paid' : false;
  return (
    <div className="mt-8 space-y-8">
      <OverdueNotice memberId={memberId} dues={dues} />
      <div className="grid gap-8 lg:grid-cols-3 lg:items-start">
        <div className="space-y-8 lg:col-span-2">
          {invoice ? <CurrentInvoice memberId={memberId} invoice={invoice} /> : <NoInvoiceYet memberId={memberId} />}
          {invoice?.billing && <BillingDetails billing={invoice.billing} />}
        </div>
        <div className="space-y-6 lg:col-start-3 lg:row-span-2 lg:row-start-1">
          <DuesFeeCard dues={dues} membershipStatus={membershipStatus} />
          <AssistanceCard memberId={memberId} request={dues.assistanceRequest} owing={owing} />
          <PacketCard packet={dues.packet} />
        </div>
        <div className="lg:col-span-2">
          <InvoiceHistory memberId={memberId} invoices={dues.invoices} />
        </div>
      </div>
    </div>
  );
}

/** Overdue: what was due when, and how long membership holds (grace) before it lapses. */
function OverdueNotice({ memberId, dues }: { memberId: string; dues: Dues }) {
  const { member } = useOverview(memberId);
  const invoice = dues.currentInvoice;
  const overdue = invoice?.instalments.find((i) => i.status === 'overdue');
  if (!invoice || !overdue) return null;
  const grace = member.membership.status === 'grace' ? member.membership.graceEndsOn : null;
  return (
    <Alert
      tone="danger"
      title={`A payment of ${formatMoney(overdue.amountCents)} was due on ${formatDate(overdue.dueOn)}`}
    >
      <p>
        {grace
          ? `${possessive(member.city)} membership is in its grace period until ${formatLongDate(grace)}. Pay before then to keep the city's benefits, or ask MIP for financial assistance.`
          : 'Pay it to keep the city’s benefits, or ask MIP for financial assistance.'}
      </p>
    </Alert>
  );
}

function NoInvoiceYet({ memberId }: { memberId: string }) {
  return (
    <Card>
      <section aria-labelledby="no-invoice-heading" className="space-y-3">
        <h2 id="no-invoice-heading" className="text-xl font-bold text-slate-900">
          This year's invoice
        </h2>
        <p className="text-slate-700">
          MIP has not issued an invoice for this membership year yet. If your city needs one now (to raise a purchase
          order, say), request it.
        </p>
        <ChangeLink change={{ memberId, scope: 'dues' }} to={paths.member.invoiceRequest.href(memberId)}>
          Request an invoice
        </ChangeLink>
      </section>
    </Card>
  );
}
