import type { InvoiceDetail } from '../../src/api/contracts/dues';
import { getDb } from '../db/db';
import type { InvoiceRow } from '../db/rows/dues';
import { MIP_REMIT_TO } from '../db/seed/reference-data';
import { requireMemberAccess, type AccessOptions, type MemberAccess } from './access';
import { HttpError, notFound } from './http-error';
import { invoiceView, today } from './invoices';
import { mayorOf } from './people';
import type { ActiveSession } from '../../server/rules/sessions';

/**
 * An invoice and the caller's access to its city. Another city's invoice answers 404 like one that
 * does not exist (so ids reveal nothing), worded for the invoice rather than the city.
 */
export function invoiceFor(
  session: ActiveSession,
  invoiceId: string | undefined,
  options: AccessOptions,
): { invoice: InvoiceRow; access: MemberAccess } {
  const invoice = getDb().invoices.find((i) => i.id === invoiceId);
  if (!invoice) throw notFound('That invoice');
  try {
    return { invoice, access: requireMemberAccess(session, invoice.memberId, options) };
  } catch (error) {
    if (error instanceof HttpError && error.status === 404) throw notFound('That invoice');
    throw error;
  }
}

/** What a printed invoice or receipt needs besides the invoice: who is billed, where to pay. */
export function invoiceDetailView(invoice: InvoiceRow, access: MemberAccess): InvoiceDetail {
  const { member } = access;
  return {
    invoice: invoiceView(invoice, today()),
    billedTo: { city: member.city, state: member.state, mayorName: mayorOf(member).name },
    remitTo: { name: MIP_REMIT_TO.name, addressLines: [...MIP_REMIT_TO.addressLines], email: MIP_REMIT_TO.email },
  };
}
