import type { Dues, Invoice } from '@/api/contracts/dues';
import { membershipYearStarting } from '@/lib/membership-year';
import { scheduleFor, type PaymentCount, type Schedule } from '@/lib/payment-schedule';

/**
 * The schedule a plan would give this year's invoice, from the dues page's data: the rule the API
 * applies when the plan is saved (`scheduleFor`), so what is shown is what is saved.
 */
export function previewSchedule(dues: Dues, invoice: Invoice, count: PaymentCount, today: string): Schedule {
  return scheduleFor({
    feeCents: invoice.amountCents,
    payments: invoice.instalments.map((i) => ({
      dueOn: i.dueOn,
      amountCents: i.amountCents,
      paidOn: i.status === 'paid' ? (i.paidOn ?? i.dueOn) : null,
    })),
    count,
    fiscalYearStartMonth: Number(dues.paymentPlan.fiscalYearStartsOn.slice(5, 7)),
    year: membershipYearStarting(Number(invoice.membershipYearLabel.slice(0, 4))),
    today,
  });
}
