// @vitest-environment node
// API-level tests need no DOM: the staff side of memo requests, black-box over HTTP.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MemoAllowance, MemoRequestBodyInput, MemoRequestDetail } from '../../src/api/contracts/memos';
import type { StaffMemoRequest } from '../../src/api/contracts/staff-memos';
import type { Inbox } from '../../src/api/contracts/staff-work';
import { clock } from '../clock';
import { call, errorCode, signIn, startPreview, useSeedDate, type ApiAnswer, type ErrorAnswer } from './api';

beforeEach(() => {
  useSeedDate();
});
afterEach(() => {
  clock.set(null);
});

let keys = 0;
const REQUEST: MemoRequestBodyInput = {
  title: 'Regulating short-term rentals',
  policyAreaId: 'housing',
  question: 'How have cities of our size regulated short-term rentals, and what did enforcement cost?',
  background: 'Council votes on a draft ordinance in February.',
  desiredDate: '2027-01-15',
};

/** A new request from Riverton, sent by whoever is signed in (Ana or Jordan for her). */
async function requestMemo(): Promise<string> {
  const answer = await call<MemoRequestDetail>('POST', '/members/riverton/memo-requests', {
    body: REQUEST,
    headers: { 'Idempotency-Key': `staff-memos-${String((keys += 1))}` },
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body.id;
}

const NADIA = 'nadia.brooks@mayorsinnovation.example';
async function signInAsNadia(): Promise<void> {
  const answer = await call('POST', '/session', { body: { email: NADIA, password: 'demo' } });
  expect(answer.status).toBe(201);
}

const staffPath = (id: string, change = ''): string => `/staff/memo-requests/${id}${change}`;
const read = (id: string): Promise<ApiAnswer<StaffMemoRequest>> => call<StaffMemoRequest>('GET', staffPath(id));

type Change = 'assign' | 'progress' | 'notes' | 'decline' | 'deliver';
function change(
  id: string,
  what: Change,
  body: unknown,
  ifMatch?: string | number,
): Promise<ApiAnswer<StaffMemoRequest>> {
  const headers: Record<string, string> =
    ifMatch === undefined ? {} : { 'If-Match': typeof ifMatch === 'number' ? `"${String(ifMatch)}"` : ifMatch };
  return call<StaffMemoRequest>('POST', staffPath(id, `/${what}`), { body, headers });
}

/** A memo as MIP writes it: paragraphs, a list, and text that looks like markup (it must stay text). */
const MEMO_TEXT = [
  'Summary. Cities of your size that regulated short-term rentals did best with a simple registry, a cap',
  'per owner and a fee that pays for enforcement. <script>alert("memo")</script> stays text.',
  '',
  'What to do first:',
  '- Start with registration before any cap.',
  '- Publish the enforcement numbers every quarter & keep the fee under $200.',
  '',
  'Call us with questions.',
].join('\n');
const MEMO_HTML = [
  '<p>Summary. Cities of your size that regulated short-term rentals did best with a simple registry, a cap<br>per owner and a fee that pays for enforcement. &lt;script&gt;alert(&quot;memo&quot;)&lt;/script&gt; stays text.</p>',
  '<p>What to do first:</p>',
  '<ul>\n<li>Start with registration before any cap.</li>\n<li>Publish the enforcement numbers every quarter &amp; keep the fee under $200.</li>\n</ul>',
  '<p>Call us with questions.</p>',
].join('\n');

const SCOPING_MESSAGE = 'Thanks: we will compare three peer cities and send the scope by Friday.';
const WRITING_MESSAGE = 'Scope agreed with your chief of staff; Nadia is writing the memo now.';
const SECRET_NOTE = 'INTERNAL-ONLY: the mayor called twice, council vote may move to January.';

/**
 * What no member answer may contain: the note, the staff's actions, or the fields that carry them.
 * (The overview has `actions` of its own, the member's to-dos: the staff's are found by their words.)
 */
function expectNothingInternal(answer: ApiAnswer, where: string): void {
  expect(answer.status, where).toBe(200);
  const json = JSON.stringify(answer.body);
  for (const secret of [
    SECRET_NOTE,
    'INTERNAL-ONLY',
    'internalNotes',
    'Added an internal note',
    'Assigned to',
    'Moved to',
    'assignable',
    '"version"',
  ]) {
    expect(json.includes(secret), `${where} contains ${secret}`).toBe(false);
  }
}

describe('a memo request, worked by MIP’s policy staff from request to memo', () => {
  it('assigns, scopes, notes, writes and delivers; the member sees every step and message, never a note', async () => {
    await signIn('jordan');
    const id = await requestMemo();

    await signIn('morgan');
    const opened = await read(id);
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({
      id,
      status: 'submitted',
      city: 'Riverton',
      assignee: null,
      internalNotes: [],
      actions: [],
      version: 0,
      allowance: { memberId: 'riverton', used: 2, allowed: 3, remaining: 1 },
      attribution: { actor: { id: 'jordan-lee' }, subject: { id: 'ana-ortiz' } },
    });
    expect(opened.body.assignable.map((p) => p.name)).toEqual(['Morgan Hale', 'Nadia Brooks']);

    const assigned = await change(id, 'assign', { assigneeId: 'nadia-brooks' }, opened.body.version);
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(200);
    expect(assigned.body).toMatchObject({ assignee: { id: 'nadia-brooks' }, version: 1, status: 'submitted' });

    const scoping = await change(id, 'progress', { status: 'scoping', message: SCOPING_MESSAGE }, 1);
    expect(scoping.status, JSON.stringify(scoping.body)).toBe(200);
    expect(scoping.body).toMatchObject({ status: 'scoping', version: 2, assignee: { id: 'nadia-brooks' } });

    const noted = await change(id, 'notes', { text: `  ${SECRET_NOTE}  ` }, 2);
    expect(noted.status).toBe(200);
    expect(noted.body.internalNotes).toEqual([
      {
        id: expect.any(String) as string,
        text: SECRET_NOTE,
        at: expect.any(String) as string,
        by: expect.objectContaining({ id: 'morgan-hale' }) as object,
      },
    ]);

    const writing = await change(id, 'progress', { status: 'in_progress', message: WRITING_MESSAGE }, 3);
    expect(writing.body).toMatchObject({ status: 'in_progress', version: 4 });

    const delivered = await change(id, 'deliver', { text: MEMO_TEXT }, '4'); // unquoted is fine too
    expect(delivered.status, JSON.stringify(delivered.body)).toBe(200);
    expect(delivered.body).toMatchObject({
      status: 'delivered',
      version: 5,
      memo: { author: { id: 'morgan-hale' }, bodyHtml: MEMO_HTML },
    });
    expect(delivered.body.actions.map((a) => [a.action, a.by.id, a.detail])).toEqual([
      ['Assigned to Nadia Brooks', 'morgan-hale', null],
      ['Moved to scoping', 'morgan-hale', SCOPING_MESSAGE],
      ['Added an internal note', 'morgan-hale', null],
      ['Moved to in progress', 'morgan-hale', WRITING_MESSAGE],
      ['Delivered the memo', 'morgan-hale', null],
    ]);
    // Delivered: no longer waiting in the inbox.
    const inbox = await call<Inbox>('GET', '/staff/inbox?kind=memo_request&pageSize=100');
    expect(inbox.body.items.map((i) => i.id)).not.toContain(id);

    for (const member of ['ana', 'jordan'] as const) {
      await signIn(member);
      const mine = await call<MemoRequestDetail>('GET', `/memo-requests/${id}`);
      expectNothingInternal(mine, `${member}: GET /memo-requests/${id}`);
      expect(mine.body.history.map((h) => [h.status, h.by.id, h.message])).toEqual([
        ['submitted', 'jordan-lee', null],
        ['scoping', 'morgan-hale', SCOPING_MESSAGE],
        ['in_progress', 'morgan-hale', WRITING_MESSAGE],
        ['delivered', 'morgan-hale', null],
      ]);
      expect(mine.body.memo).toMatchObject({ author: { id: 'morgan-hale' }, bodyHtml: MEMO_HTML });
      for (const path of [
        '/members/riverton/memo-requests',
        '/members/riverton/overview',
        '/members/riverton/memo-allowance',
        '/members/riverton/access-log',
      ]) {
        if (member === 'jordan' && path.endsWith('access-log')) continue; // the mayor's own
        expectNothingInternal(await call('GET', path), `${member}: GET ${path}`);
      }
      const document = await call<string>('GET', `/memo-requests/${id}/memo.html`, {
        headers: { Accept: 'text/html' },
      });
      expect(document.status).toBe(200);
      expect(document.body).toContain(MEMO_HTML);
      expect(document.body).not.toContain('<script>alert');
      expect(document.body).not.toContain('INTERNAL-ONLY');
    }
  });

  it('gives a request nobody has to whoever moves it, and assigning the same person again changes nothing', async () => {
    await signIn('ana');
    const id = await requestMemo();
    await signIn('morgan');
    const moved = await change(id, 'progress', { status: 'in_progress', message: WRITING_MESSAGE });
    expect(moved.body).toMatchObject({ status: 'in_progress', assignee: { id: 'morgan-hale' }, version: 2 });
    expect(moved.body.actions.map((a) => a.action)).toEqual(['Assigned to Morgan Hale', 'Moved to in progress']);
    const inbox = await call<Inbox>('GET', '/staff/inbox?kind=memo_request&assigned=me&pageSize=100');
    expect(inbox.body.items.find((i) => i.id === id)).toMatchObject({
      stage: 'in_progress',
      assignee: { id: 'morgan-hale' },
    });

    const again = await change(id, 'assign', { assigneeId: 'morgan-hale' }, moved.body.version);
    expect(again.status).toBe(200);
    expect(again.body.version).toBe(moved.body.version);
    expect(again.body.actions).toEqual(moved.body.actions);
  });

  it('declines with a reason the member reads, and the memo goes back to the allowance', async () => {
    await signIn('ana');
    const id = await requestMemo();
    const allowance = async () => (await call<MemoAllowance>('GET', '/members/riverton/memo-allowance')).body;
    expect(await allowance()).toMatchObject({ used: 2, remaining: 1 });

    await signIn('morgan');
    const reason = 'This needs the city attorney more than a policy memo; we can introduce you to one.';
    const declined = await change(id, 'decline', { reason });
    expect(declined.status).toBe(200);
    expect(declined.body).toMatchObject({ status: 'declined', allowance: { used: 1, remaining: 2 } });
    expect(declined.body.actions.at(-1)).toMatchObject({ action: 'Declined', detail: reason });

    await signIn('ana');
    expect(await allowance()).toMatchObject({ used: 1, remaining: 2 });
    const mine = await call<MemoRequestDetail>('GET', `/memo-requests/${id}`);
    expect(mine.body.history.at(-1)).toMatchObject({ status: 'declined', message: reason });
  });
});

describe('what a request may and may not go through', () => {
  it('answers every illegal move with its 409', async () => {
    await signIn('ana');
    const id = await requestMemo();
    const withdrawnId = await requestMemo();
    expect((await call('POST', `/memo-requests/${withdrawnId}/withdraw`)).status).toBe(200);

    await signIn('morgan');
    const codeOf = async (answer: Promise<ApiAnswer>) => {
      const settled = await answer;
      return [settled.status, errorCode(settled)];
    };
    expect((await change(id, 'progress', { status: 'in_progress', message: WRITING_MESSAGE })).status).toBe(200);
    expect(await codeOf(change(id, 'progress', { status: 'in_progress', message: WRITING_MESSAGE }))).toEqual([
      409,
      'memo_status_unchanged',
    ]);
    expect(await codeOf(change(id, 'progress', { status: 'scoping', message: SCOPING_MESSAGE }))).toEqual([
      409,
      'illegal_move',
    ]);
    expect((await change(id, 'deliver', { text: MEMO_TEXT })).status).toBe(200);

    for (const closed of [id, withdrawnId, 'memo-riverton-stadium' /* declined in the seed */]) {
      const before = (await read(closed)).body;
      for (const [what, body] of [
        ['assign', { assigneeId: 'nadia-brooks' }],
        ['progress', { status: 'scoping', message: SCOPING_MESSAGE }],
        ['progress', { status: 'in_progress', message: WRITING_MESSAGE }],
        ['decline', { reason: 'We cannot take this one on, sorry.' }],
        ['deliver', { text: MEMO_TEXT }],
      ] as const) {
        const answer = await change(closed, what, body);
        expect([answer.status, errorCode(answer)], `${what} on ${closed}`).toEqual([409, 'memo_closed']);
        expect((answer.body as unknown as ErrorAnswer).error.message).toMatch(/delivered|withdrew|declined/);
      }
      expect((await read(closed)).body, `${closed} unchanged`).toEqual(before);
      // A note is for MIP's own record: closed requests take them too.
      expect((await change(closed, 'notes', { text: 'For the file.' })).status).toBe(200);
    }
  });

  it('lets the first of two staff acting on the same version win; the second gets 412 and changes nothing', async () => {
    await signIn('ana');
    const id = await requestMemo();

    await signIn('morgan');
    const seenByMorgan = (await read(id)).body.version;
    await signInAsNadia();
    const seenByNadia = (await read(id)).body.version;
    expect(seenByNadia).toBe(seenByMorgan);

    const first = await change(id, 'progress', { status: 'scoping', message: SCOPING_MESSAGE }, seenByNadia);
    expect(first.status).toBe(200);
    const afterFirst = (await read(id)).body;
    expect(afterFirst.version).toBeGreaterThan(seenByNadia);

    await signIn('morgan');
    for (const [what, body] of [
      ['assign', { assigneeId: 'morgan-hale' }],
      ['progress', { status: 'in_progress', message: WRITING_MESSAGE }],
      ['notes', { text: 'Taking this one.' }],
      ['decline', { reason: 'We cannot take this one on, sorry.' }],
      ['deliver', { text: MEMO_TEXT }],
    ] as const) {
      const stale = await change(id, what, body, seenByMorgan);
      expect([stale.status, errorCode(stale)], what).toEqual([412, 'changed_meanwhile']);
      expect((stale.body as unknown as ErrorAnswer).error.message).toBe(
        'Someone at MIP changed this request since you opened it. Read it again, then make your change.',
      );
    }
    expect((await read(id)).body).toEqual(afterFirst);

    // Read again, then the change goes through; a member withdrawing also makes an open page stale.
    const current = await change(id, 'notes', { text: 'Taking this one.' }, afterFirst.version);
    expect(current.status).toBe(200);
  });

  it('treats a member withdrawing as a change an open staff page must read first', async () => {
    await signIn('ana');
    const id = await requestMemo();
    await signIn('morgan');
    const seen = (await read(id)).body.version;
    await signIn('ana');
    expect((await call('POST', `/memo-requests/${id}/withdraw`)).status).toBe(200);
    await signIn('morgan');
    const stale = await change(id, 'progress', { status: 'scoping', message: SCOPING_MESSAGE }, seen);
    expect(errorCode(stale)).toBe('changed_meanwhile');
  });

  it('refuses what the contract refuses, naming the field', async () => {
    await signIn('ana');
    const id = await requestMemo();
    await signIn('morgan');
    const cases: [Change, unknown, string, string][] = [
      [
        'progress',
        { status: 'scoping', message: 'Soon.' },
        'message',
        'Write the member a message of at least 10 characters',
      ],
      ['notes', { text: '   ' }, 'text', 'Write the note'],
      ['deliver', { text: 'Too short to be a memo.' }, 'text', 'Write the memo: at least 200 characters'],
      ['decline', { reason: 'No.' }, 'reason', 'Tell the member why, in at least 10 characters'],
      ['assign', { assigneeId: 'no-such-person' }, 'assigneeId', 'Choose someone who works in policy'],
      ['assign', { assigneeId: 'ana-ortiz' }, 'assigneeId', 'Choose someone who works in policy'],
      ['assign', { assigneeId: 'theo-grant' }, 'assigneeId', 'Choose someone who works in policy'],
    ];
    for (const [what, body, field, message] of cases) {
      const answer = await change(id, what, body);
      expect(answer.status, `${what} ${JSON.stringify(body)}`).toBe(422);
      expect((answer.body as unknown as ErrorAnswer).error.fieldErrors).toEqual({ [field]: [message] });
    }
    const unchanged = (await read(id)).body;
    expect(unchanged).toMatchObject({
      status: 'submitted',
      version: 0,
      assignee: null,
      internalNotes: [],
      actions: [],
    });
  });

  it('answers 404 for a request that does not exist', async () => {
    await signIn('morgan');
    expect(errorCode(await read('memo-no-such'))).toBe('not_found');
    expect((await change('memo-no-such', 'notes', { text: 'Hello' })).status).toBe(404);
  });
});

describe('who may work memo requests', () => {
  const SIX: [string, string, unknown][] = [
    ['GET', '', undefined],
    ['POST', '/assign', { assigneeId: 'nadia-brooks' }],
    ['POST', '/progress', { status: 'scoping', message: SCOPING_MESSAGE }],
    ['POST', '/notes', { text: 'A note' }],
    ['POST', '/decline', { reason: 'We cannot take this one on, sorry.' }],
    ['POST', '/deliver', { text: MEMO_TEXT }],
  ];

  async function answersOf(id: string): Promise<[number, string | undefined][]> {
    const answers: [number, string | undefined][] = [];
    for (const [method, path, body] of SIX) {
      const answer = await call(method, staffPath(id, path), body === undefined ? {} : { body });
      answers.push([answer.status, answer.status < 300 ? undefined : errorCode(answer)]);
    }
    return answers;
  }

  it('refuses MIP staff outside policy, members and delegates, and anyone signed out', async () => {
    await signIn('ana');
    const id = await requestMemo();
    const before = (await call('GET', `/memo-requests/${id}`)).body;

    await signIn('theo'); // finance only
    expect(await answersOf(id)).toEqual(SIX.map(() => [403, 'outside_staff_area']));
    for (const account of ['ana', 'jordan'] as const) {
      await signIn(account);
      expect(await answersOf(id), account).toEqual(SIX.map(() => [403, 'staff_only']));
    }
    await call('DELETE', '/session');
    expect((await answersOf(id)).map(([status]) => status)).toEqual(SIX.map(() => 401));

    await signIn('ana');
    expect((await call('GET', `/memo-requests/${id}`)).body).toEqual(before);
  });

  it('lets MIP staff previewing a city read a request, and change nothing', async () => {
    await signIn('morgan');
    expect((await startPreview('riverton')).status).toBe(201);
    const answers = await answersOf('memo-lakeport-ev');
    expect(answers[0]).toEqual([200, undefined]);
    expect(answers.slice(1)).toEqual(SIX.slice(1).map(() => [403, 'preview_read_only']));
  });
});

describe('the seeded requests, as staff see them', () => {
  it('carry the messages MIP gave with its steps, and an action for each', async () => {
    await signIn('morgan');
    const scoping = (await read('memo-lakeport-land-bank')).body;
    expect(scoping.history.map((h) => [h.status, h.message === null])).toEqual([
      ['submitted', true],
      ['scoping', false],
      ['in_progress', false],
    ]);
    expect(scoping.actions.map((a) => [a.action, a.detail])).toEqual(
      scoping.history
        .slice(1)
        .map((h) => [h.status === 'scoping' ? 'Moved to scoping' : 'Moved to in progress', h.message]),
    );
    expect(scoping.version).toBe(0);
    const stadium = (await read('memo-riverton-stadium')).body;
    expect(stadium.history.at(-1)).toMatchObject({ status: 'declined', message: expect.any(String) as string });
    expect(stadium.actions.map((a) => a.action)).toEqual(['Declined']);
  });
});
