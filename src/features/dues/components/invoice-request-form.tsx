import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Billing, InvoiceRequestBody } from '@/api/contracts/dues';
import { ChangeButton } from '@/components/ui/change-button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Field } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/input';
import { showToast } from '@/components/ui/toast';
import { useGuardedSubmit } from '@/components/ui/use-guarded-submit';
import { paths } from '@/config/paths';
import { clearDraft, readDraft } from '@/lib/drafts';
import { useDraftAutosave } from '@/lib/use-draft-autosave';
import { US_STATES } from '@/lib/us-states';
import { duesErrorWords } from '../api/dues-error-words';
import { useRequestInvoice } from '../api/dues-mutations';
import {
  INVOICE_REQUEST_FIELDS,
  invoiceRequestFormSchema,
  startingValues,
  type InvoiceRequestFormInput,
  type InvoiceRequestFormValues,
} from '../api/invoice-request-form';
import { useAttributionNote } from '@/api/queries/attribution-note';
import { RequestErrorAlert } from '@/components/ui/request-error-alert';

type FieldName = (typeof INVOICE_REQUEST_FIELDS)[number];
const fieldId = (field: FieldName) => `invoice-request-${field}`;
const STATE_OPTIONS = Object.entries(US_STATES).sort(([, a], [, b]) => a.localeCompare(b));

interface InvoiceRequestFormProps {
  memberId: string;
  /** Where the draft lives: per person and city, in this tab. */
  draftKey: string;
  /** The billing details the city gave last time, to start from. */
  lastBilling: Billing | null;
}

/** Pay by invoice: who receives it, where it is sent, and the purchase-order number to quote. */
export function InvoiceRequestForm({ memberId, draftKey, lastBilling }: InvoiceRequestFormProps) {
  const form = useForm<InvoiceRequestFormInput, unknown, InvoiceRequestBody>({
    resolver: zodResolver(invoiceRequestFormSchema),
    // Focus goes to the error summary (GOV.UK), which links to each field.
    shouldFocusError: false,
    defaultValues: startingValues(readDraft<InvoiceRequestFormValues>(draftKey), lastBilling),
  });
  const requestInvoice = useRequestInvoice(memberId);
  const attribution = useAttributionNote(memberId);
  const navigate = useNavigate();
  const errors = form.formState.errors;

  useDraftAutosave(form, draftKey);

  const { onSubmit, focusKey, requestError, requestErrorRef, summary } = useGuardedSubmit(form, {
    fields: INVOICE_REQUEST_FIELDS,
    send: async (body) => {
      const invoice = await requestInvoice.mutateAsync(body);
      clearDraft(draftKey);
      showToast(
        'success',
        `Invoice ${invoice.number} will be sent to ${body.contactName} at ${body.contactEmail}.${attribution}`,
      );
      void navigate(paths.member.invoice.href(memberId, invoice.id));
    },
  });

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-6">
      <ErrorSummary errors={summary(fieldId)} focusKey={focusKey} />
      <RequestErrorAlert
        error={requestError}
        focusRef={requestErrorRef}
        title="Your request was not sent"
        words={(error) => <>{duesErrorWords(error)} Everything you typed is still here.</>}
      />
      <fieldset className="space-y-6">
        <legend className="text-lg font-bold text-slate-900">Who handles the invoice</legend>
        <Field
          id={fieldId('contactName')}
          label="Billing contact's name"
          hint="The person in the city's finance office who pays it."
          error={errors.contactName?.message}
        >
          {(control) => <Input {...control} autoComplete="name" {...form.register('contactName')} />}
        </Field>
        <Field
          id={fieldId('contactEmail')}
          label="Billing contact's e-mail"
          hint="MIP sends the invoice here."
          error={errors.contactEmail?.message}
        >
          {(control) => (
            <Input
              {...control}
              type="email"
              autoComplete="email"
              spellCheck={false}
              {...form.register('contactEmail')}
            />
          )}
        </Field>
      </fieldset>
      <fieldset className="space-y-6">
        <legend className="text-lg font-bold text-slate-900">Billing address</legend>
        <Field id={fieldId('addressLine1')} label="Address line 1" error={errors.addressLine1?.message}>
          {(control) => <Input {...control} autoComplete="address-line1" {...form.register('addressLine1')} />}
        </Field>
        <Field id={fieldId('addressLine2')} label="Address line 2 (optional)" error={errors.addressLine2?.message}>
          {(control) => <Input {...control} autoComplete="address-line2" {...form.register('addressLine2')} />}
        </Field>
        <Field id={fieldId('city')} label="City" error={errors.city?.message}>
          {(control) => (
            <Input {...control} autoComplete="address-level2" className="max-w-md" {...form.register('city')} />
          )}
        </Field>
        <Field id={fieldId('state')} label="State" error={errors.state?.message}>
          {(control) => (
            <Select {...control} autoComplete="address-level1" className="max-w-md" {...form.register('state')}>
              <option value="">Choose the state</option>
              {STATE_OPTIONS.map(([code, name]) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id={fieldId('postalCode')} label="ZIP code" error={errors.postalCode?.message}>
          {(control) => (
            <Input
              {...control}
              autoComplete="postal-code"
              inputMode="numeric"
              className="max-w-40"
              {...form.register('postalCode')}
            />
          )}
        </Field>
      </fieldset>
      <Field
        id={fieldId('purchaseOrderNumber')}
        label="Purchase order number (optional)"
        hint="If your city needs one on the invoice before it can pay, MIP prints it there."
        error={errors.purchaseOrderNumber?.message}
      >
        {(control) => <Input {...control} className="max-w-md" {...form.register('purchaseOrderNumber')} />}
      </Field>
      <div className="border-t border-slate-200 pt-6">
        <ChangeButton
          type="submit"
          change={{ memberId, scope: 'dues' }}
          pending={requestInvoice.isPending}
          pendingLabel="Sending…"
        >
          Request the invoice
        </ChangeButton>
      </div>
    </form>
  );
}
