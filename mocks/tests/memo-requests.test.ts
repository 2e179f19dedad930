// @vitest-environment node
// API-level tests need no DOM; session.test.ts runs in jsdom, where the UI tests meet this mock.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  MemoAllowance,
  MemoRequest,
  MemoRequestBodyInput,
  MemoRequestDetail,
} from '../../src/api/contracts/memos';
import { formatDate } from '../../src/lib/format';
import { clock } from '../clock';
import { getDb } from '../db/db';
import type { MemoRequestRow } from '../db/rows/benefits';
import { membershipOf } from './seed-records';
import { EMAILS, call, errorCode, signIn, startPreview, useSeedDate, type ApiAnswer, type ErrorAnswer } from './api';
import { useHttpListener } from './http-listener';

beforeEach(() => {
  useSeedDate();
});
afterEach(() => {
  clock.set(null);
});

let keys = 0;
const freshKey = (): string => `memo-key-${String((keys += 1))}`;

/** A valid request; the seed date is Thu Nov 26, 2026. */
const BODY: MemoRequestBodyInput = {
  title: 'Regulating short-term rentals',
  policyAreaId: 'housing',
  question: 'How have cities of our size regulated short-term rentals, and what did enforcement cost?',
  background: 'Council votes on a draft ordinance in February.',
  desiredDate: '2027-01-15',
};

/** Seeded: Ana's delivered memo this year (Jordan asked for her), Marcus's scoping one, Dana's from last year. */
const ANA_DELIVERED = 'memo-riverton-adu';
const MARCUS_SCOPING = 'memo-lakeport-ev';
const DANA_DELIVERED = 'memo-cedar-falls-childcare';

function create(
  memberId: string,
  body: Partial<MemoRequestBodyInput> = {},
  key: string | null = freshKey(),
): Promise<ApiAnswer<MemoRequestDetail>> {
  return call<MemoRequestDetail>('POST', `/members/${memberId}/memo-requests`, {
    body: { ...BODY, ...body },
    headers: key === null ? {} : { 'Idempotency-Key': key },
  });
}

const getOne = (id: string): Promise<ApiAnswer<MemoRequestDetail>> =>
  call<MemoRequestDetail>('GET', `/memo-requests/${id}`);
const withdraw = (id: string): Promise<ApiAnswer<MemoRequestDetail>> =>
  call<MemoRequestDetail>('POST', `/memo-requests/${id}/withdraw`);
const publish = (id: string, publishDeidentified: boolean): Promise<ApiAnswer<MemoRequestDetail>> =>
  call<MemoRequestDetail>('PUT', `/memo-requests/${id}/publication`, { body: { publishDeidentified } });
const documentOf = (id: string): Promise<ApiAnswer<string>> =>
  call<string>('GET', `/memo-requests/${id}/memo.html`, { headers: { Accept: 'text/html' } });
const allowanceOf = async (memberId: string): Promise<MemoAllowance> =>
  (await call<MemoAllowance>('GET', `/members/${memberId}/memo-allowance`)).body;
const listOf = async (memberId: string): Promise<MemoRequest[]> =>
  (await call<{ items: MemoRequest[] }>('GET', `/members/${memberId}/memo-requests`)).body.items;

const statusAndCode = (answer: ApiAnswer): [number, string | undefined] => [answer.status, errorCode(answer)];
const fieldErrorsOf = (answer: ApiAnswer): Record<string, string[]> =>
  (answer.body as ErrorAnswer).error.fieldErrors ?? {};
const messageOf = (answer: ApiAnswer): string => (answer.body as ErrorAnswer).error.message;

function rowOf(id: string): MemoRequestRow {
  const row = getDb().memoRequests.find((m) => m.id === id);
  if (!row) throw new Error(`no memo request ${id}`);
  return row;
}
const rowsOf = (memberId: string): MemoRequestRow[] =>
  getDb().memoRequests.filter((m) => m.memberId === memberId && m.membershipYearLabel === '2026–27');

describe('requesting a memo', () => {
  it('creates a submitted request (201) by the mayor, counted against the city’s year', async () => {
    await signIn('ana');
    const answer = await create('riverton');
    expect(answer.status).toBe(201);
    const now = clock.now().toISOString();
    expect(answer.body).toMatchObject({
      memberId: 'riverton',
      title: BODY.title,
      policyArea: { id: 'housing', name: 'Housing' },
      desiredDate: '2027-01-15',
      status: 'submitted',
      membershipYearLabel: '2026–27',
      submittedAt: now,
      attribution: { actor: { id: 'ana-ortiz' }, subject: { id: 'ana-ortiz' } },
      history: [{ status: 'submitted', at: now, by: { id: 'ana-ortiz' } }],
      publishDeidentified: false,
      memo: null,
    });
    expect(await allowanceOf('riverton')).toMatchObject({ used: 2, remaining: 1 });
    expect((await listOf('riverton'))[0]?.id).toBe(answer.body.id);
  });

  it('records a delegate as actor and the mayor as subject, using the mayor’s city allowance', async () => {
    await signIn('jordan');
    const answer = await create('riverton');
    expect(answer.status).toBe(201);
    expect(answer.body.attribution).toMatchObject({
      actor: { id: 'jordan-lee', name: 'Jordan Lee' },
      subject: { id: 'ana-ortiz', name: 'Ana Ortiz' },
    });
    expect(answer.body.history[0]?.by.id).toBe('jordan-lee');
    await signIn('ana');
    expect(await allowanceOf('riverton')).toMatchObject({ used: 2, remaining: 1 });
  });

  it('refuses an empty title and a question under 20 characters (422 fieldErrors)', async () => {
    await signIn('ana');
    const answer = await create('riverton', { title: '   ', question: 'Short question' });
    expect(statusAndCode(answer)).toEqual([422, 'validation_failed']);
    expect(Object.keys(fieldErrorsOf(answer)).sort()).toEqual(['question', 'title']);
    expect(fieldErrorsOf(answer).question?.[0]).toMatch(/at least 20 characters/);
    expect(rowsOf('riverton')).toHaveLength(1);
  });

  it('refuses a policy area that does not exist (422 fieldErrors.policyAreaId)', async () => {
    await signIn('ana');
    const answer = await create('riverton', { policyAreaId: 'astrology' });
    expect(statusAndCode(answer)).toEqual([422, 'validation_failed']);
    expect(fieldErrorsOf(answer)).toEqual({ policyAreaId: ['Choose one of the policy areas in the list'] });
  });

  it('refuses a desired date of today or earlier (422 fieldErrors.desiredDate), and takes none', async () => {
    await signIn('ana');
    for (const desiredDate of ['2026-11-20', '2026-11-26']) {
      const answer = await create('riverton', { desiredDate });
      expect(statusAndCode(answer)).toEqual([422, 'validation_failed']);
      expect(fieldErrorsOf(answer)).toEqual({ desiredDate: ['Choose a date after today'] });
    }
    expect((await create('riverton', { desiredDate: null })).status).toBe(201);
    expect((await create('riverton', { desiredDate: '2026-11-27' })).status).toBe(201);
  });

  it('needs an Idempotency-Key (400) and takes nothing without one', async () => {
    await signIn('ana');
    const answer = await create('riverton', {}, null);
    expect(statusAndCode(answer)).toEqual([400, 'idempotency_key_required']);
    expect(await allowanceOf('riverton')).toMatchObject({ used: 1 });
  });

  it('refuses when the year’s memos are used up (409 allowance_exhausted), saying when they reset', async () => {
    await signIn('marcus');
    const answer = await create('lakeport');
    expect(statusAndCode(answer)).toEqual([409, 'allowance_exhausted']);
    expect(messageOf(answer)).toBe(
      'You have used all 3 memos for the 2026–27 membership year. The allowance resets on July 1, 2027.',
    );
    expect(rowsOf('lakeport')).toHaveLength(3);
  });

  it('refuses a lapsed city (403 membership_lapsed) and a prospective one (403 members_only)', async () => {
    const lapsed = getDb().members.find((m) => membershipOf(m).status === 'lapsed');
    const mayor = getDb().people.find((p) => p.id === lapsed?.mayorId);
    if (!lapsed || !mayor) throw new Error('the seed has no lapsed city');
    expect((await call('POST', '/session', { body: { email: mayor.email, password: 'demo' } })).status).toBe(201);
    const refused = await create(lapsed.id);
    expect(statusAndCode(refused)).toEqual([403, 'membership_lapsed']);
    expect(messageOf(refused)).toBe(
      `${lapsed.city}'s membership has lapsed, so it can't request policy memos. Pay the overdue dues to restore member benefits.`,
    );

    await signIn('lee');
    const prospective = await create('millbrook');
    expect(statusAndCode(prospective)).toEqual([403, 'members_only']);
    expect(getDb().memoRequests.some((m) => m.memberId === 'millbrook' || m.memberId === lapsed.id)).toBe(false);
  });
});

describe('withdrawing a request', () => {
  it('gives the memo back when withdrawn before MIP started on it', async () => {
    await signIn('jordan');
    const created = await create('riverton');
    expect(await allowanceOf('riverton')).toMatchObject({ used: 2, remaining: 1 });
    const answer = await withdraw(created.body.id);
    expect(answer.status).toBe(200);
    expect(answer.body.status).toBe('withdrawn');
    expect(answer.body.history.map((h) => [h.status, h.by.id])).toEqual([
      ['submitted', 'jordan-lee'],
      ['withdrawn', 'jordan-lee'],
    ]);
    expect(await allowanceOf('riverton')).toMatchObject({ used: 1, remaining: 2 });
  });

  it('refuses once MIP has started (409 not_withdrawable), saying since when', async () => {
    await signIn('marcus');
    const row = rowOf(MARCUS_SCOPING);
    const answer = await withdraw(MARCUS_SCOPING);
    expect(statusAndCode(answer)).toEqual([409, 'not_withdrawable']);
    expect(messageOf(answer)).toBe(
      `MIP has already started on this memo (scoping since ${formatDate(row.history.at(-1)?.at ?? '')}), so it can't be withdrawn here. Write to your MIP contact to stop it.`,
    );
    expect(row.status).toBe('scoping');
    expect((await withdraw('memo-lakeport-crisis')).status).toBe(409);
  });

  it('answers a second withdraw with the withdrawn request (200) and changes nothing', async () => {
    await signIn('ana');
    const { id } = (await create('riverton')).body;
    const first = await withdraw(id);
    const again = await withdraw(id);
    expect([again.status, again.body.status]).toEqual([200, 'withdrawn']);
    expect(again.body.history).toEqual(first.body.history);
    expect(await allowanceOf('riverton')).toMatchObject({ used: 1 });
  });

  it('gives the memo back when MIP declines a request', async () => {
    await signIn('ana');
    const { id } = (await create('riverton')).body;
    expect(await allowanceOf('riverton')).toMatchObject({ used: 2 });
    // MIP declines it (staff tooling is not part of the hub's API).
    const row = rowOf(id);
    row.status = 'declined';
    row.history.push({ status: 'declined', at: clock.now().toISOString(), byId: 'morgan-hale', message: null });
    expect(await allowanceOf('riverton')).toMatchObject({ used: 1, remaining: 2 });
    expect(statusAndCode(await withdraw(id))).toEqual([409, 'not_withdrawable']);
  });
});

describe('who may do what', () => {
  it('refuses a delegate without the memos scope to change anything (403 delegate_scope), but lets them read', async () => {
    // Jordan acts for Dana with the meetings scope only.
    await signIn('jordan');
    const changes = [await create('cedar-falls'), await withdraw(DANA_DELIVERED), await publish(DANA_DELIVERED, true)];
    expect(changes.map(statusAndCode)).toEqual(Array.from({ length: 3 }, () => [403, 'delegate_scope']));
    expect(messageOf(changes[0] as ApiAnswer)).toBe(
      'Jordan Lee does not have permission to manage policy memos for Mayor Dana Whitfield',
    );
    const reads = [
      await call('GET', '/members/cedar-falls/memo-allowance'),
      await call('GET', '/members/cedar-falls/memo-requests'),
      await getOne(DANA_DELIVERED),
      await documentOf(DANA_DELIVERED),
    ];
    expect(reads.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    expect(rowOf(DANA_DELIVERED)).toMatchObject({ status: 'delivered', publishDeidentified: false });
  });

  it('refuses every change during a staff preview (403 preview_read_only), and allows reads', async () => {
    await signIn('morgan');
    await startPreview('riverton');
    const changes = [await create('riverton'), await withdraw(ANA_DELIVERED), await publish(ANA_DELIVERED, true)];
    expect(changes.map(statusAndCode)).toEqual(Array.from({ length: 3 }, () => [403, 'preview_read_only']));
    expect((await getOne(ANA_DELIVERED)).status).toBe(200);
    expect((await documentOf(ANA_DELIVERED)).status).toBe(200);
    expect(rowsOf('riverton')).toHaveLength(1);
  });

  it('answers 404 for another city’s requests, and for one that does not exist', async () => {
    await signIn('ana');
    const answers = [
      await create('lakeport'),
      await getOne(MARCUS_SCOPING),
      await withdraw(MARCUS_SCOPING),
      await publish('memo-lakeport-crisis', true),
      await documentOf('memo-lakeport-crisis'),
      await getOne('memo-nothing'),
    ];
    expect(answers.map(statusAndCode)).toEqual(Array.from({ length: 6 }, () => [404, 'not_found']));
    expect(messageOf(answers[1] as ApiAnswer)).toBe(
      "That memo request could not be found, or you don't have access to it.",
    );
    expect(rowOf(MARCUS_SCOPING).status).toBe('scoping');
  });
});

describe('a delivered memo', () => {
  it('comes with the request: author, date and text; the list stays summaries', async () => {
    await signIn('ana');
    const answer = await getOne(ANA_DELIVERED);
    expect(answer.status).toBe(200);
    const delivered = answer.body.history.find((h) => h.status === 'delivered');
    expect(answer.body.memo).toMatchObject({
      deliveredAt: delivered?.at,
      author: { id: 'nadia-brooks', name: 'Nadia Brooks', title: 'Senior Policy Analyst' },
    });
    expect(answer.body.memo?.bodyHtml).toMatch(/<h2>Recommendation<\/h2>/);
    expect(delivered?.by.id).toBe('nadia-brooks');
    const listed = (await listOf('riverton')).find((m) => m.id === ANA_DELIVERED);
    expect(listed).toBeDefined();
    expect(listed).not.toHaveProperty('memo');
    expect((await getOne(MARCUS_SCOPING)).status).toBe(404); // Ana can't see Lakeport's
    await signIn('marcus');
    expect((await getOne(MARCUS_SCOPING)).body.memo).toBeNull();
  });

  it('may be opted in to de-identified publication, and out again, only once delivered (409 not_delivered)', async () => {
    await signIn('jordan');
    const on = await publish(ANA_DELIVERED, true);
    expect([on.status, on.body.publishDeidentified]).toEqual([200, true]);
    expect((await listOf('riverton')).find((m) => m.id === ANA_DELIVERED)?.publishDeidentified).toBe(true);
    const off = await publish(ANA_DELIVERED, false);
    expect(off.body.publishDeidentified).toBe(false);

    const { id } = (await create('riverton')).body;
    const early = await publish(id, true);
    expect(statusAndCode(early)).toEqual([409, 'not_delivered']);
    expect(rowOf(id).publishDeidentified).toBe(false);
    const invalid = await call('PUT', `/memo-requests/${ANA_DELIVERED}/publication`, { body: { publish: 'yes' } });
    expect(statusAndCode(invalid)).toEqual([422, 'validation_failed']);
  });

  it('downloads as a standalone HTML document that can run nothing, with the title escaped', async () => {
    rowOf(ANA_DELIVERED).title = 'ADUs <script>alert("x")</script> & more';
    await signIn('ana');
    const answer = await documentOf(ANA_DELIVERED);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    const html = answer.body;
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    );
    const escaped = 'ADUs &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more';
    expect(html).toContain(`<h1>${escaped}</h1>`);
    expect(html).toContain(`<title>${escaped} · Policy memo for Riverton, WI</title>`);
    expect(html).not.toContain('<script');
    expect(html).toContain('<dd>Jordan Lee for Mayor Ana Ortiz</dd>');
    expect(html).toContain('<dd>Nadia Brooks, Senior Policy Analyst</dd>');
    expect(html).toContain('<dd>November 16, 2026</dd>'); // delivered 10 days before the seed date
    expect(html).toContain(rowOf(ANA_DELIVERED).memo?.bodyHtml);
  });

  it('has no document before delivery (404)', async () => {
    await signIn('ana');
    const { id } = (await create('riverton')).body;
    expect(statusAndCode(await documentOf(id))).toEqual([404, 'not_found']);
    await signIn('marcus');
    expect((await documentOf(MARCUS_SCOPING)).status).toBe(404);
  });

  it('is seeded with a real memo for every delivered request, and none for the others', () => {
    for (const row of getDb().memoRequests) {
      if (row.status !== 'delivered') {
        expect(row.memo, row.id).toBeNull();
        continue;
      }
      const words = (row.memo?.bodyHtml ?? '')
        .replace(/<[^>]+>/g, ' ')
        .split(/\s+/)
        .filter(Boolean).length;
      expect(words, row.id).toBeGreaterThanOrEqual(300);
      expect(words, row.id).toBeLessThanOrEqual(600);
      expect(row.memo?.bodyHtml, row.id).toMatch(/<h2>[\s\S]*<ul>[\s\S]*<a href="https:\/\//);
      expect(row.memo?.deliveredAt, row.id).toBe(row.history.at(-1)?.at);
      expect(row.publishDeidentified).toBe(false);
    }
  });
});

describe('retries and requests arriving together, over the real HTTP listener', () => {
  const { send, cookieOf } = useHttpListener();

  const post = (cookie: string, key: string, title = BODY.title): Promise<{ status: number; body: unknown }> =>
    send('/members/riverton/memo-requests', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie, 'Idempotency-Key': key },
      body: JSON.stringify({ ...BODY, title }),
    });

  const remainingOf = async (cookie: string): Promise<number> =>
    ((await send('/members/riverton/memo-allowance', { headers: { Cookie: cookie } })).body as MemoAllowance).remaining;

  /** Leaves Riverton exactly `k` of this year's 3 memos: its year holds 3 − k requests MIP is scoping. */
  function leaveRemaining(k: number): void {
    const db = getDb();
    const template = rowOf(ANA_DELIVERED);
    const thisYear = new Set(rowsOf('riverton'));
    db.memoRequests = db.memoRequests.filter((m) => !thisYear.has(m));
    for (let i = 0; i < 3 - k; i += 1) {
      db.memoRequests.push({ ...template, id: `memo-taken-${String(i)}`, status: 'scoping', memo: null });
    }
  }

  it.each([
    { n: 2, k: 1 },
    { n: 5, k: 2 },
    { n: 20, k: 3 },
  ])('with $k left, gives a memo to exactly $k of $n simultaneous requests; the rest get 409', async ({ n, k }) => {
    leaveRemaining(k);
    // Ana and Jordan (her delegate) submit from two sessions at once, with distinct keys.
    const [ana, jordan] = [await cookieOf(EMAILS.ana), await cookieOf(EMAILS.jordan)];
    expect(await remainingOf(ana)).toBe(k);
    const answers = await Promise.all(
      Array.from({ length: n }, (_, i) => post(i % 2 === 0 ? ana : jordan, `rush-${String(n)}-${String(i)}`)),
    );
    const created = answers.filter((a) => a.status === 201);
    const refused = answers.filter((a) => a.status === 409);
    expect(created).toHaveLength(Math.min(k, n));
    expect(refused).toHaveLength(n - Math.min(k, n));
    for (const a of refused) expect((a.body as ErrorAnswer).error.code).toBe('allowance_exhausted');
    expect(new Set(created.map((a) => (a.body as MemoRequestDetail).id)).size).toBe(created.length);
    expect(rowsOf('riverton')).toHaveLength(3);
    expect(await remainingOf(jordan)).toBe(Math.max(0, k - n));
  });

  it('replays a sequential retry with the same key: one request, one memo used', async () => {
    const ana = await cookieOf(EMAILS.ana);
    const first = await post(ana, 'retry-1');
    const again = await post(ana, 'retry-1');
    expect([first.status, again.status]).toEqual([201, 201]);
    expect((again.body as MemoRequestDetail).id).toBe((first.body as MemoRequestDetail).id);
    expect(rowsOf('riverton')).toHaveLength(2);
    expect(await remainingOf(ana)).toBe(1);
    const reused = await post(ana, 'retry-1', 'Another title entirely');
    expect([reused.status, (reused.body as ErrorAnswer).error.code]).toEqual([422, 'idempotency_key_reused']);
  });

  it('creates one request for 5 simultaneous submits with the same key', async () => {
    const ana = await cookieOf(EMAILS.ana);
    const answers = await Promise.all(Array.from({ length: 5 }, () => post(ana, 'double-click')));
    for (const a of answers) expect([201, 409]).toContain(a.status);
    const created = answers.filter((a) => a.status === 201);
    expect(created.length).toBeGreaterThan(0);
    expect(new Set(created.map((a) => (a.body as MemoRequestDetail).id)).size).toBe(1);
    for (const a of answers.filter((x) => x.status === 409)) {
      expect((a.body as ErrorAnswer).error.code).toBe('idempotency_in_flight');
    }
    expect(rowsOf('riverton')).toHaveLength(2);
    expect(await remainingOf(ana)).toBe(1);
  });
});
