import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { getDb } from '@mocks/db/db';
import { faults } from '@mocks/faults';
import { apiRequest, apiUrl } from '@/api/client';
import { browserNavigation } from '@/lib/go-to-url';
import { demo, renderApp } from '../setup/render-app';

const DUES_URL = `${window.location.origin}/m/riverton/dues`;

/** jsdom can't leave the page: record where the app sends the browser instead. */
function spyOnNavigation() {
  return vi.spyOn(browserNavigation, 'goToUrl').mockImplementation(() => undefined);
}

/** The body and Idempotency-Key of every checkout the app opens (the requests still reach the mock API). */
function recordCheckoutRequests() {
  const sent: { body: unknown; key: string | null }[] = [];
  const realFetch = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const request = new Request(input, init);
    if (request.method === 'POST' && /\/invoices\/[^/]+\/checkout-sessions$/.test(new URL(request.url).pathname)) {
      sent.push({ body: await request.clone().json(), key: request.headers.get('Idempotency-Key') });
    }
    return realFetch(request);
  });
  return sent;
}

const rivertonInvoiceId = () =>
  getDb().invoices.find((i) => i.memberId === 'riverton' && i.instalments.length > 1)?.id ?? '';
const checkoutsOf = (invoiceId: string) => getDb().checkoutSessions.filter((c) => c.invoiceId === invoiceId);

/** Ana opens a checkout through the API and the mock processor ends it: where the browser comes back to. */
async function checkoutEndedAs(outcome: 'paid' | 'declined' | 'left') {
  await apiRequest('signIn', { body: { email: demo.ana, password: 'demo' } });
  const session = await apiRequest('createCheckoutSession', {
    params: { invoiceId: rivertonInvoiceId() },
    body: { pay: 'next_instalment', returnUrl: DUES_URL },
    idempotencyKey: `test-${outcome}`,
  });
  if (outcome === 'left') return `/m/riverton/dues?checkout=${session.id}`;
  const response = await fetch(apiUrl(`/__mock/checkout-sessions/${session.id}`), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ outcome }),
  });
  const { redirectTo } = (await response.json()) as { redirectTo: string };
  const url = new URL(redirectTo);
  return `${url.pathname}${url.search}`;
}

describe('paying dues by card', () => {
  it('opens a checkout for the next payment, once, and sends the browser to it', async () => {
    const goTo = spyOnNavigation();
    const sent = recordCheckoutRequests();
    const { user } = await renderApp('/m/riverton/dues', { signedInAs: demo.ana });
    await user.dblClick(await screen.findByRole('button', { name: 'Pay $2,000.00 by card' }));

    await waitFor(() => expect(goTo).toHaveBeenCalledOnce());
    expect(sent).toHaveLength(1);
    expect(sent[0]?.body).toEqual({ pay: 'next_instalment', returnUrl: DUES_URL });
    expect(sent[0]?.key).toMatch(/\S{8,}/);
    const [session] = checkoutsOf(rivertonInvoiceId()).filter((c) => c.status === 'open');
    expect(goTo).toHaveBeenCalledWith(`${window.location.origin}/mock-checkout/${session?.id ?? ''}`);
    // Busy until the browser has left, so nothing can be sent twice.
    expect(screen.getByRole('button', { name: 'Opening the secure checkout…' })).toHaveAttribute('aria-busy', 'true');
  });

  it('offers the full balance when more than one payment is left', async () => {
    const goTo = spyOnNavigation();
    const sent = recordCheckoutRequests();
    await apiRequest('signIn', { body: { email: demo.ana, password: 'demo' } });
    await apiRequest('updatePaymentPlan', { params: { memberId: 'riverton' }, body: { instalments: 4 } });
    const { user } = await renderApp('/m/riverton/dues');
    const invoice = await screen.findByRole('region', { name: /invoice$/ });
    const unpaid = getDb()
      .invoices.find((i) => i.id === rivertonInvoiceId())
      ?.instalments.filter((i) => i.paidOn === null);
    expect(unpaid?.length).toBeGreaterThan(1);
    await user.click(within(invoice).getByRole('button', { name: 'Pay the full balance of $2,000.00' }));
    await waitFor(() => expect(goTo).toHaveBeenCalledOnce());
    expect(sent[0]?.body).toEqual({ pay: 'balance', returnUrl: DUES_URL });
    expect(checkoutsOf(rivertonInvoiceId()).at(-1)?.amountCents).toBe(200_000);
  });

  it('after a failed request, says so, keeps the page, and retries with the same Idempotency-Key', async () => {
    const goTo = spyOnNavigation();
    const sent = recordCheckoutRequests();
    faults.add({ method: 'POST', path: '**/invoices/*/checkout-sessions', kind: 'status', status: 503, times: 2 });
    const { user } = await renderApp('/m/riverton/dues', { signedInAs: demo.ana });
    await user.click(await screen.findByRole('button', { name: 'Pay $2,000.00 by card' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("The card checkout didn't open");
    expect(alert).toHaveTextContent('Nothing was charged.');
    await waitFor(() => expect(alert.parentElement).toHaveFocus());
    expect(goTo).not.toHaveBeenCalled();

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(goTo).toHaveBeenCalledOnce());
    // The click's send and its one automatic retry, then the person's retry: one key throughout.
    expect(sent).toHaveLength(3);
    expect(new Set(sent.map((s) => s.key)).size).toBe(1);
    expect(checkoutsOf(rivertonInvoiceId()).filter((c) => c.status === 'open')).toHaveLength(1);
  });

  it('back from a paid checkout: thanks, the receipt, fresh dues, and a way to dismiss the message', async () => {
    // The dues page is open (and cached) before the payment; coming back must not show the old invoice.
    const { user, router } = await renderApp('/m/riverton/dues', { signedInAs: demo.ana });
    expect(await screen.findByRole('button', { name: 'Pay $2,000.00 by card' })).toBeInTheDocument();
    const url = await checkoutEndedAs('paid');
    await act(() => router.navigate(url));
    expect(await screen.findByText('Payment of $2,000.00 received — thank you')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See the receipt' })).toHaveAttribute(
      'href',
      `/m/riverton/dues/invoices/${rivertonInvoiceId()}`,
    );
    const invoice = screen.getByRole('region', { name: /invoice$/ });
    expect(within(invoice).getByText('Paid', { selector: 'span' })).toBeInTheDocument();
    expect(within(invoice).queryByRole('button', { name: /by card/ })).not.toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Membership packet' })).getByText('Being prepared')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Dismiss this message' }));
    await waitFor(() => expect(screen.queryByText(/received — thank you/)).not.toBeInTheDocument());
    expect(router.state.location.search).toBe('');
    expect(screen.getByRole('heading', { level: 1, name: 'Dues' })).toHaveFocus();
  });

  it('back from a declined card: the reason, nothing charged, and Try again opens a new checkout', async () => {
    const goTo = spyOnNavigation();
    const url = await checkoutEndedAs('declined');
    const { user } = await renderApp(url);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("The payment didn't go through");
    expect(alert).toHaveTextContent('Your card was declined by your bank. No money was taken.');
    const invoice = screen.getByRole('region', { name: /invoice$/ });
    expect(within(invoice).getByText('Open')).toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(goTo).toHaveBeenCalledOnce());
    const open = checkoutsOf(rivertonInvoiceId()).filter((c) => c.status === 'open');
    expect(open).toHaveLength(1);
    expect(goTo).toHaveBeenCalledWith(expect.stringContaining(`/mock-checkout/${open[0]?.id ?? ''}`));
  });

  it('back without paying: says nothing was charged, with Try again', async () => {
    const url = await checkoutEndedAs('left');
    await renderApp(url);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You left the checkout before paying. Nothing was charged.');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: 'Dismiss this message' })).toBeInTheDocument();
  });
});

describe('the mock checkout page (the embedded mock API’s card processor)', () => {
  async function openMockCheckout() {
    await apiRequest('signIn', { body: { email: demo.ana, password: 'demo' } });
    const session = await apiRequest('createCheckoutSession', {
      params: { invoiceId: rivertonInvoiceId() },
      body: { pay: 'next_instalment', returnUrl: DUES_URL },
      idempotencyKey: 'mock-checkout-page',
    });
    const view = await renderApp(new URL(session.url).pathname);
    await screen.findByRole('heading', { level: 1, name: 'Pay $2,000.00' });
    return { ...view, session };
  }

  it("says it is the demo's test checkout, and pays with the test card", async () => {
    const goTo = spyOnNavigation();
    const { user, session } = await openMockCheckout();
    expect(screen.getByText("This is the demo's test checkout")).toBeInTheDocument();
    expect(screen.getByText(/No card is charged/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Cancel and go back' })).toHaveAttribute(
      'href',
      `${DUES_URL}?checkout=${session.id}`,
    );
    await user.click(screen.getByRole('button', { name: 'Pay $2,000.00 with the test card' }));
    await waitFor(() => expect(goTo).toHaveBeenCalledWith(`${DUES_URL}?checkout=${session.id}`));
    expect(
      getDb()
        .invoices.find((i) => i.id === rivertonInvoiceId())
        ?.instalments.every((i) => i.paidOn),
    ).toBe(true);
  });

  it('declines the test card', async () => {
    const goTo = spyOnNavigation();
    const { user, session } = await openMockCheckout();
    await user.click(screen.getByRole('button', { name: 'Decline the test card' }));
    await waitFor(() => expect(goTo).toHaveBeenCalledWith(`${DUES_URL}?checkout=${session.id}`));
    expect(checkoutsOf(rivertonInvoiceId()).find((c) => c.id === session.id)?.status).toBe('declined');
  });

  it('says when there is no such checkout', async () => {
    await renderApp('/mock-checkout/cs-nothing-here');
    expect(await screen.findByRole('heading', { level: 1, name: 'No such checkout' })).toBeInTheDocument();
  });
});
