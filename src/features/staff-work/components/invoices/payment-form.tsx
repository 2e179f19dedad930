import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { describeError } from '@/api/api-error';
import type { StaffInvoice } from '@/api/contracts/staff-invoices';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { showToast } from '@/components/ui/toast';
import { useGuardedSubmit } from '@/components/ui/use-guarded-submit';
import { useSession } from '@/api/queries/session-queries';
import { clearDraft, draftKey, readDraft } from '@/lib/drafts';
import { formatMoney } from '@/lib/format';
import { useDraftAutosave } from '@/lib/use-draft-autosave';
import { isoDateOf } from '@/lib/membership-year';
import { useNow } from '@/lib/use-now';
import { paymentFormSchema, toPaymentRecordBody, type PaymentFormValues } from '../../api/payment-form';
import { useRecordPayment } from '../../api/staff-invoice-mutations';
import { RequestErrorAlert } from '@/components/ui/request-error-alert';

const FIELDS = ['method', 'amount', 'receivedOn', 'reference'] as const;
const METHODS = [
  { value: 'check', label: 'Check' },
  { value: 'transfer', label: 'Bank transfer' },
] as const;

/** What a payment may add up to: the next payment, the next two, … everything owed. */
function amountsHint(record: StaffInvoice): string {
  const sums: string[] = [];
  let cents = 0;
  for (const instalment of record.invoice.instalments.filter((i) => i.paidOn === null)) {
    cents += instalment.amountCents;
    sums.push(formatMoney(cents));
  }
  if (sums.length === 1) return `${sums[0] ?? ''} is owed.`;
  return `It pays whole payments of the schedule, in order: ${sums.slice(0, -1).join(', ')} or ${sums.at(-1) ?? ''} (all that is owed).`;
}

/** Records a check or a transfer MIP received; the schedule decides which payments it pays. */
export function PaymentForm({ record }: { record: StaffInvoice }) {
  const pay = useRecordPayment(record);
  const today = isoDateOf(new Date(useNow()));
  const key = draftKey('staff-invoice-payment', useSession().person.id, record.invoice.id);
  const blank: PaymentFormValues = { method: 'check', amount: '', receivedOn: today, reference: '' };
  const form = useForm<PaymentFormValues>({
    resolver: zodResolver(paymentFormSchema),
    defaultValues: { ...blank, ...readDraft<Partial<PaymentFormValues>>(key) },
  });
  useDraftAutosave(form, key);
  const errors = form.formState.errors;
  const { onSubmit, requestError, requestErrorRef } = useGuardedSubmit(form, {
    fields: FIELDS,
    focus: 'field',
    // The API names the amount in cents; the form asks for dollars.
    fieldForApi: (field) => (field === 'amountCents' ? 'amount' : FIELDS.find((f) => f === field && f !== 'amount')),
    send: async (values) => {
      const updated = await pay.mutateAsync(toPaymentRecordBody(values));
      clearDraft(key);
      form.reset({ ...blank, method: values.method });
      showToast(
        'success',
        updated.invoice.status === 'paid'
          ? `Payment recorded: invoice ${updated.invoice.number} is paid in full`
          : 'Payment recorded',
      );
    },
  });
  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="payment-heading" className="space-y-4">
      <h3 id="payment-heading" className="text-lg font-bold text-slate-900">
        Record a payment received
      </h3>
      <RequestErrorAlert
        error={requestError}
        focusRef={requestErrorRef}
        title="Payment not recorded"
        words={describeError}
      />
      <fieldset>
        <legend className="font-semibold text-slate-900">Paid by</legend>
        <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
          {METHODS.map((method) => (
            <div key={method.value} className="flex items-center gap-3">
              <input
                type="radio"
                id={`payment-method-${method.value}`}
                value={method.value}
                {...form.register('method')}
                className="size-6 shrink-0 accent-accent-700"
              />
              <label htmlFor={`payment-method-${method.value}`} className="font-semibold text-slate-900">
                {method.label}
              </label>
            </div>
          ))}
        </div>
        {errors.method?.message && <p className="mt-1 text-red-800">{errors.method.message}</p>}
      </fieldset>
      <Field id="payment-amount" label="Amount (dollars)" hint={amountsHint(record)} error={errors.amount?.message}>
        {(control) => <Input {...control} {...form.register('amount')} inputMode="decimal" className="max-w-56" />}
      </Field>
      <Field id="payment-receivedOn" label="Date received" error={errors.receivedOn?.message}>
        {(control) => (
          <Input {...control} type="date" max={today} className="max-w-56" {...form.register('receivedOn')} />
        )}
      </Field>
      <Field id="payment-reference" label="Check number or transfer reference" error={errors.reference?.message}>
        {(control) => <Input {...control} {...form.register('reference')} className="sm:w-72" />}
      </Field>
      <Button type="submit" pending={pay.isPending} pendingLabel="Recording…">
        Record payment
      </Button>
    </form>
  );
}
