import { endpoints } from '../../src/api/contracts/endpoints';
import { DUES_TIERS, duesTierFor } from '../../src/lib/dues-tiers';
import { membershipYearOf } from '../../src/lib/membership-year';
import { requireMemberAccess } from '../../server/rules/access';
import { recordDelegateAction } from '../../server/rules/access-log';
import { assistanceRequestView, requestAssistance } from '../../server/rules/assistance-requests';
import { checkoutFor, checkoutView, startCheckout } from '../../server/rules/checkout-sessions';
import { duesView } from '../../server/rules/dues-view';
import { invoiceDetailView, invoiceFor } from '../../server/rules/invoice-records';
import { requestInvoice } from '../../server/rules/invoice-requests';
import { invoiceView, today } from '../../server/rules/invoices';
import { changePaymentPlan } from '../../server/rules/payment-plans';
import { publicRoute, route } from '../lib/route';

/** Delegates need the dues scope even to read dues; changing them is the mayor's or such a delegate's. */
const READ_DUES = { scope: 'dues' } as const;
const WRITE_DUES = { scope: 'dues', write: true } as const;

export const duesRoutes = [
  route(endpoints.getDues, async ({ params, session, tx }) => {
    const { member } = await requireMemberAccess(tx, session, params.memberId ?? '', READ_DUES);
    return duesView(tx, member);
  }),

  route(endpoints.getInvoice, async ({ params, session, tx }) => {
    const { invoice, access } = await invoiceFor(tx, session, params.invoiceId, READ_DUES);
    return invoiceDetailView(tx, invoice, access);
  }),

  route(endpoints.createCheckoutSession, async ({ params, body, session, request, tx }) => {
    const { invoice, access } = await invoiceFor(tx, session, params.invoiceId, WRITE_DUES);
    return checkoutView(await startCheckout(tx, access, invoice, body, request), request.url);
  }),

  route(endpoints.getCheckoutSession, async ({ params, session, request, tx }) => {
    const { row } = await checkoutFor(tx, session, params.checkoutSessionId, READ_DUES);
    return checkoutView(row, request.url);
  }),

  route(endpoints.requestInvoice, async ({ params, body, session, tx }) => {
    const access = await requireMemberAccess(tx, session, params.memberId ?? '', WRITE_DUES);
    const invoice = await requestInvoice(tx, access, body);
    const po = body.purchaseOrderNumber === '' ? '' : ` with purchase order ${body.purchaseOrderNumber}`;
    await recordDelegateAction(tx, access, `Asked for an invoice for the ${invoice.membershipYearLabel} dues${po}`);
    return invoiceView(tx, invoice);
  }),

  route(endpoints.updatePaymentPlan, async ({ params, body, session, tx }) => {
    const access = await requireMemberAccess(tx, session, params.memberId ?? '', WRITE_DUES);
    await changePaymentPlan(tx, access, body.instalments);
    const payments = body.instalments === 1 ? 'a single payment' : `${String(body.instalments)} payments`;
    const year = membershipYearOf(today()).label;
    await recordDelegateAction(tx, access, `Changed the payment schedule of the ${year} dues to ${payments}`);
    return duesView(tx, access.member);
  }),

  route(endpoints.createAssistanceRequest, async ({ params, body, session, tx }) => {
    const access = await requireMemberAccess(tx, session, params.memberId ?? '', WRITE_DUES);
    const row = await requestAssistance(tx, access, body);
    await recordDelegateAction(tx, access, `Asked for financial assistance with the ${row.membershipYearLabel} dues`);
    return assistanceRequestView(tx, row);
  }),

  publicRoute(endpoints.listDuesTiers, () => ({ items: [...DUES_TIERS] })),

  publicRoute(endpoints.quoteDues, ({ query }) => {
    const tier = duesTierFor(query.population);
    return { population: query.population, tier, feeCents: tier.feeCents };
  }),
];
