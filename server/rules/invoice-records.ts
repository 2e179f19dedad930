import type { InvoiceDetail } from '../../src/api/contracts/dues';
import type { InvoiceRow } from '../../mocks/db/rows/dues';
import { MIP_REMIT_TO } from '../../mocks/db/seed/reference-data';
import { HttpError, notFound } from '../../mocks/lib/http-error';
import type { StoreTx } from '../store/store';
import { requireMemberAccess, type AccessOptions, type MemberAccess } from './access';
import { invoiceView, today } from './invoices';
import { mayorOf } from './people';
import type { ActiveSession } from './sessions';

/**
 * An invoice and the caller's access to its city. Another city's invoice answers 404 like one that
 * does not exist (so ids reveal nothing), worded for the invoice rather than the city.
 */
export async function invoiceFor(
  tx: StoreTx,
  session: ActiveSession,
  invoiceId: string | undefined,
  options: AccessOptions,
): Promise<{ invoice: InvoiceRow; access: MemberAccess }> {
  const invoice = invoiceId === undefined ? undefined : await tx.invoices.get({ id: invoiceId });
  if (!invoice) throw notFound('That invoice');
  try {
    return { invoice, access: await requireMemberAccess(tx, session, invoice.memberId, options) };
  } catch (error) {
    if (error instanceof HttpError && error.status === 404) throw notFound('That invoice');
    throw error;
  }
}

/** What a printed invoice or receipt needs besides the invoice: who is billed, where to pay. */
export async function invoiceDetailView(
  tx: StoreTx,
  invoice: InvoiceRow,
  access: MemberAccess,
): Promise<InvoiceDetail> {
  const { member } = access;
  return {
    invoice: await invoiceView(tx, invoice, today()),
    billedTo: { city: member.city, state: member.state, mayorName: (await mayorOf(tx, member)).name },
    remitTo: { name: MIP_REMIT_TO.name, addressLines: [...MIP_REMIT_TO.addressLines], email: MIP_REMIT_TO.email },
  };
}
