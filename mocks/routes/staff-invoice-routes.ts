import { endpoints } from '../../src/api/contracts/endpoints';
import type { InvoiceRow } from '../db/rows/dues';
import { route } from '../lib/route';
import type { ActiveSession } from '../../server/rules/sessions';
import { requireCurrentVersion } from '../lib/staff-changes';
import {
  issueInvoice,
  markPacketSent,
  recordReceivedPayment,
  staffInvoiceFor,
  staffInvoiceList,
  staffInvoiceView,
} from '../lib/staff-invoices';

/** The invoice a change is for, once the caller works in finance and their page is current (If-Match). */
function changing(ctx: { params: Record<string, string>; session: ActiveSession; request: Request }): InvoiceRow {
  const invoice = staffInvoiceFor(ctx.session, ctx.params.invoiceId);
  requireCurrentVersion('invoice', invoice, ctx.request.headers.get('If-Match'));
  return invoice;
}

/** MIP's finance staff keeping invoices; a read-only preview is refused changes by the pipeline. */
export const staffInvoiceRoutes = [
  route(endpoints.listStaffInvoices, ({ query, session }) => staffInvoiceList(session, query)),

  route(endpoints.getStaffInvoice, ({ params, session }) =>
    staffInvoiceView(staffInvoiceFor(session, params.invoiceId)),
  ),

  route(endpoints.issueInvoice, (ctx) => {
    const invoice = changing(ctx);
    issueInvoice(invoice, ctx.session.person, ctx.body.purchaseOrderNumber);
    return staffInvoiceView(invoice);
  }),

  route(endpoints.recordInvoicePayment, (ctx) => {
    const invoice = changing(ctx);
    recordReceivedPayment(invoice, ctx.session.person, ctx.body);
    return staffInvoiceView(invoice);
  }),

  route(endpoints.markPacketSent, (ctx) => {
    const invoice = changing(ctx);
    markPacketSent(invoice, ctx.session.person, ctx.body);
    return staffInvoiceView(invoice);
  }),
];
