import { checkoutPageData, finishCheckout, type CheckoutPageData } from '../../server/rules/checkout-processor';
import { HttpError } from '../lib/http-error';
import type { Store } from '../../server/store/store';
import { backLinkOf, checkoutPageCsp, checkoutPageHtml, checkoutProblemHtml } from './mock-checkout-html';

const PATH = /^\/mock-checkout\/([^/]+)$/;

function html(status: number, body: string, returnUrl: string | null): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': checkoutPageCsp(returnUrl),
      'X-Content-Type-Options': 'nosniff',
      // Not no-referrer: that would make the form's POST carry "Origin: null" and fail the CSRF check.
      'Referrer-Policy': 'same-origin',
      'Cache-Control': 'no-store',
    },
  });
}

async function dataOf(store: Store, id: string): Promise<CheckoutPageData | null> {
  try {
    return await store.transaction((tx) => checkoutPageData(tx, id));
  } catch (error) {
    if (error instanceof HttpError && error.status === 404) return null;
    throw error;
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}

async function outcomeOf(request: Request): Promise<'paid' | 'declined' | null> {
  const outcome = new URLSearchParams(await request.text()).get('outcome');
  return outcome === 'paid' || outcome === 'declined' ? outcome : null;
}

/**
 * `GET /mock-checkout/:id` shows the listener's test checkout page; `POST` (the page's form) pays or
 * declines it and answers 303 to the app's return URL. Null for any other address.
 */
export async function mockCheckoutResponse(request: Request, store: Store): Promise<Response | null> {
  const match = PATH.exec(new URL(request.url).pathname);
  if (!match || (request.method !== 'GET' && request.method !== 'POST')) return null;
  const data = await dataOf(store, safeDecode(match[1] ?? ''));
  if (!data) {
    const message = 'There is no checkout at this address. Start the payment again from the Member Hub.';
    return html(404, checkoutProblemHtml('Checkout not found', message, null), null);
  }
  if (request.method === 'GET') return html(200, checkoutPageHtml(data), data.returnUrl);
  const outcome = await outcomeOf(request);
  if (!outcome) {
    const message = 'Choose to pay with the test card or to decline it.';
    return html(400, checkoutProblemHtml('Choose an outcome', message, backLinkOf(data)), data.returnUrl);
  }
  try {
    const { redirectTo } = await store.transaction((tx) => finishCheckout(tx, data.id, outcome));
    return new Response(null, { status: 303, headers: { Location: redirectTo, 'Cache-Control': 'no-store' } });
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    const heading = error.code === 'checkout_expired' ? 'Checkout expired' : 'Checkout not completed';
    return html(error.status, checkoutProblemHtml(heading, error.message, backLinkOf(data)), data.returnUrl);
  }
}
