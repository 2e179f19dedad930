import { endpoints } from '../../src/api/contracts/endpoints';
import { route } from '../lib/route';
import { changeTarget } from '../../server/rules/staff-changes';
import {
  issueInvoice,
  markPacketSent,
  recordReceivedPayment,
  staffInvoiceFor,
  staffInvoiceList,
  staffInvoiceView,
} from '../../server/rules/staff-invoices';

/**
 * The invoice a change is for, once the caller works in finance and their page is current (If-Match):
 * held for update, so the version checked is the one the change replaces.
 */
const changing = changeTarget('invoice', (change) =>
  staffInvoiceFor(change.tx, change.session, change.params.invoiceId, true),
);

/** MIP's finance staff keeping invoices; a read-only preview is refused changes by the pipeline. */
export const staffInvoiceRoutes = [
  route(endpoints.listStaffInvoices, ({ query, session, tx }) => staffInvoiceList(tx, session, query)),

  route(endpoints.getStaffInvoice, async ({ params, session, tx }) =>
    staffInvoiceView(tx, await staffInvoiceFor(tx, session, params.invoiceId)),
  ),

  route(endpoints.issueInvoice, async (ctx) => {
    const invoice = await changing(ctx);
    await issueInvoice(ctx.tx, invoice, ctx.session.person, ctx.body.purchaseOrderNumber);
    return staffInvoiceView(ctx.tx, invoice);
  }),

  route(endpoints.recordInvoicePayment, async (ctx) => {
    const invoice = await changing(ctx);
    await recordReceivedPayment(ctx.tx, invoice, ctx.session.person, ctx.body);
    return staffInvoiceView(ctx.tx, invoice);
  }),

  route(endpoints.markPacketSent, async (ctx) => {
    const invoice = await changing(ctx);
    await markPacketSent(ctx.tx, invoice, ctx.session.person, ctx.body);
    return staffInvoiceView(ctx.tx, invoice);
  }),
];
