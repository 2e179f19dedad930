import type * as z from 'zod/mini';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { describeError } from '@/api/api-error';
import { invoiceIssueBodySchema, type InvoiceIssueBody, type StaffInvoice } from '@/api/contracts/staff-invoices';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { showToast } from '@/components/ui/toast';
import { useGuardedSubmit } from '@/components/ui/use-guarded-submit';
import { useIssueInvoice } from '../../api/staff-invoice-mutations';
import { RequestErrorAlert } from '@/components/ui/request-error-alert';

/** Sends the invoice a city asked for: the purchase order as it goes on it, corrected if need be. */
export function IssueForm({ record }: { record: StaffInvoice }) {
  const issue = useIssueInvoice(record);
  const billing = record.invoice.billing;
  const form = useForm<z.input<typeof invoiceIssueBodySchema>, unknown, InvoiceIssueBody>({
    resolver: zodResolver(invoiceIssueBodySchema),
    defaultValues: { purchaseOrderNumber: billing?.purchaseOrderNumber ?? '' },
  });
  const { onSubmit, requestError, requestErrorRef } = useGuardedSubmit(form, {
    fields: ['purchaseOrderNumber'],
    focus: 'field',
    send: async (body) => {
      await issue.mutateAsync(body);
      showToast('success', `Invoice ${record.invoice.number} marked sent; ${record.city} sees it in its dues`);
    },
  });
  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="issue-heading" className="space-y-4">
      <h3 id="issue-heading" className="text-lg font-bold text-slate-900">
        Send the invoice
      </h3>
      <p className="text-slate-700">
        {record.city} asked for this invoice to be sent to {billing?.contactName ?? 'its billing contact'}
        {billing?.contactEmail ? ` (${billing.contactEmail})` : ''}. Send it, then mark it sent here.
      </p>
      <RequestErrorAlert
        error={requestError}
        focusRef={requestErrorRef}
        title="Not marked sent"
        words={describeError}
      />
      <Field
        id="issue-po"
        label="Purchase order number"
        hint="As the city gave it; correct it if it was mistyped. Leave it empty if the city has none."
        error={form.formState.errors.purchaseOrderNumber?.message}
      >
        {(control) => <Input {...control} {...form.register('purchaseOrderNumber')} className="sm:w-72" />}
      </Field>
      <Button type="submit" pending={issue.isPending} pendingLabel="Saving…">
        Mark the invoice sent
      </Button>
    </form>
  );
}
