// @vitest-environment node
// API-level tests need no DOM; session.test.ts runs in jsdom, where the UI tests meet this mock.
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CheckoutSession } from '../../src/api/contracts/dues';
import { clock } from '../clock';
import { getDb } from '../db/db';
import { EMAILS, useSeedDate } from './api';
import { useHttpListener } from './http-listener';

beforeEach(() => {
  useSeedDate();
});
afterEach(() => {
  clock.set(null);
});

const APP = 'http://127.0.0.1:4173';
const RETURN_URL = `${APP}/m/riverton/dues`;

describe('the HTTP listener’s test checkout page', () => {
  const { send, cookieOf, origin, fetchRaw } = useHttpListener();
  let keys = 0;

  /** Starts a checkout for Riverton's payment 2 of 2 the way the app does, from its own origin. */
  async function startCheckout(): Promise<CheckoutSession> {
    const cookie = await cookieOf(EMAILS.ana);
    const answer = await send('/invoices/inv-riverton-2026/checkout-sessions', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Cookie: cookie,
        Origin: APP,
        'Idempotency-Key': `page-${String((keys += 1))}`,
      },
      body: JSON.stringify({ pay: 'next_instalment', returnUrl: RETURN_URL }),
    });
    expect(answer.status).toBe(201);
    return answer.body as CheckoutSession;
  }

  const pathOf = (checkout: CheckoutSession): string => new URL(checkout.url).pathname;
  const submit = (checkout: CheckoutSession, form: string, from = origin()) =>
    fetchRaw(pathOf(checkout), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: from },
      body: form,
      redirect: 'manual',
    });

  it('is served by the listener itself, at the checkout’s url', async () => {
    const checkout = await startCheckout();
    expect(checkout.url).toBe(`${origin()}/mock-checkout/${checkout.id}`);
  });

  it('shows the city, what is paid and the amount, says no card is charged, and offers both outcomes', async () => {
    const checkout = await startCheckout();
    const page = await fetchRaw(pathOf(checkout));
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    const html = await page.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toMatch(/<title>Test checkout[^<]*<\/title>/);
    expect(html).toContain('<h1>Test checkout</h1>');
    expect(html).toContain('<dd>Riverton</dd>');
    expect(html).toContain('Riverton membership dues 2026–27, payment 2 of 2');
    expect(html).toContain("stand-in for a card processor's checkout. No card is charged");
    expect(html).toContain('<form method="post"');
    expect(html).toContain('name="outcome" value="paid">Pay $2,000.00 with the test card</button>');
    expect(html).toContain('name="outcome" value="declined">Decline the test card</button>');
    expect(html).toContain(`<a href="${RETURN_URL}?checkout=${checkout.id}">Cancel and go back</a>`);
    expect(html).not.toMatch(/<script|\son\w+=/i);
  });

  it('allows its inline style by hash only, and forms back to itself and the app', async () => {
    const checkout = await startCheckout();
    const page = await fetchRaw(pathOf(checkout));
    const style = /<style>([\s\S]*?)<\/style>/.exec(await page.text())?.[1] ?? '';
    const hash = createHash('sha256').update(style).digest('base64');
    const csp = page.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toContain(`style-src 'sha256-${hash}'`);
    expect(csp).toContain(`form-action 'self' ${APP}`);
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
  });

  it('escapes everything it shows', async () => {
    const riverton = getDb().members.find((m) => m.id === 'riverton');
    if (!riverton) throw new Error('no Riverton');
    riverton.city = 'Riverton <script>alert("x")</script>';
    const html = await (await fetchRaw(pathOf(await startCheckout()))).text();
    expect(html).not.toContain('<script>');
    expect(html).toContain('Riverton &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  it('pays on submit and sends the person back to the app with 303 and ?checkout={id}', async () => {
    const checkout = await startCheckout();
    const answer = await submit(checkout, 'outcome=paid');
    expect(answer.status).toBe(303);
    expect(answer.headers.get('Location')).toBe(`${RETURN_URL}?checkout=${checkout.id}`);
    const invoice = getDb().invoices.find((i) => i.id === 'inv-riverton-2026');
    expect(invoice?.instalments[1]?.paidOn).toBe('2026-11-26');
    const after = await (await fetchRaw(pathOf(checkout))).text();
    expect(after).toContain('This checkout is paid.');
    expect(after).not.toContain('<form');
  });

  it('declines on submit, leaving the invoice unpaid', async () => {
    const checkout = await startCheckout();
    const answer = await submit(checkout, 'outcome=declined');
    expect(answer.status).toBe(303);
    expect(getDb().checkoutSessions.find((c) => c.id === checkout.id)?.status).toBe('declined');
    expect(getDb().invoices.find((i) => i.id === 'inv-riverton-2026')?.instalments[1]?.paidOn).toBeNull();
  });

  it('answers a page, not a redirect, for unknown checkouts (404), missing outcomes (400) and expired ones (409)', async () => {
    expect((await fetchRaw('/mock-checkout/cs-nope')).status).toBe(404);
    const checkout = await startCheckout();
    expect((await submit(checkout, 'outcome=maybe')).status).toBe(400);
    clock.advance(31 * 60_000);
    const late = await submit(checkout, 'outcome=paid');
    expect(late.status).toBe(409);
    expect(await late.text()).toContain('<h1>Checkout expired</h1>');
  });

  it('refuses a submit from another site', async () => {
    const checkout = await startCheckout();
    expect((await submit(checkout, 'outcome=paid', 'https://evil.example')).status).toBe(403);
    expect(getDb().checkoutSessions.find((c) => c.id === checkout.id)?.status).toBe('open');
  });
});
