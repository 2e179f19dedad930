// @vitest-environment node
// API-level tests need no DOM; session.test.ts runs in jsdom, where the UI tests meet this mock.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AttendeeInput, Meeting, Registration } from '../../src/api/contracts/meetings';
import type { Overview } from '../../src/api/contracts/members';
import { clock } from '../clock';
import { getDb } from '../db/db';
import { membershipOf } from './seed-records';
import { EMAILS, call, errorCode, signIn, startPreview, useSeedDate, type ApiAnswer, type ErrorAnswer } from './api';
import { useHttpListener } from './http-listener';

beforeEach(() => {
  useSeedDate();
});
afterEach(() => {
  clock.set(null);
});

type Items = { items: Registration[] };
type Input = Partial<AttendeeInput> & Pick<AttendeeInput, 'kind' | 'name' | 'email'>;

let keys = 0;
const freshKey = (): string => `test-key-${String((keys += 1))}`;

const ANA: Input = { kind: 'mayor', name: 'Ana Ortiz', title: 'Mayor', email: 'ana.ortiz@riverton.example' };
const JORDAN: Input = {
  kind: 'staff',
  name: 'Jordan Lee',
  title: 'Chief of Staff',
  email: 'jordan.lee@riverton.example',
};
const staff = (name: string, city = 'riverton'): Input => ({
  kind: 'staff',
  name,
  title: 'Policy Director',
  email: `${name.toLowerCase().replace(' ', '.')}@${city}.example`,
});

function register(
  memberId: string,
  meetingId: string,
  attendees: Input[],
  key: string | null = freshKey(),
): Promise<ApiAnswer<Items>> {
  const body = { meetingId, attendees: attendees.map((a) => ({ title: 'Mayor', ...a })) };
  return call<Items>('POST', `/members/${memberId}/registrations`, {
    body,
    headers: key === null ? {} : { 'Idempotency-Key': key },
  });
}

const edit = (id: string, needs: Record<string, string>): Promise<ApiAnswer<Registration>> =>
  call<Registration>('PATCH', `/registrations/${id}`, { body: needs });
const cancel = (id: string): Promise<ApiAnswer<Registration>> =>
  call<Registration>('POST', `/registrations/${id}/cancel`);
const listOf = async (memberId: string): Promise<Registration[]> =>
  (await call<Items>('GET', `/members/${memberId}/registrations`)).body.items;
const fieldErrorsOf = (answer: ApiAnswer): Record<string, string[]> =>
  (answer.body as ErrorAnswer).error.fieldErrors ?? {};
const messageOf = (answer: ApiAnswer): string => (answer.body as ErrorAnswer).error.message;
const rowsAt = (meetingId: string, memberId: string) =>
  getDb().registrations.filter((r) => r.meetingId === meetingId && r.memberId === memberId);

/** Seeded: Marcus Bell's own registration for the next Winter Meeting; Dana's, made by Jordan. */
const MARCUS_WINTER = 'reg-winter-2027-lakeport-1';
const DANA_WINTER = 'reg-winter-2027-cedar-falls-1';
/** After Winter 2027's registration closed (Jan 6, 23:59 in Washington), before it starts (Jan 20). */
const AFTER_CLOSE = '2027-01-10T15:00:00Z';
const AFTER_START = '2027-01-20T15:00:00Z';

describe('registering for a meeting', () => {
  it('registers the mayor and two staff at once, confirmed, with needs and arrival, attributed to the mayor', async () => {
    await signIn('ana');
    const answer = await register('riverton', 'winter-2027', [
      { ...ANA, dietaryNeeds: 'Vegetarian', arrival: 'Tuesday evening, flight UA 412' },
      JORDAN,
      staff('Sam Park'),
    ]);
    expect(answer.status).toBe(201);
    expect(answer.body.items.map((r) => [r.attendee.name, r.status, r.waitlistPosition])).toEqual([
      ['Ana Ortiz', 'confirmed', null],
      ['Jordan Lee', 'confirmed', null],
      ['Sam Park', 'confirmed', null],
    ]);
    expect(answer.body.items[0]).toMatchObject({
      memberId: 'riverton',
      meetingId: 'winter-2027',
      attendee: { kind: 'mayor', dietaryNeeds: 'Vegetarian', arrival: 'Tuesday evening, flight UA 412' },
      travelSupport: null,
      createdAt: clock.now().toISOString(),
      attribution: { actor: { id: 'ana-ortiz' }, subject: { id: 'ana-ortiz' } },
    });
    const listed = await listOf('riverton');
    expect(listed.filter((r) => r.meetingId === 'winter-2027')).toHaveLength(3);
  });

  it('records a delegate as the actor and the mayor as the subject: Jordan Lee for Mayor Ana Ortiz', async () => {
    await signIn('jordan');
    const answer = await register('riverton', 'winter-2027', [JORDAN]);
    expect(answer.status).toBe(201);
    expect(answer.body.items[0]?.attribution).toMatchObject({
      actor: { id: 'jordan-lee', name: 'Jordan Lee' },
      subject: { id: 'ana-ortiz', name: 'Ana Ortiz' },
    });
  });

  it('needs an Idempotency-Key (400)', async () => {
    await signIn('ana');
    const answer = await register('riverton', 'winter-2027', [ANA], null);
    expect([answer.status, errorCode(answer)]).toEqual([400, 'idempotency_key_required']);
    expect(rowsAt('winter-2027', 'riverton')).toHaveLength(0);
  });

  it('replays a retry with the same key and creates no second rows', async () => {
    await signIn('ana');
    const first = await register('riverton', 'winter-2027', [ANA, JORDAN], 'retry-1');
    const again = await register('riverton', 'winter-2027', [ANA, JORDAN], 'retry-1');
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(again.body.items.map((r) => r.id)).toEqual(first.body.items.map((r) => r.id));
    expect(rowsAt('winter-2027', 'riverton')).toHaveLength(2);
  });

  it('refuses the same key with another body (422)', async () => {
    await signIn('ana');
    await register('riverton', 'winter-2027', [ANA], 'retry-2');
    const reused = await register('riverton', 'winter-2027', [JORDAN], 'retry-2');
    expect([reused.status, errorCode(reused)]).toEqual([422, 'idempotency_key_reused']);
    expect(rowsAt('winter-2027', 'riverton')).toHaveLength(1);
  });

  it('refuses once registration has closed (409)', async () => {
    clock.set(AFTER_CLOSE);
    await signIn('ana');
    const answer = await register('riverton', 'winter-2027', [ANA]);
    expect([answer.status, errorCode(answer)]).toEqual([409, 'registration_closed']);
    expect(messageOf(answer)).toBe('Registration for the Winter Meeting 2027 closed on Jan 6, 2027.');
  });

  it('refuses before registration opens, saying when it opens in the meeting’s zone (409)', async () => {
    useSeedDate(new Date('2026-10-01T15:00:00Z'));
    await signIn('ana');
    const answer = await register('riverton', 'winter-2027', [ANA]);
    expect([answer.status, errorCode(answer)]).toEqual([409, 'registration_not_open']);
    expect(messageOf(answer)).toBe('Registration for the Winter Meeting 2027 opens Oct 22, 2026.');
  });

  it('puts people on the waitlist of a full meeting, in the order they were listed', async () => {
    await signIn('ana');
    const answer = await register('riverton', 'digital-equity-working-session', [ANA, JORDAN]);
    expect(answer.status).toBe(201);
    // Two cities were already waiting.
    expect(answer.body.items.map((r) => [r.status, r.waitlistPosition])).toEqual([
      ['waitlisted', 3],
      ['waitlisted', 4],
    ]);
    const meeting = await call<Meeting>('GET', '/meetings/digital-equity-working-session?memberId=riverton');
    expect(meeting.body.seatsTaken).toBe(12);
  });

  it('gives a cancelled seat to the first on the waitlist', async () => {
    const housing = getDb().meetings.find((m) => m.id === 'housing-affordability-convening');
    if (!housing) throw new Error('no housing convening');
    housing.capacity =
      getDb().registrations.filter((r) => r.meetingId === housing.id && r.status === 'confirmed').length + 1;
    await signIn('ana');
    const [ana, jordan] = (await register('riverton', housing.id, [ANA, JORDAN])).body.items;
    expect([ana?.status, jordan?.status, jordan?.waitlistPosition]).toEqual(['confirmed', 'waitlisted', 1]);
    const cancelled = await cancel(ana?.id ?? '');
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', waitlistPosition: null });
    const after = (await listOf('riverton')).find((r) => r.id === jordan?.id);
    expect(after).toMatchObject({ status: 'confirmed', waitlistPosition: null });
    // A retried cancel is harmless: the same answer, nothing else moves.
    const retried = await cancel(ana?.id ?? '');
    expect([retried.status, retried.body.status]).toEqual([200, 'cancelled']);
    expect((await listOf('riverton')).find((r) => r.id === jordan?.id)?.status).toBe('confirmed');
  });

  it('lets a registration be cancelled after registration closed, but not once the meeting has started (409)', async () => {
    clock.set(AFTER_START);
    await signIn('marcus');
    const late = await cancel(MARCUS_WINTER);
    expect([late.status, errorCode(late)]).toEqual([409, 'meeting_started']);
    clock.set(AFTER_CLOSE);
    await signIn('marcus');
    expect((await cancel(MARCUS_WINTER)).body.status).toBe('cancelled');
  });

  it('lets needs and arrival be edited until registration closes (409 after, and for a cancelled one)', async () => {
    await signIn('marcus');
    const edited = await edit(MARCUS_WINTER, {
      dietaryNeeds: 'No shellfish',
      accessibilityNeeds: '',
      arrival: 'Tuesday, 6 pm train',
    });
    expect(edited.status).toBe(200);
    expect(edited.body.attendee).toMatchObject({ dietaryNeeds: 'No shellfish', arrival: 'Tuesday, 6 pm train' });
    expect((await listOf('lakeport')).find((r) => r.id === MARCUS_WINTER)?.attendee.arrival).toBe(
      'Tuesday, 6 pm train',
    );
    // A PATCH: a field left out keeps its value.
    const partial = await edit(MARCUS_WINTER, { accessibilityNeeds: 'Aisle seat' });
    expect(partial.body.attendee).toMatchObject({
      dietaryNeeds: 'No shellfish',
      accessibilityNeeds: 'Aisle seat',
      arrival: 'Tuesday, 6 pm train',
    });
    const tooLong = await edit(MARCUS_WINTER, { arrival: 'x'.repeat(201) });
    expect(fieldErrorsOf(tooLong)).toHaveProperty('arrival');

    await cancel('reg-winter-2027-lakeport-2');
    const ofCancelled = await edit('reg-winter-2027-lakeport-2', { dietaryNeeds: 'Vegan' });
    expect([ofCancelled.status, errorCode(ofCancelled)]).toEqual([409, 'registration_cancelled']);

    clock.set(AFTER_CLOSE);
    await signIn('marcus');
    const closed = await edit(MARCUS_WINTER, { dietaryNeeds: 'Vegan' });
    expect([closed.status, errorCode(closed)]).toEqual([409, 'editing_closed']);
    expect(messageOf(closed)).toBe('Registration closed on Jan 6, 2027, so needs can no longer be changed here.');
  });

  it('refuses a delegate without the meetings scope (403 delegate_scope) to register, edit or cancel', async () => {
    const grant = getDb().delegations.find((d) => d.id === 'del-jordan-dana');
    if (!grant) throw new Error('no grant');
    grant.scopes = grant.scopes.filter((s) => s !== 'meetings');
    await signIn('jordan');
    const answers = [
      await register('cedar-falls', 'winter-2027', [JORDAN]),
      await edit(DANA_WINTER, { dietaryNeeds: 'Vegan' }),
      await cancel(DANA_WINTER),
    ];
    expect(answers.map((a) => [a.status, errorCode(a)])).toEqual(
      Array.from({ length: 3 }, () => [403, 'delegate_scope']),
    );
    expect(getDb().registrations.find((r) => r.id === DANA_WINTER)?.status).toBe('confirmed');
  });

  it('refuses every change during a staff preview (403 preview_read_only)', async () => {
    await signIn('morgan');
    await startPreview('lakeport');
    const answers = [
      await register('lakeport', 'winter-2027', [staff('Sam Park', 'lakeport')]),
      await edit(MARCUS_WINTER, { dietaryNeeds: 'Vegan' }),
      await cancel(MARCUS_WINTER),
    ];
    expect(answers.map((a) => [a.status, errorCode(a)])).toEqual(
      Array.from({ length: 3 }, () => [403, 'preview_read_only']),
    );
  });

  it('answers 404 for an invite-only meeting the city was not invited to, and for another city’s registration', async () => {
    await signIn('ana');
    const uninvited = await register('riverton', 'great-lakes-roundtable', [ANA]);
    expect([uninvited.status, errorCode(uninvited)]).toEqual([404, 'not_found']);
    expect((await edit(MARCUS_WINTER, { dietaryNeeds: 'Vegan' })).status).toBe(404);
    expect((await cancel(MARCUS_WINTER)).status).toBe(404);
    expect((await cancel('reg-nothing')).status).toBe(404);
  });

  it('takes a travel-support request only where the meeting offers it (422 otherwise)', async () => {
    await signIn('ana');
    const travelSupport = { estimatedCostCents: 85_000, note: 'Flight and two nights' };
    const refused = await register('riverton', 'winter-2027', [ANA, { ...JORDAN, travelSupport }]);
    expect([refused.status, errorCode(refused)]).toEqual([422, 'validation_failed']);
    expect(fieldErrorsOf(refused)).toEqual({
      'attendees.1.travelSupport': ['The Winter Meeting 2027 does not offer travel support.'],
    });
    expect(rowsAt('winter-2027', 'riverton')).toHaveLength(0);

    const rsvp = await register('riverton', 'housing-affordability-convening', [{ ...ANA, travelSupport }]);
    expect(rsvp.status).toBe(201);
    expect(rsvp.body.items[0]?.travelSupport).toEqual({
      ...travelSupport,
      status: 'requested',
      approvedCents: null,
      decisionNote: null,
      decidedAt: null,
    });
  });

  it('refuses a second mayor and an e-mail already registered or listed twice (409, every problem at once)', async () => {
    await signIn('marcus');
    // Lakeport already has the mayor, Priya Natarajan and Tom Alvarez registered.
    const answer = await register('lakeport', 'winter-2027', [
      { kind: 'mayor', name: 'Marcus Bell', email: 'marcus.bell@lakeport.example' },
      { kind: 'staff', name: 'Priya Natarajan', title: 'Deputy Mayor', email: 'Priya.Natarajan@Lakeport.example' },
      staff('Sam Park', 'lakeport'),
      staff('Sam Park', 'lakeport'),
    ]);
    expect([answer.status, errorCode(answer)]).toEqual([409, 'already_registered']);
    expect(fieldErrorsOf(answer)).toEqual({
      'attendees.0.kind': ['The mayor is already registered for this meeting.'],
      'attendees.0.email': ['marcus.bell@lakeport.example is already registered for this meeting.'],
      'attendees.1.email': ['priya.natarajan@lakeport.example is already registered for this meeting.'],
      'attendees.3.email': ['sam.park@lakeport.example is listed twice: register each person once.'],
    });
    expect(rowsAt('winter-2027', 'lakeport')).toHaveLength(3);

    await signIn('ana');
    const twoMayors = await register('riverton', 'winter-2027', [ANA, { ...ANA, email: 'mayor@riverton.example' }]);
    expect([twoMayors.status, Object.keys(fieldErrorsOf(twoMayors))]).toEqual([409, ['attendees.1.kind']]);
  });

  it('answers 422 when validation and conflicts come together, with both in the field errors', async () => {
    await signIn('marcus');
    const answer = await register('lakeport', 'winter-2027', [
      { kind: 'mayor', name: 'Marcus Bell', email: 'marcus.bell@lakeport.example' },
      { ...staff('Sam Park', 'lakeport'), travelSupport: { estimatedCostCents: 1_000, note: '' } },
    ]);
    expect(answer.status).toBe(422);
    expect(Object.keys(fieldErrorsOf(answer)).sort()).toEqual([
      'attendees.0.email',
      'attendees.0.kind',
      'attendees.1.travelSupport',
    ]);
  });

  it('lets a prospective mayor attend one Winter Meeting free: only the mayor, only once, only the Winter Meeting', async () => {
    await signIn('lee');
    const lee: Input = { kind: 'mayor', name: 'Lee Chen', email: 'lee.chen@millbrook.example' };
    const summer = await register('millbrook', 'summer-2027', [lee]);
    expect([summer.status, errorCode(summer)]).toEqual([403, 'members_only']);
    expect(messageOf(summer)).toBe(
      'Only member cities can attend the Summer Meeting and invite-only meetings. Join MIP to attend.',
    );
    const withStaff = await register('millbrook', 'winter-2027', [lee, staff('Sam Park', 'millbrook')]);
    expect([withStaff.status, errorCode(withStaff)]).toEqual([403, 'prospective_mayor_only']);

    const free = await register('millbrook', 'winter-2027', [lee]);
    expect([free.status, free.body.items[0]?.status]).toEqual([201, 'confirmed']);
    const again = await register('millbrook', 'winter-2027', [{ ...lee, email: 'mayor@millbrook.example' }]);
    expect([again.status, errorCode(again)]).toEqual([409, 'free_meeting_used']);
    expect(messageOf(again)).toMatch(
      /^Mayor Lee Chen already used the free Winter Meeting for cities that have not joined MIP yet \(the Winter Meeting 2027\)/,
    );
  });

  it('refuses a city whose membership has lapsed (403), saying dues restore it', async () => {
    const lapsed = getDb().members.find((m) => membershipOf(m).status === 'lapsed');
    const mayor = getDb().people.find((p) => p.id === lapsed?.mayorId);
    if (!lapsed || !mayor) throw new Error('the seed has no lapsed city');
    expect((await call('POST', '/session', { body: { email: mayor.email, password: 'demo' } })).status).toBe(201);
    const answer = await register(lapsed.id, 'winter-2027', [{ kind: 'mayor', name: mayor.name, email: mayor.email }]);
    expect([answer.status, errorCode(answer)]).toEqual([403, 'membership_lapsed']);
    expect(messageOf(answer)).toMatch(/Pay the overdue dues to restore member benefits/);
  });
});

describe('the dashboard’s meeting actions', () => {
  it('links each action to its record and shows where travel support stands', async () => {
    await signIn('marcus');
    const { body } = await call<Overview>('GET', '/members/lakeport/overview');
    const travel = body.actions.find((a) => a.id === 'meeting-travel-support-housing-affordability-convening');
    expect(travel).toEqual({
      id: 'meeting-travel-support-housing-affordability-convening',
      area: 'meetings',
      severity: 'info',
      title: "Travel support for the Housing Affordability Convening: waiting for MIP's decision",
      dueOn: null,
      about: { type: 'meeting', id: 'housing-affordability-convening' },
    });
    // MIP decides the mayor's request: approved, amounts of the city's approved requests added up.
    for (const r of getDb().registrations)
      if (r.travelSupport && r.memberId === 'lakeport') r.travelSupport.status = 'approved';
    const approved = (await call<Overview>('GET', '/members/lakeport/overview')).body.actions;
    expect(approved.find((a) => a.id === travel?.id)?.title).toBe(
      'Travel support for the Housing Affordability Convening: approved ($1,400.00)',
    );
    const mayors = getDb().registrations.find((r) => r.id === 'reg-housing-affordability-convening-lakeport-2');
    if (mayors?.travelSupport) mayors.travelSupport.status = 'declined';
    const declined = (await call<Overview>('GET', '/members/lakeport/overview')).body.actions;
    expect(declined.find((a) => a.id === travel?.id)).toMatchObject({
      severity: 'warning',
      title: 'Travel support for the Housing Affordability Convening: declined',
    });
  });

  it('says when registration closes in words: this week by weekday, tomorrow, today', async () => {
    useSeedDate(new Date('2027-01-01T15:00:00Z')); // a Friday
    await signIn('ana');
    const title = async (): Promise<string | undefined> =>
      (await call<Overview>('GET', '/members/riverton/overview')).body.actions.find(
        (a) => a.id === 'meeting-registration-winter-2027',
      )?.title;
    expect(await title()).toBe('Registration for the Winter Meeting 2027 closes Wednesday');
    clock.set('2027-01-05T15:00:00Z');
    await signIn('ana');
    expect(await title()).toBe('Registration for the Winter Meeting 2027 closes tomorrow');
    clock.set('2027-01-07T04:00:00Z'); // 23:00 on Jan 6 in Washington
    await signIn('ana');
    expect(await title()).toBe('Registration for the Winter Meeting 2027 closes today');
  });
});

describe('seats over the real HTTP listener, with requests arriving together', () => {
  const { send, cookieOf } = useHttpListener();

  const post = (cookie: string, key: string, attendees: Input[]): Promise<{ status: number; body: unknown }> =>
    send('/members/riverton/registrations', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie, 'Idempotency-Key': key },
      body: JSON.stringify({ meetingId: 'housing-affordability-convening', attendees }),
    });

  it('gives the last 3 seats to exactly 3 of 20 simultaneous submissions and waitlists the other 17 in order', async () => {
    const SEATS_LEFT = 3;
    const housing = getDb().meetings.find((m) => m.id === 'housing-affordability-convening');
    if (!housing) throw new Error('no housing convening');
    housing.capacity =
      getDb().registrations.filter((r) => r.meetingId === housing.id && r.status === 'confirmed').length + SEATS_LEFT;
    // Ana and Jordan (her delegate) submit from two sessions at once, ten submissions each.
    const [ana, jordan] = [await cookieOf(EMAILS.ana), await cookieOf(EMAILS.jordan)];
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        post(i % 2 === 0 ? ana : jordan, `rush-${String(i)}`, [
          { ...staff(`Guest ${String(i)}`), title: 'Council Member' },
        ]),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array.from({ length: 20 }, () => 201));
    const rows = answers.flatMap((a) => (a.body as Items).items);
    expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(SEATS_LEFT);
    expect(rows.filter((r) => r.status === 'waitlisted')).toHaveLength(20 - SEATS_LEFT);
    const ours = getDb().registrations.filter((r) => r.meetingId === housing.id && r.memberId === 'riverton');
    expect(ours).toHaveLength(20);
    const seats = getDb().registrations.filter((r) => r.meetingId === housing.id && r.status === 'confirmed');
    expect(seats).toHaveLength(housing.capacity);
    // Positions as the list answers them now: one queue, 1..17, no gaps, no repeats.
    await signIn('ana');
    const positions = (await listOf('riverton'))
      .filter((r) => r.meetingId === housing.id && r.status === 'waitlisted')
      .map((r) => r.waitlistPosition)
      .sort((a, b) => (a ?? 0) - (b ?? 0));
    expect(positions).toEqual(Array.from({ length: 20 - SEATS_LEFT }, (_, i) => i + 1));
  });

  it('creates one set of rows for a double submit with the same key', async () => {
    const cookie = await cookieOf(EMAILS.ana);
    const attendees = [ANA, JORDAN];
    const answers = await Promise.all(Array.from({ length: 4 }, () => post(cookie, 'double-click', attendees)));
    for (const a of answers) expect([201, 409]).toContain(a.status);
    const created = answers.filter((a) => a.status === 201);
    expect(created.length).toBeGreaterThan(0);
    const ids = created.map((a) => (a.body as Items).items.map((r) => r.id).join());
    expect(new Set(ids).size).toBe(1);
    for (const a of answers.filter((x) => x.status === 409)) {
      expect((a.body as ErrorAnswer).error.code).toBe('idempotency_in_flight');
    }
    expect(rowsAt('housing-affordability-convening', 'riverton')).toHaveLength(2);
  });
});
