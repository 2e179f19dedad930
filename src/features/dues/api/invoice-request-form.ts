import * as z from 'zod/mini';
import { invoiceRequestBodySchema, usStateSchema, type Billing } from '@/api/contracts/dues';

/**
 * The invoice request as typed: the contract's schema, with the state as the select gives it
 * (text, '' until one is chosen) and checked against the contract's list of states.
 */
export const invoiceRequestFormSchema = z.extend(invoiceRequestBodySchema, {
  state: z.pipe(z.string(), usStateSchema),
});

export type InvoiceRequestFormInput = z.input<typeof invoiceRequestFormSchema>;
/** Every field is text (a blank second address line or PO number is ''). */
export type InvoiceRequestFormValues = Required<InvoiceRequestFormInput>;

export const INVOICE_REQUEST_FIELDS = [
  'contactName',
  'contactEmail',
  'addressLine1',
  'addressLine2',
  'city',
  'state',
  'postalCode',
  'purchaseOrderNumber',
] as const satisfies readonly (keyof InvoiceRequestFormValues)[];

const BLANK: InvoiceRequestFormValues = {
  contactName: '',
  contactEmail: '',
  addressLine1: '',
  addressLine2: '',
  city: '',
  state: '',
  postalCode: '',
  purchaseOrderNumber: '',
};

/**
 * What the form starts with: the draft typed in this tab, else the billing details the city gave
 * last time (same contact, same address), else blanks. A draft may be from an older form: only
 * its text fields that still exist are kept.
 */
export function startingValues(
  draft: Partial<InvoiceRequestFormValues> | null,
  lastBilling: Billing | null,
): InvoiceRequestFormValues {
  const values = { ...BLANK };
  for (const field of INVOICE_REQUEST_FIELDS) {
    const fromDraft = draft?.[field];
    if (typeof fromDraft === 'string') values[field] = fromDraft;
    else if (lastBilling) values[field] = lastBilling[field];
  }
  return values;
}
