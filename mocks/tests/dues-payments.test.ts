// @vitest-environment node
// API-level tests need no DOM; session.test.ts runs in jsdom, where the UI tests meet this mock.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CheckoutSession, Dues, InvoiceDetail } from '../../src/api/contracts/dues';
import type { Overview } from '../../src/api/contracts/members';
import { clock } from '../clock';
import { getDb } from '../db/db';
import { ALREADY_PAID, DECLINED_BY_BANK, SCHEDULE_CHANGED } from '../../server/rules/checkout-completion';
import { call, errorCode, ORIGIN, signIn, startPreview, useSeedDate, type ApiAnswer, type ErrorAnswer } from './api';
import { useHttpListener } from './http-listener';

beforeEach(() => {
  useSeedDate();
});
afterEach(() => {
  clock.set(null);
});

/** Seeded on Thu Nov 26, 2026: Riverton's payment 2 of 2 ($2,000) is due Jun 30; Lakeport paid; Cedar Falls overdue. */
const RIVERTON = 'inv-riverton-2026';
const LAKEPORT = 'inv-lakeport-2026';
const CEDAR_FALLS = 'inv-cedar-falls-2026';
const RETURN_URL = `${ORIGIN}/m/riverton/dues`;

let keys = 0;
const freshKey = (): string => `checkout-key-${String((keys += 1))}`;

function startCheckout(
  invoiceId: string,
  body: { pay?: string; returnUrl?: string } = {},
  options: { key?: string; headers?: Record<string, string> } = {},
): Promise<ApiAnswer<CheckoutSession>> {
  return call<CheckoutSession>('POST', `/invoices/${invoiceId}/checkout-sessions`, {
    body: { pay: 'next_instalment', returnUrl: RETURN_URL, ...body },
    headers: { 'Idempotency-Key': options.key ?? freshKey(), ...options.headers },
  });
}

/** The card processor's side, as the in-app mock checkout page calls it. */
function complete(id: string, outcome: string): Promise<ApiAnswer<{ status: string; redirectTo: string }>> {
  return call('POST', `${ORIGIN}/__mock/checkout-sessions/${id}`, { body: { outcome } });
}

async function duesOf(memberId: string): Promise<Dues> {
  const answer = await call<Dues>('GET', `/members/${memberId}/dues`);
  expect(answer.status).toBe(200);
  return answer.body;
}

describe('GET /invoices/{invoiceId}', () => {
  it('answers the invoice with who is billed and where to pay', async () => {
    await signIn('ana');
    const answer = await call<InvoiceDetail>('GET', `/invoices/${RIVERTON}`);
    expect(answer.status).toBe(200);
    expect(answer.body.billedTo).toEqual({ city: 'Riverton', state: 'WI', mayorName: 'Ana Ortiz' });
    expect(answer.body.remitTo).toEqual({
      name: 'Mayors Innovation Project',
      addressLines: ['Madison, Wisconsin'],
      email: 'membership@mayorsinnovation.example',
    });
    expect(answer.body.invoice).toMatchObject({ id: RIVERTON, amountCents: 400_000, status: 'open', billing: null });
    expect(answer.body.invoice.instalments).toEqual([
      { number: 1, dueOn: '2026-12-31', amountCents: 200_000, status: 'paid', paidOn: '2026-07-27' },
      { number: 2, dueOn: '2027-06-30', amountCents: 200_000, status: 'due', paidOn: null },
    ]);
  });

  it('shows Lakeport’s purchase-order billing with who asked for it', async () => {
    await signIn('marcus');
    const { body } = await call<InvoiceDetail>('GET', `/invoices/${LAKEPORT}`);
    expect(body.invoice.billing).toMatchObject({
      purchaseOrderNumber: 'PO-2026-00417',
      attribution: { actor: { id: 'marcus-bell' }, subject: { id: 'marcus-bell' } },
    });
  });

  it('hides other cities’ invoices and unknown ids behind 404, and needs the dues scope', async () => {
    await signIn('ana');
    for (const id of [LAKEPORT, 'inv-nope']) {
      const answer = await call<ErrorAnswer>('GET', `/invoices/${id}`);
      expect([answer.status, errorCode(answer)], id).toEqual([404, 'not_found']);
      expect(answer.body.error.message).toMatch(/^That invoice could not be found/);
    }
    await signIn('jordan');
    expect((await call('GET', `/invoices/${RIVERTON}`)).status).toBe(200);
    expect(errorCode(await call('GET', `/invoices/${CEDAR_FALLS}`))).toBe('delegate_scope');
  });
});

describe('POST /invoices/{invoiceId}/checkout-sessions', () => {
  it('starts a 30-minute checkout for the next payment, on the app’s own mock checkout page', async () => {
    await signIn('ana');
    const answer = await startCheckout(RIVERTON);
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      invoiceId: RIVERTON,
      memberId: 'riverton',
      amountCents: 200_000,
      description: 'Riverton membership dues 2026–27, payment 2 of 2',
      status: 'open',
      expiresAt: '2026-11-26T15:30:00.000Z',
      completedAt: null,
      declineMessage: null,
    });
    expect(answer.body.url).toBe(`${ORIGIN}/mock-checkout/${answer.body.id}`);
    const read = await call<CheckoutSession>('GET', `/checkout-sessions/${answer.body.id}`);
    expect(read.body).toEqual(answer.body);
  });

  it('pays the whole balance of a single-payment invoice', async () => {
    await signIn('dana');
    const answer = await startCheckout(CEDAR_FALLS, { pay: 'balance', returnUrl: `${ORIGIN}/m/cedar-falls/dues` });
    expect(answer.body).toMatchObject({ amountCents: 75_000, description: 'Cedar Falls membership dues 2026–27' });
  });

  it('names the payments a balance covers', async () => {
    await signIn('ana');
    expect((await call('PUT', '/members/riverton/payment-plan', { body: { instalments: 4 } })).status).toBe(200);
    const answer = await startCheckout(RIVERTON, { pay: 'balance' });
    expect(answer.body).toMatchObject({
      amountCents: 200_000,
      description: 'Riverton membership dues 2026–27, payments 2–4 of 4',
    });
  });

  it('answers 409 nothing_owed when the invoice is paid', async () => {
    await signIn('marcus');
    const answer = await startCheckout(LAKEPORT, { returnUrl: `${ORIGIN}/m/lakeport/dues` });
    expect([answer.status, errorCode(answer)]).toEqual([409, 'nothing_owed']);
  });

  it('returns only to the app: its origin, the sender’s Origin or the app’s known origins', async () => {
    await signIn('ana');
    for (const returnUrl of ['https://evil.example/m/riverton/dues', 'javascript:alert(1)', 'not a url']) {
      const answer = await startCheckout(RIVERTON, { returnUrl });
      expect([answer.status, errorCode(answer)], returnUrl).toEqual([422, 'validation_failed']);
      expect((answer.body as unknown as ErrorAnswer).error.fieldErrors).toHaveProperty('returnUrl');
    }
    expect((await startCheckout(RIVERTON, { returnUrl: 'http://localhost:5173/m/riverton/dues' })).status).toBe(201);
    const fromApp = await startCheckout(
      RIVERTON,
      { returnUrl: 'https://hub.example.org/m/riverton/dues' },
      { headers: { Origin: 'https://hub.example.org' } },
    );
    expect(fromApp.status).toBe(201);
  });

  it('replays a retry with the same key: one checkout', async () => {
    await signIn('ana');
    const before = getDb().checkoutSessions.length;
    const first = await startCheckout(RIVERTON, {}, { key: 'same' });
    const again = await startCheckout(RIVERTON, {}, { key: 'same' });
    expect(again.status).toBe(201);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    expect(getDb().checkoutSessions.length).toBe(before + 1);
  });

  it('stores who started it: a delegate with the dues scope, for the mayor', async () => {
    await signIn('jordan');
    const answer = await startCheckout(RIVERTON);
    expect(answer.status).toBe(201);
    expect(getDb().checkoutSessions.find((c) => c.id === answer.body.id)).toMatchObject({
      actorId: 'jordan-lee',
      subjectId: 'ana-ortiz',
    });
  });

  it('refuses delegates without the dues scope, other cities, and previews', async () => {
    await signIn('jordan');
    const dana = await startCheckout(CEDAR_FALLS, { pay: 'balance' });
    expect([dana.status, errorCode(dana)]).toEqual([403, 'delegate_scope']);
    await signIn('ana');
    expect((await startCheckout(LAKEPORT)).status).toBe(404);
    await signIn('morgan');
    await startPreview('riverton');
    const preview = await startCheckout(RIVERTON);
    expect([preview.status, errorCode(preview)]).toEqual([403, 'preview_read_only']);
  });
});

describe('completing a checkout (the processor’s side)', () => {
  it('reads a checkout for the mock checkout page', async () => {
    await signIn('ana');
    const { body } = await startCheckout(RIVERTON);
    const page = await call('GET', `${ORIGIN}/__mock/checkout-sessions/${body.id}`);
    expect(page).toMatchObject({
      status: 200,
      body: {
        id: body.id,
        amountCents: 200_000,
        description: 'Riverton membership dues 2026–27, payment 2 of 2',
        city: 'Riverton',
        status: 'open',
        returnUrl: RETURN_URL,
      },
    });
    expect((await call('GET', `${ORIGIN}/__mock/checkout-sessions/cs-nope`)).status).toBe(404);
    expect((await complete(body.id, 'maybe')).status).toBe(422);
  });

  it('pays the instalment: the invoice is paid, the city active and the packet on its way', async () => {
    await signIn('ana');
    const { body } = await startCheckout(RIVERTON);
    const done = await complete(body.id, 'paid');
    expect(done).toMatchObject({
      status: 200,
      body: { status: 'paid', redirectTo: `${RETURN_URL}?checkout=${body.id}` },
    });
    const read = await call<CheckoutSession>('GET', `/checkout-sessions/${body.id}`);
    expect(read.body).toMatchObject({ status: 'paid', completedAt: '2026-11-26T15:00:00.000Z', declineMessage: null });
    const dues = await duesOf('riverton');
    expect(dues.currentInvoice).toMatchObject({ status: 'paid', paidCents: 400_000, paidOn: '2026-11-26' });
    expect(dues.currentInvoice?.instalments[1]).toMatchObject({ status: 'paid', paidOn: '2026-11-26' });
    expect(dues.packet).toEqual({ status: 'preparing', expectedBy: '2026-12-17', sentOn: null });
    // A second completion answers how it ended, whatever it asks for.
    expect((await complete(body.id, 'declined')).body).toMatchObject({ status: 'paid' });
  });

  it('restores a city in grace once it pays its overdue dues', async () => {
    await signIn('dana');
    const { body } = await startCheckout(CEDAR_FALLS, { pay: 'balance', returnUrl: `${ORIGIN}/m/cedar-falls/dues` });
    await complete(body.id, 'paid');
    const overview = await call<Overview>('GET', '/members/cedar-falls/overview');
    expect(overview.body.member.membership.status).toBe('active');
  });

  it('leaves the invoice unpaid when the card is declined', async () => {
    await signIn('ana');
    const { body } = await startCheckout(RIVERTON);
    const done = await complete(body.id, 'declined');
    expect(done.body).toMatchObject({ status: 'declined', redirectTo: `${RETURN_URL}?checkout=${body.id}` });
    const read = await call<CheckoutSession>('GET', `/checkout-sessions/${body.id}`);
    expect(read.body).toMatchObject({ status: 'declined', declineMessage: DECLINED_BY_BANK });
    const dues = await duesOf('riverton');
    expect(dues.currentInvoice).toMatchObject({ status: 'open', paidCents: 200_000 });
    expect(dues.packet.status).toBe('not_due');
  });

  it('never pays an instalment twice: the second checkout for it ends declined, uncharged', async () => {
    await signIn('ana');
    const first = (await startCheckout(RIVERTON)).body;
    const second = (await startCheckout(RIVERTON, { pay: 'balance' })).body;
    const [a, b] = await Promise.all([complete(first.id, 'paid'), complete(second.id, 'paid')]);
    expect([a.body.status, b.body.status]).toEqual(['paid', 'declined']);
    const read = await call<CheckoutSession>('GET', `/checkout-sessions/${second.id}`);
    expect(read.body.declineMessage).toBe(ALREADY_PAID);
    expect((await duesOf('riverton')).currentInvoice?.paidCents).toBe(400_000);
  });

  it('charges nothing when the plan changed after the checkout started', async () => {
    await signIn('ana');
    const { body } = await startCheckout(RIVERTON);
    await call('PUT', '/members/riverton/payment-plan', { body: { instalments: 4 } });
    expect((await complete(body.id, 'paid')).body.status).toBe('declined');
    const read = await call<CheckoutSession>('GET', `/checkout-sessions/${body.id}`);
    expect(read.body.declineMessage).toBe(SCHEDULE_CHANGED);
    expect((await duesOf('riverton')).currentInvoice?.paidCents).toBe(200_000);
  });

  it('expires after 30 minutes: it reads as expired and can’t be completed (409)', async () => {
    await signIn('ana');
    const { body } = await startCheckout(RIVERTON);
    clock.advance(30 * 60_000);
    await signIn('ana'); // the session idled out too
    expect((await call<CheckoutSession>('GET', `/checkout-sessions/${body.id}`)).body.status).toBe('expired');
    const late = await complete(body.id, 'paid');
    expect([late.status, errorCode(late)]).toEqual([409, 'checkout_expired']);
    expect((await duesOf('riverton')).currentInvoice?.paidCents).toBe(200_000);
  });

  it('keeps checkouts to their city: 404 elsewhere, 403 without the dues scope', async () => {
    await signIn('dana');
    const { body } = await startCheckout(CEDAR_FALLS, { returnUrl: `${ORIGIN}/m/cedar-falls/dues` });
    await signIn('ana');
    expect((await call('GET', `/checkout-sessions/${body.id}`)).status).toBe(404);
    await signIn('jordan');
    expect(errorCode(await call('GET', `/checkout-sessions/${body.id}`))).toBe('delegate_scope');
    await signIn('morgan');
    await startPreview('cedar-falls');
    expect((await call('GET', `/checkout-sessions/${body.id}`)).status).toBe(200);
  });
});

describe('checkouts over HTTP, at once', () => {
  const { send, cookieOf } = useHttpListener();

  it('creates one checkout for simultaneous retries with the same key', async () => {
    const cookie = await cookieOf('ana.ortiz@riverton.example');
    const before = getDb().checkoutSessions.length;
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        send(`/invoices/${RIVERTON}/checkout-sessions`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Cookie: cookie, 'Idempotency-Key': 'at-once' },
          body: JSON.stringify({ pay: 'next_instalment', returnUrl: 'http://127.0.0.1:4173/m/riverton/dues' }),
        }),
      ),
    );
    for (const a of answers) expect([201, 409]).toContain(a.status);
    expect(getDb().checkoutSessions.length).toBe(before + 1);
    const ids = new Set(answers.filter((a) => a.status === 201).map((a) => (a.body as CheckoutSession).id));
    expect(ids.size).toBe(1);
  });
});
