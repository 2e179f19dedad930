import { endpoints } from '../../src/api/contracts/endpoints';
import { DUES_TIERS, duesTierFor } from '../../src/lib/dues-tiers';
import { membershipYearOf } from '../../src/lib/membership-year';
import { requireMemberAccess } from '../lib/access';
import { recordDelegateAction } from '../lib/access-log';
import { assistanceRequestView, requestAssistance } from '../lib/assistance-requests';
import { checkoutFor, checkoutView, startCheckout } from '../lib/checkout-sessions';
import { duesView } from '../lib/dues-view';
import { invoiceDetailView, invoiceFor } from '../lib/invoice-records';
import { requestInvoice } from '../lib/invoice-requests';
import { invoiceView, today } from '../lib/invoices';
import { changePaymentPlan } from '../lib/payment-plans';
import { publicRoute, route } from '../lib/route';

/** Delegates need the dues scope even to read dues; changing them is the mayor's or such a delegate's. */
const READ_DUES = { scope: 'dues' } as const;
const WRITE_DUES = { scope: 'dues', write: true } as const;

export const duesRoutes = [
  route(endpoints.getDues, ({ params, session }) => {
    const { member } = requireMemberAccess(session, params.memberId ?? '', READ_DUES);
    return duesView(member);
  }),

  route(endpoints.getInvoice, ({ params, session }) => {
    const { invoice, access } = invoiceFor(session, params.invoiceId, READ_DUES);
    return invoiceDetailView(invoice, access);
  }),

  route(endpoints.createCheckoutSession, ({ params, body, session, request }) => {
    const { invoice, access } = invoiceFor(session, params.invoiceId, WRITE_DUES);
    return checkoutView(startCheckout(access, invoice, body, request), request.url);
  }),

  route(endpoints.getCheckoutSession, ({ params, session, request }) => {
    const { row } = checkoutFor(session, params.checkoutSessionId, READ_DUES);
    return checkoutView(row, request.url);
  }),

  route(endpoints.requestInvoice, ({ params, body, session }) => {
    const access = requireMemberAccess(session, params.memberId ?? '', WRITE_DUES);
    const invoice = requestInvoice(access, body);
    const po = body.purchaseOrderNumber === '' ? '' : ` with purchase order ${body.purchaseOrderNumber}`;
    recordDelegateAction(access, `Asked for an invoice for the ${invoice.membershipYearLabel} dues${po}`);
    return invoiceView(invoice);
  }),

  route(endpoints.updatePaymentPlan, ({ params, body, session }) => {
    const access = requireMemberAccess(session, params.memberId ?? '', WRITE_DUES);
    changePaymentPlan(access, body.instalments);
    const payments = body.instalments === 1 ? 'a single payment' : `${String(body.instalments)} payments`;
    const year = membershipYearOf(today()).label;
    recordDelegateAction(access, `Changed the payment schedule of the ${year} dues to ${payments}`);
    return duesView(access.member);
  }),

  route(endpoints.createAssistanceRequest, ({ params, body, session }) => {
    const access = requireMemberAccess(session, params.memberId ?? '', WRITE_DUES);
    const row = requestAssistance(access, body);
    recordDelegateAction(access, `Asked for financial assistance with the ${row.membershipYearLabel} dues`);
    return assistanceRequestView(row);
  }),

  publicRoute(endpoints.listDuesTiers, () => ({ items: [...DUES_TIERS] })),

  publicRoute(endpoints.quoteDues, ({ query }) => {
    const tier = duesTierFor(query.population);
    return { population: query.population, tier, feeCents: tier.feeCents };
  }),
];
