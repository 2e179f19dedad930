import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Dues, Invoice } from '@/api/contracts/dues';
import { Alert } from '@/components/ui/alert';
import { ChangeButton } from '@/components/ui/change-button';
import { showToast } from '@/components/ui/toast';
import { paths } from '@/config/paths';
import { formatDate, formatMoney } from '@/lib/format';
import { isoDateOf, membershipYearStarting } from '@/lib/membership-year';
import { PAYMENT_COUNTS, scheduleFor, type PaymentCount, type ScheduledPayment } from '@/lib/payment-schedule';
import { useNow } from '@/lib/use-now';
import { duesErrorWords } from '../api/dues-error-words';
import { useUpdatePaymentPlan } from '../api/dues-mutations';
import { PaymentTable } from './payment-table';
import { useAttributionNote } from '@/api/queries/attribution-note';

const CHOICES: Record<PaymentCount, { label: string; hint: string }> = {
  1: { label: 'One payment', hint: 'At the end of your fiscal year.' },
  2: { label: 'Two payments', hint: 'At the ends of the two halves of your fiscal year.' },
  4: { label: 'Four payments', hint: 'At the ends of the quarters of your fiscal year.' },
};

const monthDay = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', timeZone: 'UTC' });

interface PaymentPlanFormProps {
  memberId: string;
  city: string;
  dues: Dues;
  invoice: Invoice;
}

/**
 * Choose 1, 2 or 4 payments and see the dates and amounts before saving: the same calculation
 * (`scheduleFor`) the API makes when it saves, so what is shown is what is saved.
 */
export function PaymentPlanForm({ memberId, city, dues, invoice }: PaymentPlanFormProps) {
  const [count, setCount] = useState<PaymentCount>(dues.paymentPlan.instalments);
  const today = isoDateOf(new Date(useNow()));
  const update = useUpdatePaymentPlan(memberId);
  const attribution = useAttributionNote(memberId);
  const navigate = useNavigate();
  const inFlight = useRef(false);
  const errorRef = useRef<HTMLDivElement>(null);
  const schedule = scheduleOf(dues, invoice, count, today);
  const fiscalStart = monthDay.format(new Date(`${dues.paymentPlan.fiscalYearStartsOn}T00:00:00Z`));

  function save() {
    if (inFlight.current) return;
    inFlight.current = true;
    update.mutate(
      { instalments: count },
      {
        onSuccess: (saved) => {
          const next = saved.currentInvoice?.instalments.find((i) => i.status !== 'paid');
          showToast(
            'success',
            `Your dues are now in ${CHOICES[count].label.toLowerCase()}${next ? `; the next, ${formatMoney(next.amountCents)}, is due ${formatDate(next.dueOn)}` : ''}.${attribution}`,
          );
          void navigate(paths.member.dues.href(memberId));
        },
        onError: () => {
          inFlight.current = false;
          requestAnimationFrame(() => errorRef.current?.focus());
        },
      },
    );
  }

  return (
    <form
      noValidate
      className="space-y-8"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <fieldset>
        <legend className="text-lg font-bold text-slate-900">How many payments?</legend>
        <div className="mt-3 space-y-3">
          {PAYMENT_COUNTS.map((n) => (
            <div key={n} className="flex items-start gap-3">
              <input
                type="radio"
                id={`plan-${n}`}
                name="instalments"
                value={n}
                checked={count === n}
                onChange={() => setCount(n)}
                aria-describedby={`plan-${n}-hint`}
                className="mt-0.5 size-6 shrink-0 accent-accent-700"
              />
              <div>
                <label htmlFor={`plan-${n}`} className="font-semibold text-slate-900">
                  {CHOICES[n].label}
                  {n === dues.paymentPlan.instalments && ' (your current schedule)'}
                </label>
                <p id={`plan-${n}-hint`} className="text-[0.9375rem] text-slate-600">
                  {CHOICES[n].hint}
                </p>
              </div>
            </div>
          ))}
        </div>
      </fieldset>

      <section aria-labelledby="schedule-heading" aria-live="polite">
        <h2 id="schedule-heading" className="text-lg font-bold text-slate-900">
          {CHOICES[count].label}: the dates and amounts
        </h2>
        <p className="mt-2 max-w-3xl text-slate-700">
          Payments fall on the last day of {city}'s fiscal year, of its halves or of its quarters, whichever fall in the{' '}
          {invoice.membershipYearLabel} membership year; {city}'s fiscal year starts on {fiscalStart}. Dates already
          past are skipped, payments already made stay as they are, and the rest of the dues is split evenly over the
          payments still ahead.
        </p>
        <div className="mt-4 max-w-2xl">
          <PaymentTable
            caption={`${CHOICES[count].label} for ${invoice.membershipYearLabel}`}
            hideCaption
            rows={schedule.map((p) => ({ ...p, status: scheduledStatus(p) }))}
            totalCents={schedule.reduce((sum, p) => sum + p.amountCents, 0)}
          />
        </div>
      </section>

      {update.isError && (
        <div ref={errorRef} tabIndex={-1}>
          <Alert tone="danger" role="alert" title="The schedule was not changed">
            {duesErrorWords(update.error)}
          </Alert>
        </div>
      )}
      <div className="border-t border-slate-200 pt-6">
        <ChangeButton
          type="submit"
          change={{ memberId, scope: 'dues' }}
          pending={update.isPending}
          pendingLabel="Saving…"
        >
          Confirm {CHOICES[count].label.toLowerCase()}
        </ChangeButton>
      </div>
    </form>
  );
}

function scheduleOf(dues: Dues, invoice: Invoice, count: PaymentCount, today: string): ScheduledPayment[] {
  return scheduleFor({
    feeCents: invoice.amountCents,
    paid: invoice.instalments
      .filter((i) => i.status === 'paid')
      .map((i) => ({ dueOn: i.dueOn, amountCents: i.amountCents, paidOn: i.paidOn ?? i.dueOn })),
    count,
    fiscalYearStartMonth: Number(dues.paymentPlan.fiscalYearStartsOn.slice(5, 7)),
    year: membershipYearStarting(Number(invoice.membershipYearLabel.slice(0, 4))),
    today,
  });
}

function scheduledStatus(payment: ScheduledPayment) {
  return payment.paidOn
    ? { text: `Paid ${formatDate(payment.paidOn)}`, tone: 'success' as const }
    : { text: 'To pay', tone: 'neutral' as const };
}
