import { useSuspenseQuery } from '@tanstack/react-query';
import { useOverview } from '@/api/queries/overview-queries';
import { Alert } from '@/components/ui/alert';
import { PageHeading } from '@/components/ui/page-heading';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { DUES_REFUSALS } from '../api/dues-error-words';
import { duesQueryOptions } from '../api/dues-queries';
import { PaymentPlanForm } from './payment-plan-form';
import { possessive } from '@/lib/possessive';

/** Why a schedule can't change now: the API's refusals, in the same words. */
const BLOCKED = {
  no_invoice: { title: 'There is no invoice to schedule yet', text: DUES_REFUSALS.no_invoice },
  already_paid: { title: "This year's dues are paid", text: DUES_REFUSALS.already_paid },
  invoice_overdue: {
    title: "The schedule can't change while a payment is overdue",
    text: DUES_REFUSALS.invoice_overdue,
  },
};

/** Choose how many payments this year's dues are paid in, seeing the dates before saving. */
export function PaymentPlanPage({ memberId }: { memberId: string }) {
  const { data: dues } = useSuspenseQuery(duesQueryOptions(memberId));
  const { member } = useOverview(memberId);
  const invoice = dues.currentInvoice;
  const blocked = !invoice
    ? BLOCKED.no_invoice
    : invoice.status === 'paid'
      ? BLOCKED.already_paid
      : invoice.status === 'overdue'
        ? BLOCKED.invoice_overdue
        : null;
  return (
    <div className="max-w-4xl">
      <p>
        <TextLink to={paths.member.dues.href(memberId)}>Back to dues</TextLink>
      </p>
      <PageHeading className="mt-3">Payment schedule</PageHeading>
      <p className="mt-2 max-w-3xl text-lg text-slate-700">
        Pay {invoice ? `the ${invoice.membershipYearLabel} dues` : "this year's dues"} in one, two or four payments,
        timed to {possessive(member.city)} budget cycle.
      </p>
      <div className="mt-8">
        {blocked || !invoice ? (
          <Alert tone="info" title={blocked?.title}>
            <p>{blocked?.text}</p>
          </Alert>
        ) : (
          <PaymentPlanForm memberId={memberId} city={member.city} dues={dues} invoice={invoice} />
        )}
      </div>
    </div>
  );
}
