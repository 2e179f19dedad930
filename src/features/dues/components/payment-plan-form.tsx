import { useForm, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import type { Dues, Invoice } from '@/api/contracts/dues';
import { useAttributionNote } from '@/api/queries/attribution-note';
import { ChangeButton } from '@/components/ui/change-button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { showToast } from '@/components/ui/toast';
import { useGuardedSubmit } from '@/components/ui/use-guarded-submit';
import { paths } from '@/config/paths';
import { formatDate, formatMoney } from '@/lib/format';
import { isoDateOf } from '@/lib/membership-year';
import {
  PAYMENT_COUNTS,
  paymentCountWords,
  scheduleProblemWords,
  type PaymentCount,
  type ScheduledPayment,
} from '@/lib/payment-schedule';
import { useNow } from '@/lib/use-now';
import { duesErrorWords } from '../api/dues-error-words';
import { useUpdatePaymentPlan } from '../api/dues-mutations';
import { previewSchedule } from '../api/payment-plan-preview';
import { PaymentTable } from '@/components/payment-table';
import { possessive } from '@/lib/possessive';
import { RequestErrorAlert } from '@/components/ui/request-error-alert';

const CHOICES: Record<PaymentCount, { label: string; hint: string }> = {
  1: { label: 'One payment', hint: 'At the end of your fiscal year.' },
  2: { label: 'Two payments', hint: 'At the ends of the two halves of your fiscal year.' },
  4: { label: 'Four payments', hint: 'At the ends of the quarters of your fiscal year.' },
};
const FIELDS = ['instalments'] as const;

const monthDay = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', timeZone: 'UTC' });

interface PaymentPlanFormProps {
  memberId: string;
  city: string;
  dues: Dues;
  invoice: Invoice;
}

/**
 * Choose 1, 2 or 4 payments and see the dates and amounts before saving: the same calculation
 * the API makes when it saves, so what is shown is what is saved. A plan that can't hold the year
 * (more payments made already, or its next date passed) is not offered, and says why.
 */
export function PaymentPlanForm({ memberId, city, dues, invoice }: PaymentPlanFormProps) {
  const inForce = dues.paymentPlan.instalments;
  const form = useForm<{ instalments: PaymentCount }>({
    defaultValues: { instalments: inForce },
    shouldFocusError: false,
  });
  const count = useWatch({ control: form.control, name: 'instalments' });
  const today = isoDateOf(new Date(useNow()));
  const update = useUpdatePaymentPlan(memberId);
  const attribution = useAttributionNote(memberId);
  const navigate = useNavigate();
  const scheduleOf = (n: PaymentCount) => previewSchedule(dues, invoice, n, today);
  const schedule = scheduleOf(count);
  const fiscalStart = monthDay.format(new Date(`${dues.paymentPlan.fiscalYearStartsOn}T00:00:00Z`));
  const error = form.formState.errors.instalments?.message;

  const { onSubmit, focusKey, requestError, requestErrorRef, summary } = useGuardedSubmit(form, {
    fields: FIELDS,
    send: async ({ instalments }) => {
      const saved = await update.mutateAsync({ instalments });
      const next = saved.currentInvoice?.instalments.find((i) => i.status !== 'paid');
      showToast(
        'success',
        `Your dues ${instalments === inForce ? 'stay' : 'are now'} in ${paymentCountWords(instalments)}${next ? `; the next, ${formatMoney(next.amountCents)}, is due ${formatDate(next.dueOn)}` : ''}.${attribution}`,
      );
      void navigate(paths.member.dues.href(memberId));
    },
  });

  return (
    <form noValidate className="space-y-8" onSubmit={onSubmit}>
      <ErrorSummary errors={summary(() => `plan-${count}`)} focusKey={focusKey} />
      <fieldset className={error ? 'border-l-4 border-red-700 pl-4' : undefined}>
        <legend className="text-lg font-bold text-slate-900">How many payments?</legend>
        {error && (
          <p id="plan-error" className="mt-1 font-semibold text-red-800">
            <span className="sr-only">Error:</span> {error}
          </p>
        )}
        <div className="mt-3 space-y-3">
          {PAYMENT_COUNTS.map((n) => {
            const choice = scheduleOf(n);
            return (
              <div key={n} className="flex items-start gap-3">
                <input
                  type="radio"
                  id={`plan-${n}`}
                  name="instalments"
                  value={n}
                  checked={count === n}
                  disabled={!choice.possible}
                  onChange={() => {
                    form.clearErrors('instalments');
                    form.setValue('instalments', n);
                  }}
                  aria-describedby={[`plan-${n}-hint`, error ? 'plan-error' : ''].join(' ').trim()}
                  className="mt-0.5 size-6 shrink-0 accent-accent-700 disabled:opacity-50"
                />
                <div>
                  <label
                    htmlFor={`plan-${n}`}
                    className={choice.possible ? 'font-semibold text-slate-900' : 'font-semibold text-slate-500'}
                  >
                    {CHOICES[n].label}
                    {n === inForce && ' (your current schedule)'}
                  </label>
                  <p id={`plan-${n}-hint`} className="text-[0.9375rem] text-slate-600">
                    {choice.possible
                      ? CHOICES[n].hint
                      : `Not possible this year: ${scheduleProblemWords(choice.problem, n)}`}
                  </p>
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>

      <section aria-labelledby="schedule-heading" aria-live="polite">
        <h2 id="schedule-heading" className="text-lg font-bold text-slate-900">
          {CHOICES[count].label}: the dates and amounts
        </h2>
        <p className="mt-2 max-w-3xl text-slate-700">
          Payments fall on the last day of {possessive(city)} fiscal year, of its halves or of its quarters, whichever
          fall in the {invoice.membershipYearLabel} membership year; {possessive(city)} fiscal year starts on{' '}
          {fiscalStart}. Payments already made count among them, standing for the first dates, and the rest of the dues
          is split evenly over the dates left. {count === inForce && 'Your current schedule stays exactly as it is.'}
        </p>
        <div className="mt-4 max-w-2xl">
          {schedule.possible ? (
            <PaymentTable
              caption={`${CHOICES[count].label} for ${invoice.membershipYearLabel}`}
              hideCaption
              rows={schedule.payments.map((p) => ({ ...p, status: scheduledStatus(p) }))}
              totalCents={schedule.payments.reduce((sum, p) => sum + p.amountCents, 0)}
            />
          ) : (
            <p>{scheduleProblemWords(schedule.problem, count)}</p>
          )}
        </div>
      </section>

      <RequestErrorAlert
        error={requestError}
        focusRef={requestErrorRef}
        title="The schedule was not changed"
        words={duesErrorWords}
      />
      <div className="border-t border-slate-200 pt-6">
        <ChangeButton
          type="submit"
          change={{ memberId, scope: 'dues' }}
          pending={update.isPending}
          pendingLabel="Saving…"
        >
          Confirm {paymentCountWords(count)}
        </ChangeButton>
      </div>
    </form>
  );
}

function scheduledStatus(payment: ScheduledPayment) {
  return payment.paidOn
    ? { text: `Paid ${formatDate(payment.paidOn)}`, tone: 'success' as const }
    : { text: 'To pay', tone: 'neutral' as const };
}
