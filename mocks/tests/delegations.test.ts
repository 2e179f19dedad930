// @vitest-environment node
// API-level tests need no DOM; session.test.ts runs in jsdom, where the UI tests meet this mock.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccessLogEntry } from '../../src/api/contracts/access';
import type { Delegation, DelegationCreateBody } from '../../src/api/contracts/delegations';
import type { CheckoutSession } from '../../src/api/contracts/dues';
import type { Session } from '../../src/api/contracts/session';
import { formatMoney } from '../../src/lib/format';
import { clock } from '../clock';
import { getDb } from '../db/db';
import { call, errorCode, ORIGIN, signIn, startPreview, useSeedDate, type ApiAnswer, type ErrorAnswer } from './api';
import { useHttpListener } from './http-listener';

beforeEach(() => {
  useSeedDate();
});
afterEach(() => {
  clock.set(null);
});

let keys = 0;
const freshKey = (): string => `delegation-key-${String((keys += 1))}`;

const NEW_STAFF: DelegationCreateBody = {
  name: 'Casey Quinn',
  email: 'casey.quinn@riverton.example',
  scopes: ['dues', 'meetings'],
  endsOn: null,
};

const list = (memberId = 'riverton'): Promise<ApiAnswer<{ items: Delegation[] }>> =>
  call<{ items: Delegation[] }>('GET', `/members/${memberId}/delegations`);
const create = (body: Partial<DelegationCreateBody> = {}, key = freshKey(), memberId = 'riverton') =>
  call<Delegation>('POST', `/members/${memberId}/delegations`, {
    body: { ...NEW_STAFF, ...body },
    headers: { 'Idempotency-Key': key },
  });
const update = (id: string, body: { scopes: string[]; endsOn: string | null }) =>
  call<Delegation>('PATCH', `/delegations/${id}`, { body });
const revoke = (id: string) => call('DELETE', `/delegations/${id}`);
const fieldErrorsOf = (answer: ApiAnswer): Record<string, string[]> =>
  (answer.body as ErrorAnswer).error.fieldErrors ?? {};
const messageOf = (answer: ApiAnswer): string => (answer.body as ErrorAnswer).error.message;

const REVOKED_MESSAGE = 'Your access for Mayor Ana Ortiz was revoked. Ask them to grant it again if you still need it.';

describe('GET /members/{memberId}/delegations', () => {
  it("shows Ana her delegates: Jordan active, then Sam's revoked grant", async () => {
    await signIn('ana');
    const answer = await list();
    expect(answer.status).toBe(200);
    expect(answer.body.items).toEqual([
      {
        id: 'del-jordan-ana',
        delegate: {
          id: 'jordan-lee',
          name: 'Jordan Lee',
          email: 'jordan.lee@riverton.example',
          title: 'Chief of Staff',
        },
        scopes: ['meetings', 'memos', 'dues'],
        endsOn: null,
        createdAt: '2025-01-13T15:00:00.000Z',
        revokedAt: null,
        status: 'active',
      },
      {
        id: 'del-sam-ana',
        delegate: {
          id: 'sam-reyes',
          name: 'Sam Reyes',
          email: 'sam.reyes@riverton.example',
          title: 'Senior Policy Advisor',
        },
        scopes: ['meetings', 'memos'],
        endsOn: null,
        createdAt: '2025-01-13T15:05:00.000Z',
        revokedAt: '2025-06-30T21:00:00.000Z',
        status: 'revoked',
      },
    ]);
  });

  it('lists active grants newest first, then ended ones most recently ended first', async () => {
    await signIn('ana');
    expect((await create()).status).toBe(201);
    // An aide whose grant ran out on Nov 20, between Sam's revocation and today's.
    getDb().delegations.push({
      id: 'del-test-expired',
      memberId: 'riverton',
      mayorId: 'ana-ortiz',
      delegateId: 'tom-alvarez',
      scopes: ['memos'],
      endsOn: '2026-11-20',
      createdAt: '2026-10-01T15:00:00.000Z',
      revokedAt: null,
    });
    expect((await revoke('del-jordan-ana')).status).toBe(204);
    const { body } = await list();
    expect(body.items.map((d) => [d.delegate.name, d.status])).toEqual([
      ['Casey Quinn', 'active'],
      ['Jordan Lee', 'revoked'],
      ['Tom Alvarez', 'expired'],
      ['Sam Reyes', 'revoked'],
    ]);
  });

  it('lets MIP staff previewing Riverton read the list', async () => {
    await signIn('morgan');
    await startPreview('riverton');
    const answer = await list();
    expect(answer.status).toBe(200);
    expect(answer.body.items.map((d) => d.id)).toEqual(['del-jordan-ana', 'del-sam-ana']);
  });
});

describe('POST /members/{memberId}/delegations', () => {
  it('invites a new staff member by e-mail: an account that signs in with demo and acts for Ana', async () => {
    await signIn('ana');
    const answer = await create({ endsOn: '2027-06-30' });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      delegate: { name: 'Casey Quinn', email: 'casey.quinn@riverton.example', title: null },
      scopes: ['meetings', 'dues'],
      endsOn: '2027-06-30',
      createdAt: clock.now().toISOString(),
      revokedAt: null,
      status: 'active',
    });
    expect(getDb().people.find((p) => p.id === answer.body.delegate.id)).toMatchObject({
      role: 'city_staff',
      memberId: 'riverton',
      listedInDirectory: false,
    });

    const signedIn = await call<Session>('POST', '/session', {
      body: { email: 'casey.quinn@riverton.example', password: 'demo' },
    });
    expect(signedIn.status).toBe(201);
    expect(signedIn.body.grants).toEqual([
      expect.objectContaining({
        delegationId: answer.body.id,
        memberId: 'riverton',
        scopes: ['meetings', 'dues'],
        endsOn: '2027-06-30',
      }),
    ]);
    expect((await call('GET', '/members/riverton/dues')).status).toBe(200);
    expect(errorCode(await call('POST', '/members/riverton/memo-requests', { body: {} }))).not.toBe('not_found');
  });

  it('refuses someone who already acts for Ana (409 already_delegate), whatever the case of the e-mail', async () => {
    await signIn('ana');
    const answer = await create({ name: 'J. Lee', email: 'JORDAN.LEE@riverton.example' });
    expect(answer.status).toBe(409);
    const message = 'Jordan Lee already acts for Mayor Ana Ortiz; change their access in the list instead';
    expect((answer.body as unknown as ErrorAnswer).error).toEqual({
      code: 'already_delegate',
      message,
      fieldErrors: { email: [message] },
    });
    expect(getDb().delegations.filter((d) => d.delegateId === 'jordan-lee' && d.memberId === 'riverton')).toHaveLength(
      1,
    );
  });

  it("grants Sam access again with a new grant: his revoked one doesn't stand in the way", async () => {
    await signIn('ana');
    const answer = await create({ name: 'Sam Reyes', email: 'sam.reyes@riverton.example', scopes: ['memos'] });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ delegate: { id: 'sam-reyes', name: 'Sam Reyes' }, status: 'active' });
    expect(answer.body.id).not.toBe('del-sam-ana');
    await signIn('ana');
    expect((await list()).body.items.map((d) => [d.delegate.id, d.status])).toEqual([
      ['sam-reyes', 'active'],
      ['jordan-lee', 'active'],
      ['sam-reyes', 'revoked'],
    ]);
    const sam = await call<Session>('POST', '/session', {
      body: { email: 'sam.reyes@riverton.example', password: 'demo' },
    });
    expect(sam.body.grants.map((g) => [g.memberId, g.scopes])).toEqual([['riverton', ['memos']]]);
    expect((await call('GET', '/members/riverton/overview')).status).toBe(200);
  });

  it("refuses a mayor's account, MIP staff and Ana's own e-mail as a delegate (422 on email)", async () => {
    await signIn('ana');
    const cases: [string, string][] = [
      ['marcus.bell@lakeport.example', "That e-mail belongs to a mayor's account"],
      ['lee.chen@millbrook.example', "That e-mail belongs to a mayor's account"],
      ['morgan.hale@mayorsinnovation.example', 'That e-mail belongs to MIP staff'],
      ['Ana.Ortiz@riverton.example', 'That is your own e-mail address'],
    ];
    for (const [email, words] of cases) {
      const answer = await create({ email });
      expect([answer.status, errorCode(answer)], email).toEqual([422, 'validation_failed']);
      expect(fieldErrorsOf(answer).email?.[0], email).toContain(words);
    }
    expect(getDb().delegations).toHaveLength(4);
  });

  it('refuses an end date before today (422 on endsOn), and takes today', async () => {
    await signIn('ana');
    const past = await create({ endsOn: '2026-11-25' });
    expect([past.status, fieldErrorsOf(past)]).toEqual([422, { endsOn: ['Choose today or a later date'] }]);
    expect(getDb().people.some((p) => p.email === NEW_STAFF.email)).toBe(false);
    const today = await create({ endsOn: '2026-11-26' });
    expect([today.status, today.body.status]).toEqual([201, 'active']);
  });

  it('checks the body against the contract: no scopes, a malformed e-mail (422)', async () => {
    await signIn('ana');
    const answer = await create({ scopes: [], email: 'not an e-mail' });
    expect(answer.status).toBe(422);
    expect(Object.keys(fieldErrorsOf(answer)).sort()).toEqual(['email', 'scopes']);
  });

  it('grants once per Idempotency-Key: a replay answers the same delegation', async () => {
    await signIn('ana');
    const key = freshKey();
    const first = await create({}, key);
    const again = await create({}, key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    expect(getDb().delegations.filter((d) => d.memberId === 'riverton')).toHaveLength(3);
  });
});

describe('PATCH and DELETE /delegations/{delegationId}', () => {
  it("changes Jordan's scopes and end date", async () => {
    await signIn('ana');
    const answer = await update('del-jordan-ana', { scopes: ['memos', 'meetings'], endsOn: '2027-06-30' });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ scopes: ['meetings', 'memos'], endsOn: '2027-06-30', status: 'active' });
  });

  it('refuses an end date before today (422) and a revoked grant (409 delegation_revoked)', async () => {
    await signIn('ana');
    const past = await update('del-jordan-ana', { scopes: ['meetings'], endsOn: '2026-11-01' });
    expect([past.status, fieldErrorsOf(past)]).toEqual([422, { endsOn: ['Choose today or a later date'] }]);
    const revoked = await update('del-sam-ana', { scopes: ['meetings'], endsOn: null });
    expect([revoked.status, errorCode(revoked), messageOf(revoked)]).toEqual([
      409,
      'delegation_revoked',
      'This access was already revoked; invite them again instead',
    ]);
  });

  it('revokes once: revoking again answers 204 and changes nothing', async () => {
    await signIn('ana');
    expect((await revoke('del-jordan-ana')).status).toBe(204);
    const revokedAt = getDb().delegations.find((d) => d.id === 'del-jordan-ana')?.revokedAt;
    expect(revokedAt).toBe(clock.now().toISOString());
    clock.advance(60_000);
    expect((await revoke('del-jordan-ana')).status).toBe(204);
    expect(getDb().delegations.find((d) => d.id === 'del-jordan-ana')?.revokedAt).toBe(revokedAt);
    expect(getDb().delegations.find((d) => d.id === 'del-sam-ana')?.revokedAt).toBe('2025-06-30T21:00:00.000Z');
    expect((await revoke('del-sam-ana')).status).toBe(204);
    expect(getDb().delegations.find((d) => d.id === 'del-sam-ana')?.revokedAt).toBe('2025-06-30T21:00:00.000Z');
  });

  it("hides another city's delegation and unknown ids behind 404", async () => {
    await signIn('ana');
    for (const id of ['del-priya-marcus', 'del-jordan-dana', 'del-nope']) {
      expect([(await update(id, { scopes: ['meetings'], endsOn: null })).status, id]).toEqual([404, id]);
      expect([(await revoke(id)).status, id]).toEqual([404, id]);
    }
    expect(getDb().delegations.find((d) => d.id === 'del-priya-marcus')?.revokedAt).toBeNull();
  });
});

describe('an expired grant', () => {
  it('stops at the end date with its own message, and comes back with a new end date', async () => {
    await signIn('ana');
    expect(
      (await update('del-jordan-ana', { scopes: ['meetings', 'memos', 'dues'], endsOn: '2026-11-30' })).status,
    ).toBe(200);
    // The last day still counts.
    clock.set('2026-11-30T22:00:00Z');
    await signIn('jordan');
    expect((await call('GET', '/members/riverton/overview')).status).toBe(200);

    clock.set('2026-12-02T15:00:00Z');
    await signIn('jordan');
    const refused = await call('GET', '/members/riverton/overview');
    expect([refused.status, errorCode(refused), messageOf(refused)]).toEqual([
      403,
      'delegation_expired',
      'Your access for Mayor Ana Ortiz ended on November 30, 2026. Ask them to extend it if you still need it.',
    ]);
    expect((await call<Session>('GET', '/session')).body.grants.map((g) => g.memberId)).toEqual(['cedar-falls']);

    await signIn('ana');
    expect((await list()).body.items.map((d) => [d.id, d.status])).toEqual([
      ['del-jordan-ana', 'expired'],
      ['del-sam-ana', 'revoked'],
    ]);
    const renewed = await update('del-jordan-ana', { scopes: ['meetings'], endsOn: null });
    expect(renewed.body).toMatchObject({ status: 'active', endsOn: null, scopes: ['meetings'] });
    await signIn('jordan');
    expect((await call('GET', '/members/riverton/overview')).status).toBe(200);
  });
});

describe('who may manage delegation', () => {
  it('refuses delegates on all four (403 mayor_only)', async () => {
    await signIn('jordan');
    const answers = [
      await list(),
      await create(),
      await update('del-jordan-ana', { scopes: ['meetings'], endsOn: null }),
      await revoke('del-jordan-ana'),
      await list('cedar-falls'),
      await revoke('del-jordan-dana'),
    ];
    expect(answers.map((a) => [a.status, errorCode(a)])).toEqual(Array(6).fill([403, 'mayor_only']));
    expect(getDb().delegations.every((d) => d.id === 'del-sam-ana' || d.revokedAt === null)).toBe(true);
  });

  it('refuses every change in a preview (403 preview_read_only)', async () => {
    await signIn('morgan');
    await startPreview('riverton');
    const answers = [
      await create(),
      await update('del-jordan-ana', { scopes: ['meetings'], endsOn: null }),
      await revoke('del-jordan-ana'),
    ];
    expect(answers.map((a) => [a.status, errorCode(a)])).toEqual(Array(3).fill([403, 'preview_read_only']));
  });

  it("hides another city's delegations from a mayor (404)", async () => {
    await signIn('marcus');
    expect((await list('riverton')).status).toBe(404);
    expect((await create({}, freshKey(), 'riverton')).status).toBe(404);
    expect((await revoke('del-jordan-ana')).status).toBe(404);
  });
});

describe('changes reach the delegate on their very next request', () => {
  const { send, cookieOf, fetchRaw } = useHttpListener();
  const asJordan = async (cookie: string, path: string) => send(path, { headers: { Cookie: cookie } });

  it('removing the dues scope refuses dues to Jordan at once (403 delegate_scope)', async () => {
    const jordan = await cookieOf('jordan.lee@riverton.example');
    const ana = await cookieOf('ana.ortiz@riverton.example');
    expect((await asJordan(jordan, '/members/riverton/dues')).status).toBe(200);
    const changed = await send('/delegations/del-jordan-ana', {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Cookie: ana },
      body: JSON.stringify({ scopes: ['meetings', 'memos'], endsOn: null }),
    });
    expect(changed.status).toBe(200);
    const dues = await asJordan(jordan, '/members/riverton/dues');
    expect([dues.status, (dues.body as ErrorAnswer).error.code]).toEqual([403, 'delegate_scope']);
    expect((await asJordan(jordan, '/members/riverton/overview')).status).toBe(200);
  });

  it('revoking refuses Jordan on his very next request (403 delegation_revoked)', async () => {
    const jordan = await cookieOf('jordan.lee@riverton.example');
    const ana = await cookieOf('ana.ortiz@riverton.example');
    expect((await asJordan(jordan, '/members/riverton/overview')).status).toBe(200);
    const revoked = await fetchRaw('/api/v1/delegations/del-jordan-ana', {
      method: 'DELETE',
      headers: { Cookie: ana },
    });
    expect(revoked.status).toBe(204);
    const next = await asJordan(jordan, '/members/riverton/overview');
    expect([next.status, (next.body as ErrorAnswer).error]).toEqual([
      403,
      { code: 'delegation_revoked', message: REVOKED_MESSAGE },
    ]);
    // His grant for Dana is untouched.
    expect((await asJordan(jordan, '/members/cedar-falls/overview')).status).toBe(200);
  });
});

describe("delegates' changes in the mayor's access history", () => {
  const MEMO = {
    title: 'Regulating short-term rentals',
    policyAreaId: 'housing',
    question: 'How have peer cities regulated short-term rentals without hurting tourism?',
    background: '',
    desiredDate: null,
  };
  const ANA = { kind: 'mayor', name: 'Ana Ortiz', title: 'Mayor', email: 'ana.ortiz@riverton.example' };

  async function historyOf(memberId = 'riverton'): Promise<AccessLogEntry[]> {
    await signIn(memberId === 'riverton' ? 'ana' : 'dana');
    const answer = await call<{ items: AccessLogEntry[] }>('GET', `/members/${memberId}/access-log`);
    expect(answer.status).toBe(200);
    return answer.body.items;
  }
  const seededCount = (memberId = 'riverton'): number =>
    getDb().accessLog.filter((e) => e.memberId === memberId).length;

  it('records what Jordan did for Ana, newest first, naming him', async () => {
    const before = seededCount();
    await signIn('jordan');
    const registered = await call<{ items: { id: string }[] }>('POST', '/members/riverton/registrations', {
      body: { meetingId: 'winter-2027', attendees: [ANA] },
      headers: { 'Idempotency-Key': freshKey() },
    });
    expect(registered.status).toBe(201);
    clock.advance(60_000);
    const memo = await call('POST', '/members/riverton/memo-requests', {
      body: MEMO,
      headers: { 'Idempotency-Key': freshKey() },
    });
    expect(memo.status).toBe(201);

    const items = await historyOf();
    expect(items).toHaveLength(before + 2);
    expect(items.slice(0, 2)).toEqual([
      {
        id: expect.any(String) as string,
        kind: 'delegate_action',
        actor: { id: 'jordan-lee', name: 'Jordan Lee', title: 'Chief of Staff' },
        description: 'Submitted the memo request “Regulating short-term rentals” for Mayor Ana Ortiz',
        startedAt: clock.now().toISOString(),
        endedAt: null,
      },
      expect.objectContaining({
        kind: 'delegate_action',
        actor: expect.objectContaining({ id: 'jordan-lee' }) as unknown,
        description: 'Registered Mayor Ana Ortiz for the Winter Meeting 2027',
      }),
    ]);
  });

  it('lists changes made at the same instant newest first', async () => {
    await signIn('jordan');
    const registered = await call<{ items: { id: string }[] }>('POST', '/members/riverton/registrations', {
      body: { meetingId: 'winter-2027', attendees: [ANA] },
      headers: { 'Idempotency-Key': freshKey() },
    });
    const id = registered.body.items[0]?.id ?? '';
    expect((await call('PATCH', `/registrations/${id}`, { body: { dietaryNeeds: 'Vegan' } })).status).toBe(200);
    expect((await call('POST', `/registrations/${id}/cancel`)).status).toBe(200);
    // A retried cancel changes nothing, so it adds nothing.
    expect((await call('POST', `/registrations/${id}/cancel`)).status).toBe(200);
    expect((await historyOf()).slice(0, 3).map((e) => e.description)).toEqual([
      'Canceled the registration of Mayor Ana Ortiz for the Winter Meeting 2027',
      'Changed the registration of Mayor Ana Ortiz for the Winter Meeting 2027',
      'Registered Mayor Ana Ortiz for the Winter Meeting 2027',
    ]);
  });

  it('adds nothing when the mayor acts herself, or for a refused change', async () => {
    const before = seededCount();
    await signIn('ana');
    expect(
      (
        await call('POST', '/members/riverton/memo-requests', {
          body: MEMO,
          headers: { 'Idempotency-Key': freshKey() },
        })
      ).status,
    ).toBe(201);
    await signIn('jordan');
    const refused = await call('POST', '/members/riverton/memo-requests', {
      body: { ...MEMO, desiredDate: '2026-11-01' },
      headers: { 'Idempotency-Key': freshKey() },
    });
    expect(refused.status).toBe(422);
    expect(await historyOf()).toHaveLength(before);
  });

  it('adds one entry for an Idempotency-Key replay, not two', async () => {
    const before = seededCount();
    await signIn('jordan');
    const key = freshKey();
    for (let i = 0; i < 2; i += 1) {
      const answer = await call('POST', '/members/riverton/memo-requests', {
        body: MEMO,
        headers: { 'Idempotency-Key': key },
      });
      expect(answer.status).toBe(201);
    }
    expect(await historyOf()).toHaveLength(before + 1);
  });

  it('records dues changes and a card payment Jordan made', async () => {
    await signIn('jordan');
    const plan = await call('PUT', '/members/riverton/payment-plan', { body: { instalments: 4 } });
    expect(plan.status).toBe(200);
    const invoice = await call('POST', '/members/riverton/invoice-requests', {
      body: {
        contactName: 'Riverton Finance Department',
        contactEmail: 'finance@riverton.example',
        addressLine1: 'City Hall, Room 210',
        city: 'Riverton',
        state: 'WI',
        postalCode: '53703',
        purchaseOrderNumber: 'PO 2026-118',
      },
      headers: { 'Idempotency-Key': freshKey() },
    });
    expect(invoice.status).toBe(201);
    const checkout = await call<CheckoutSession>('POST', '/invoices/inv-riverton-2026/checkout-sessions', {
      body: { pay: 'next_instalment', returnUrl: `${ORIGIN}/m/riverton/dues` },
      headers: { 'Idempotency-Key': freshKey() },
    });
    expect(checkout.status).toBe(201);
    // Starting a payment is not a change yet: only the completed payment is recorded.
    const paid = await call('POST', `${ORIGIN}/__mock/checkout-sessions/${checkout.body.id}`, {
      body: { outcome: 'paid' },
    });
    expect(paid.status).toBe(200);
    // Four payments of $4,000 leave instalments in cents: the history shows them exactly.
    const [instalment] = getDb().checkoutSessions.find((c) => c.id === checkout.body.id)?.instalments ?? [];
    const amount = formatMoney(instalment?.amountCents ?? 0);
    const descriptions = (await historyOf()).slice(0, 3).map((e) => [e.actor.id, e.description]);
    expect(descriptions).toEqual([
      ['jordan-lee', `Paid installment ${String(instalment?.number)} of ${amount} for the 2026–27 dues`],
      ['jordan-lee', 'Asked for an invoice for the 2026–27 dues with purchase order PO 2026-118'],
      ['jordan-lee', 'Changed the payment schedule of the 2026–27 dues to 4 payments'],
    ]);
  });

  it('records memo and track changes, once each', async () => {
    await signIn('jordan');
    const memo = await call<{ id: string }>('POST', '/members/riverton/memo-requests', {
      body: MEMO,
      headers: { 'Idempotency-Key': freshKey() },
    });
    for (let i = 0; i < 2; i += 1) {
      expect((await call('POST', `/memo-requests/${memo.body.id}/withdraw`)).status).toBe(200);
    }
    for (const publish of [true, true, false]) {
      const answer = await call('PUT', '/memo-requests/memo-riverton-adu/publication', {
        body: { publishDeidentified: publish },
      });
      expect(answer.status).toBe(200);
    }
    for (let i = 0; i < 2; i += 1) {
      expect((await call('DELETE', '/people/ana-ortiz/tracks/first-term')).status).toBe(200);
    }
    expect((await call('PUT', '/people/ana-ortiz/tracks/first-term')).status).toBe(200);
    expect((await historyOf()).slice(0, 6).map((e) => e.description)).toEqual([
      'Joined the First-Term Mayors track for Mayor Ana Ortiz',
      'Left the First-Term Mayors track for Mayor Ana Ortiz',
      'Asked MIP not to publish the memo “Accessory dwelling unit permitting”',
      'Let MIP publish the memo “Accessory dwelling unit permitting” without naming Riverton',
      'Withdrew the memo request “Regulating short-term rentals”',
      'Submitted the memo request “Regulating short-term rentals” for Mayor Ana Ortiz',
    ]);
  });

  it("records a change Jordan made for Dana in Cedar Falls' history, not Riverton's", async () => {
    const riverton = seededCount();
    const cedarFalls = seededCount('cedar-falls');
    await signIn('jordan');
    const registration = getDb().registrations.find(
      (r) => r.memberId === 'cedar-falls' && r.meetingId === 'winter-2027' && r.status !== 'cancelled',
    );
    expect((await call('POST', `/registrations/${registration?.id ?? ''}/cancel`)).status).toBe(200);
    const items = await historyOf('cedar-falls');
    expect(items).toHaveLength(cedarFalls + 1);
    expect(items[0]).toMatchObject({
      actor: { id: 'jordan-lee' },
      description: 'Canceled the registration of Mayor Dana Whitfield for the Winter Meeting 2027',
    });
    expect(seededCount()).toBe(riverton);
  });
});
