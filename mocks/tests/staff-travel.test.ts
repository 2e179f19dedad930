// @vitest-environment node
// API-level tests need no DOM: MIP's programs staff deciding travel support, black-box over HTTP.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Registration } from '../../src/api/contracts/meetings';
import type { Overview } from '../../src/api/contracts/members';
import type { StaffTravelSupport } from '../../src/api/contracts/staff-travel';
import type { Inbox } from '../../src/api/contracts/staff-work';
import { clock } from '../clock';
import { call, errorCode, signIn, startPreview, useSeedDate, type ApiAnswer, type ErrorAnswer } from './api';

beforeEach(() => {
  useSeedDate();
});
afterEach(() => {
  clock.set(null);
});

const HOUSING = 'housing-affordability-convening';
/** Lakeport's mayor's request, waiting for MIP ($780.00, flight and two nights). */
const MARCUS = `reg-${HOUSING}-lakeport-2`;
/** Tom Alvarez's request, which MIP approved in full ($620.00) before the seed date. */
const TOM = `reg-${HOUSING}-lakeport-1`;
const TRAVEL_ACTION = `meeting-travel-support-${HOUSING}`;

const staffPath = (id: string, change = ''): string => `/staff/travel-support/${id}${change}`;
const read = (id: string): Promise<ApiAnswer<StaffTravelSupport>> => call<StaffTravelSupport>('GET', staffPath(id));

function change(
  id: string,
  what: 'approve' | 'decline',
  body: unknown,
  ifMatch?: number,
): Promise<ApiAnswer<StaffTravelSupport>> {
  const headers: Record<string, string> = ifMatch === undefined ? {} : { 'If-Match': `"${String(ifMatch)}"` };
  return call<StaffTravelSupport>('POST', staffPath(id, `/${what}`), { body, headers });
}

const messageOf = (answer: ApiAnswer): string => (answer.body as ErrorAnswer).error.message;

let keys = 0;

/** Riverton RSVPs Ana to the convening asking for travel support; the registration's id. */
async function anaAsks(estimatedCostCents = 85_000): Promise<string> {
  await signIn('ana');
  const answer = await call<{ items: Registration[] }>('POST', '/members/riverton/registrations', {
    headers: { 'Idempotency-Key': `staff-travel-${String((keys += 1))}` },
    body: {
      meetingId: HOUSING,
      attendees: [
        {
          kind: 'mayor',
          name: 'Ana Ortiz',
          title: 'Mayor',
          email: 'ana.ortiz@riverton.example',
          travelSupport: { estimatedCostCents, note: 'Flight from Riverton and two nights' },
        },
      ],
    },
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  const id = answer.body.items[0]?.id;
  if (!id) throw new Error('no registration');
  return id;
}

async function registrationOf(memberId: string, id: string): Promise<Registration | undefined> {
  const answer = await call<{ items: Registration[] }>('GET', `/members/${memberId}/registrations`);
  expect(answer.status).toBe(200);
  return answer.body.items.find((r) => r.id === id);
}

async function travelActionOf(memberId: string): Promise<Overview['actions'][number] | undefined> {
  const answer = await call<Overview>('GET', `/members/${memberId}/overview`);
  expect(answer.status).toBe(200);
  return answer.body.actions.find((a) => a.id === TRAVEL_ACTION);
}

describe('travel support, decided by MIP’s programs staff', () => {
  it('shows the request in full, and approves it with an amount and a message the member reads', async () => {
    await signIn('morgan');
    const opened = await read(MARCUS);
    expect(opened.status, JSON.stringify(opened.body)).toBe(200);
    expect(opened.body).toMatchObject({
      registrationId: MARCUS,
      memberId: 'lakeport',
      city: 'Lakeport',
      meeting: { id: HOUSING, title: 'Housing Affordability Convening' },
      attendee: { kind: 'mayor', name: 'Marcus Bell' },
      registrationStatus: 'confirmed',
      attribution: { actor: { id: 'marcus-bell' }, subject: { id: 'marcus-bell' } },
      estimatedCostCents: 78_000,
      note: 'Flight to Minneapolis and two hotel nights',
      status: 'requested',
      decision: null,
      actions: [],
      version: 0,
    });
    const waiting = await call<Inbox>('GET', '/staff/inbox?kind=travel_support&pageSize=100');
    expect(waiting.body.items.map((i) => i.id)).toContain(MARCUS);

    const message = '  We cover the flight and one night; the second night is on the city.  ';
    const approved = await change(MARCUS, 'approve', { amountCents: 65_000, message }, 0);
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body).toMatchObject({
      status: 'approved',
      version: 1,
      decision: {
        status: 'approved',
        approvedCents: 65_000,
        note: message.trim(),
        decidedAt: clock.now().toISOString(),
        decidedBy: { id: 'morgan-hale', name: 'Morgan Hale' },
      },
    });
    expect(approved.body.actions.map((a) => [a.action, a.by.id, a.detail])).toEqual([
      ['Approved $650.00', 'morgan-hale', message.trim()],
    ]);
    expect((await read(MARCUS)).body).toEqual(approved.body);
    const inbox = await call<Inbox>('GET', '/staff/inbox?kind=travel_support&pageSize=100');
    expect(inbox.body.items.map((i) => i.id)).not.toContain(MARCUS);

    await signIn('marcus');
    const mine = await registrationOf('lakeport', MARCUS);
    expect(mine?.travelSupport).toEqual({
      estimatedCostCents: 78_000,
      note: 'Flight to Minneapolis and two hotel nights',
      status: 'approved',
      approvedCents: 65_000,
      decisionNote: message.trim(),
      decidedAt: clock.now().toISOString(),
    });
    // The dashboard adds up what MIP covers: Tom's $620.00 and the mayor's $650.00, not the estimates.
    expect(await travelActionOf('lakeport')).toMatchObject({
      severity: 'info',
      title: 'Travel support for the Housing Affordability Convening: approved ($1,270.00)',
    });
    // Who at MIP decided, and MIP's record, stay with MIP.
    const json = JSON.stringify(await call('GET', '/members/lakeport/registrations'));
    for (const secret of ['morgan-hale', 'decidedBy', 'Approved $650.00', '"version"']) {
      expect(json.includes(secret), secret).toBe(false);
    }
  });

  it('approves without a message, up to the estimate', async () => {
    const id = await anaAsks(85_000);
    await signIn('morgan');
    const approved = await change(id, 'approve', { amountCents: 85_000 });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.decision).toMatchObject({ approvedCents: 85_000, note: null });
    await signIn('jordan');
    expect((await registrationOf('riverton', id))?.travelSupport).toMatchObject({
      status: 'approved',
      approvedCents: 85_000,
      decisionNote: null,
    });
  });

  it('declines with a reason the member reads on the meeting and the dashboard', async () => {
    const id = await anaAsks();
    await signIn('jordan');
    expect(await travelActionOf('riverton')).toMatchObject({
      title: "Travel support for the Housing Affordability Convening: waiting for MIP's decision",
    });
    await signIn('morgan');
    const reason = 'This year our travel fund covers first-term mayors only.';
    const declined = await change(id, 'decline', { reason }, 0);
    expect(declined.status, JSON.stringify(declined.body)).toBe(200);
    expect(declined.body).toMatchObject({
      status: 'declined',
      version: 1,
      decision: { status: 'declined', approvedCents: null, note: reason, decidedBy: { id: 'morgan-hale' } },
    });
    expect(declined.body.actions.map((a) => [a.action, a.detail])).toEqual([['Declined', reason]]);

    await signIn('ana');
    expect((await registrationOf('riverton', id))?.travelSupport).toMatchObject({
      status: 'declined',
      approvedCents: null,
      decisionNote: reason,
    });
    expect(await travelActionOf('riverton')).toMatchObject({
      severity: 'warning',
      title: 'Travel support for the Housing Affordability Convening: declined',
    });
  });

  it('refuses to decide a request twice, saying when it was decided (409)', async () => {
    await signIn('morgan');
    const before = (await read(TOM)).body;
    expect(before).toMatchObject({ status: 'approved', decision: { approvedCents: 62_000 } });
    for (const [what, body, verb] of [
      ['approve', { amountCents: 10_000 }, 'approved'],
      ['decline', { reason: 'Changed our mind about this one.' }, 'declined'],
    ] as const) {
      const answer = await change(TOM, what, body);
      expect([answer.status, errorCode(answer)], what).toEqual([409, 'travel_support_decided']);
      expect(messageOf(answer)).toMatch(
        new RegExp(`^This request was already approved on \\w{3} \\d{1,2}, \\d{4}, so it can't be ${verb}\\.$`),
      );
    }
    const declined = await anaAsks();
    await signIn('morgan');
    expect((await change(declined, 'decline', { reason: 'Not this time, sorry about that.' })).status).toBe(200);
    const again = await change(declined, 'approve', { amountCents: 10_000 });
    expect([again.status, errorCode(again)]).toEqual([409, 'travel_support_decided']);
    expect(messageOf(again)).toMatch(/^This request was already declined on /);
    expect((await read(TOM)).body).toEqual(before);
  });

  it('refuses a request whose registration was cancelled, or whose meeting is over (409)', async () => {
    const id = await anaAsks();
    expect((await call('POST', `/registrations/${id}/cancel`)).status).toBe(200);
    await signIn('morgan');
    const cancelled = await change(id, 'approve', { amountCents: 50_000 });
    expect([cancelled.status, errorCode(cancelled)]).toEqual([409, 'registration_cancelled']);
    expect(messageOf(cancelled)).toBe("Ana Ortiz's registration was canceled, so the request can't be approved.");
    // Cancelled: no longer waiting in the inbox either.
    const inbox = await call<Inbox>('GET', '/staff/inbox?kind=travel_support&pageSize=100');
    expect(inbox.body.items.map((i) => i.id)).not.toContain(id);

    const meeting = (await read(MARCUS)).body.meeting;
    clock.set(new Date(Date.parse(meeting.endsAt) + 86_400_000));
    await signIn('morgan');
    const over = await change(MARCUS, 'decline', { reason: 'Too late to decide this one now.' });
    expect([over.status, errorCode(over)]).toEqual([409, 'meeting_over']);
    expect(messageOf(over)).toMatch(
      /^The Housing Affordability Convening ended on \w{3} \d{1,2}, \d{4}, so its travel support can't be declined\.$/,
    );
    expect((await read(MARCUS)).body).toMatchObject({ status: 'requested', version: 0 });
  });

  it('lets the first of two staff acting on the same version win; the second gets 412 and changes nothing', async () => {
    await signIn('morgan');
    const seen = (await read(MARCUS)).body.version;
    const first = await change(MARCUS, 'approve', { amountCents: 78_000 }, seen);
    expect(first.status).toBe(200);
    for (const [what, body] of [
      ['approve', { amountCents: 50_000 }],
      ['decline', { reason: 'We cannot fund this trip, sorry.' }],
    ] as const) {
      const stale = await change(MARCUS, what, body, seen);
      expect([stale.status, errorCode(stale)], what).toEqual([412, 'changed_meanwhile']);
    }
    expect((await read(MARCUS)).body).toEqual(first.body);
  });

  it('refuses what the contract refuses, naming the field', async () => {
    await signIn('morgan');
    const cases: ['approve' | 'decline', unknown, string, string][] = [
      ['approve', { amountCents: 78_001 }, 'amountCents', "Enter at most the member's estimate of $780.00"],
      ['approve', { amountCents: 0 }, 'amountCents', 'Enter an amount above $0, or decline the request instead'],
      ['approve', { amountCents: 2_000_001 }, 'amountCents', 'Enter an amount of $20,000 or less'],
      ['approve', { amountCents: 100.5 }, 'amountCents', 'Enter the amount MIP covers in dollars, like 850'],
      ['decline', { reason: 'No.' }, 'reason', 'Tell the member why, in at least 10 characters'],
    ];
    for (const [what, body, field, message] of cases) {
      const answer = await change(MARCUS, what, body);
      expect(answer.status, `${what} ${JSON.stringify(body)}`).toBe(422);
      expect((answer.body as unknown as ErrorAnswer).error.fieldErrors).toEqual({ [field]: [message] });
    }
    expect((await read(MARCUS)).body).toMatchObject({ status: 'requested', version: 0, actions: [] });
  });

  it('answers 404 for a registration that does not exist or asked for no travel support', async () => {
    await signIn('morgan');
    expect(errorCode(await read('reg-no-such'))).toBe('not_found');
    expect((await change('reg-no-such', 'approve', { amountCents: 100 })).status).toBe(404);
    const winter = await anaAsksNothing();
    await signIn('morgan');
    expect((await read(winter)).status).toBe(404);
  });
});

/** Lakeport's mayor's Winter Meeting registration, which asked for no travel support. */
async function anaAsksNothing(): Promise<string> {
  await signIn('marcus');
  const all = await call<{ items: Registration[] }>('GET', '/members/lakeport/registrations');
  const plain = all.body.items.find((r) => r.travelSupport === null);
  if (!plain) throw new Error('no registration without travel support');
  return plain.id;
}

describe('who may decide travel support', () => {
  const THREE: [string, string, unknown][] = [
    ['GET', '', undefined],
    ['POST', '/approve', { amountCents: 50_000 }],
    ['POST', '/decline', { reason: 'We cannot fund this trip, sorry.' }],
  ];

  async function answersOf(id: string): Promise<[number, string | undefined][]> {
    const answers: [number, string | undefined][] = [];
    for (const [method, path, body] of THREE) {
      const answer = await call(method, staffPath(id, path), body === undefined ? {} : { body });
      answers.push([answer.status, answer.status < 300 ? undefined : errorCode(answer)]);
    }
    return answers;
  }

  it('refuses MIP staff outside programs, members and delegates, and anyone signed out', async () => {
    await signIn('theo'); // finance only
    expect(await answersOf(MARCUS)).toEqual(THREE.map(() => [403, 'outside_staff_area']));
    for (const account of ['marcus', 'ana', 'jordan'] as const) {
      await signIn(account);
      expect(await answersOf(MARCUS), account).toEqual(THREE.map(() => [403, 'staff_only']));
    }
    await call('DELETE', '/session');
    expect((await answersOf(MARCUS)).map(([status]) => status)).toEqual(THREE.map(() => 401));
    await signIn('morgan');
    expect((await read(MARCUS)).body).toMatchObject({ status: 'requested', version: 0 });
  });

  it('lets MIP staff previewing a city read a request, and change nothing', async () => {
    await signIn('morgan');
    expect((await startPreview('lakeport')).status).toBe(201);
    const answers = await answersOf(MARCUS);
    expect(answers[0]).toEqual([200, undefined]);
    expect(answers.slice(1)).toEqual(THREE.slice(1).map(() => [403, 'preview_read_only']));
  });
});
