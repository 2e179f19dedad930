// @vitest-environment node
// API-level tests need no DOM. A black-box suite: it runs on every runtime (tests/black-box).
// MIP's programs staff keeping meetings (issue 19), and what member cities see of it.
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AttendeeInput, Meeting, MeetingSummary, Registration } from '../../src/api/contracts/meetings';
import type { Outbox, OutboxEmail } from '../../src/api/contracts/staff-outbox';
import type { MeetingAttendees, MeetingInput, StaffMeeting } from '../../src/api/contracts/staff-meetings';
import {
  API,
  call,
  errorCode,
  resetApi,
  setApiClock,
  signIn,
  startPreview,
  type ApiAnswer,
  type DemoAccount,
  type ErrorAnswer,
} from './api';

beforeEach(() => resetApi());
afterEach(() => setApiClock(null));

const RIVERTON = 'riverton';
const LAKEPORT = 'lakeport';
const CEDAR_FALLS = 'cedar-falls';
const CITY_OF: Partial<Record<DemoAccount, string>> = { ana: RIVERTON, marcus: LAKEPORT, dana: CEDAR_FALLS };

/**
 * An invite-only working session in Chicago's zone. The seed date is 26 November 2026, 09:00 in
 * Chicago: registration opened the week before (CST, -06:00); the meeting is in April (CDT, -05:00).
 */
const SESSION: MeetingInput = {
  kind: 'invite_only',
  title: 'Flood Resilience Working Session',
  summary: 'River cities compare flood maps, buyout programs and what they cost.',
  timeZone: 'America/Chicago',
  startsAt: '2027-04-14T09:00',
  endsAt: '2027-04-14T16:30',
  venue: { name: 'Riverfront Conference Center', address: '200 N Water St', city: 'Davenport', state: 'IA' },
  capacity: 2,
  registrationOpensAt: '2026-11-20T08:00',
  registrationClosesAt: '2027-04-01T17:00',
  travelSupportOffered: false,
  agenda: [{ startsAt: '2027-04-14T09:00', title: 'Welcome and introductions', description: '' }],
};

let keys = 0;
const nextKey = (what: string) => `staff-meetings-${what}-${String((keys += 1))}`;

const ifMatch = (version: number | undefined): Record<string, string> =>
  version === undefined ? {} : { 'If-Match': `"${String(version)}"` };
const fieldErrors = (answer: ApiAnswer) => (answer.body as ErrorAnswer).error.fieldErrors ?? {};
const messageOf = (answer: ApiAnswer) => (answer.body as ErrorAnswer).error.message;

function create(input: unknown, key = nextKey('create')): Promise<ApiAnswer<StaffMeeting>> {
  return call<StaffMeeting>('POST', '/staff/meetings', { body: input, headers: { 'Idempotency-Key': key } });
}
const readStaff = (id: string) => call<StaffMeeting>('GET', `/staff/meetings/${id}`);
const update = (id: string, input: unknown, version?: number) =>
  call<StaffMeeting>('POST', `/staff/meetings/${id}`, { body: input, headers: ifMatch(version) });
const invite = (id: string, body: unknown, version?: number) =>
  call<StaffMeeting>('POST', `/staff/meetings/${id}/invitations`, { body, headers: ifMatch(version) });
const cancel = (id: string, body: unknown, version?: number) =>
  call<StaffMeeting>('POST', `/staff/meetings/${id}/cancel`, { body, headers: ifMatch(version) });
const attendeesOf = (id: string) => call<MeetingAttendees>('GET', `/staff/meetings/${id}/attendees`);
const staffList = (view: string) =>
  call<{ items: MeetingSummary[] }>('GET', `/staff/meetings?view=${view}&pageSize=100`);

/** The outbox's e-mails about one city, as Morgan reads them (any MIP staff may). */
async function outboxOf(memberId: string): Promise<OutboxEmail[]> {
  const answer = await call<Outbox>('GET', `/staff/outbox?city=${memberId}&pageSize=100`);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body.items;
}

/** Morgan creates the meeting (SESSION unless told), and invites the cities given. */
async function morganCreates(input: MeetingInput = SESSION, cities: string[] = []): Promise<StaffMeeting> {
  await signIn('morgan');
  const created = await create(input);
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  if (cities.length === 0) return created.body;
  const invited = await invite(created.body.id, { memberIds: cities }, created.body.version);
  expect(invited.status, JSON.stringify(invited.body)).toBe(200);
  return invited.body;
}

const person = (name: string, email: string, needs: Partial<AttendeeInput> = {}) => ({
  kind: 'staff' as const,
  name,
  title: 'Resilience Officer',
  email,
  ...needs,
});
const ANA = { kind: 'mayor' as const, name: 'Ana Ortiz', title: 'Mayor', email: 'ana.ortiz@riverton.example' };
const MARCUS = { kind: 'mayor' as const, name: 'Marcus Bell', title: 'Mayor', email: 'marcus.bell@lakeport.example' };

/** The mayor signs in and registers people of their city; the answer as it comes. */
async function registerAs(
  account: 'ana' | 'marcus' | 'dana',
  meetingId: string,
  attendees: unknown[],
): Promise<ApiAnswer<{ items: Registration[] }>> {
  await signIn(account);
  return call<{ items: Registration[] }>('POST', `/members/${CITY_OF[account] ?? ''}/registrations`, {
    body: { meetingId, attendees },
    headers: { 'Idempotency-Key': nextKey('register') },
  });
}

async function registered(account: 'ana' | 'marcus', meetingId: string, attendees: unknown[]) {
  const answer = await registerAs(account, meetingId, attendees);
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body.items;
}

/** What the member city sees (the caller is signed in as one of its people). */
const memberMeeting = (memberId: string, id: string) => call<Meeting>('GET', `/meetings/${id}?memberId=${memberId}`);
const memberList = async (memberId: string, when = 'all') =>
  (await call<{ items: MeetingSummary[] }>('GET', `/meetings?memberId=${memberId}&when=${when}&pageSize=100`)).body
    .items;
const calendarOf = (memberId: string, id: string) =>
  call<string>('GET', `/meetings/${id}/calendar.ics?memberId=${memberId}`);
const registrationsOf = async (memberId: string) =>
  (await call<{ items: Registration[] }>('GET', `/members/${memberId}/registrations`)).body.items;

describe('an invite-only meeting, from creation to a full room', () => {
  it('starts with no city invited, shows only to the cities MIP invites, and waitlists past capacity', async () => {
    const meeting = await morganCreates();
    expect(meeting).toMatchObject({
      kind: 'invite_only',
      status: 'scheduled',
      title: SESSION.title,
      timeZone: 'America/Chicago',
      // Wall times in the zone, with the zone's offset on that day (daylight saving in April).
      startsAt: '2027-04-14T09:00:00-05:00',
      endsAt: '2027-04-14T16:30:00-05:00',
      registrationOpensAt: '2026-11-20T08:00:00-06:00',
      registrationClosesAt: '2027-04-01T17:00:00-05:00',
      agenda: [{ startsAt: '2027-04-14T09:00:00-05:00', title: 'Welcome and introductions', description: '' }],
      capacity: 2,
      seatsTaken: 0,
      waitlistLength: 0,
      invitedCities: [],
      canceledAt: null,
      sequence: 0,
      version: 0,
    });
    expect((await readStaff(meeting.id)).body).toEqual(meeting);
    expect((await staffList('upcoming')).body.items.map((m) => m.id)).toContain(meeting.id);

    // Not invited: it does not exist for Riverton.
    await signIn('ana');
    expect((await memberMeeting(RIVERTON, meeting.id)).status).toBe(404);
    expect((await memberList(RIVERTON)).map((m) => m.id)).not.toContain(meeting.id);
    expect((await calendarOf(RIVERTON, meeting.id)).status).toBe(404);
    const early = await registerAs('ana', meeting.id, [ANA]);
    expect([early.status, errorCode(early)]).toEqual([404, 'not_found']);

    await signIn('morgan');
    const invited = await invite(meeting.id, { memberIds: [RIVERTON, LAKEPORT] }, meeting.version);
    expect(invited.status, JSON.stringify(invited.body)).toBe(200);
    expect(invited.body.invitedCities).toEqual([
      { memberId: LAKEPORT, city: 'Lakeport', state: expect.any(String) as string, liveRegistrations: 0 },
      { memberId: RIVERTON, city: 'Riverton', state: 'WI', liveRegistrations: 0 },
    ]);
    expect(invited.body.version).toBe(meeting.version + 1);

    await signIn('ana');
    expect((await memberMeeting(RIVERTON, meeting.id)).body).toMatchObject({ id: meeting.id, status: 'scheduled' });
    expect((await memberList(RIVERTON, 'upcoming')).map((m) => m.id)).toContain(meeting.id);
    const [ana] = await registered('ana', meeting.id, [ANA]);
    expect(ana).toMatchObject({ status: 'confirmed', waitlistPosition: null });

    await signIn('marcus');
    expect((await memberMeeting(LAKEPORT, meeting.id)).status).toBe(200);
    const [marcus] = await registered('marcus', meeting.id, [MARCUS]);
    expect(marcus).toMatchObject({ status: 'confirmed' });

    // A member city MIP did not invite still gets nothing.
    await signIn('dana');
    expect((await memberMeeting(CEDAR_FALLS, meeting.id)).status).toBe(404);
    expect((await memberList(CEDAR_FALLS)).map((m) => m.id)).not.toContain(meeting.id);
    const uninvited = await registerAs('dana', meeting.id, [
      { kind: 'mayor', name: 'Dana Whitfield', title: 'Mayor', email: 'dana.whitfield@cedarfalls.example' },
    ]);
    expect(uninvited.status).toBe(404);

    // The room is full: Riverton's second person waits.
    const [third] = await registered('ana', meeting.id, [person('Priya Shah', 'priya.shah@riverton.example')]);
    expect(third).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });

    await signIn('morgan');
    expect((await readStaff(meeting.id)).body).toMatchObject({
      seatsTaken: 2,
      waitlistLength: 1,
      invitedCities: [
        { memberId: LAKEPORT, liveRegistrations: 1 },
        { memberId: RIVERTON, liveRegistrations: 2 },
      ],
    });
  });

  it('creates a meeting once for one Idempotency-Key', async () => {
    await signIn('morgan');
    const key = nextKey('once');
    const first = await create(SESSION, key);
    const again = await create(SESSION, key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    const mine = (await staffList('upcoming')).body.items.filter((m) => m.title === SESSION.title);
    expect(mine).toHaveLength(1);
  });
});

describe('changing capacity', () => {
  /** Riverton and Lakeport invited; Ana and Marcus seated; Priya (Riverton) first on the waitlist. */
  async function fullRoom() {
    const meeting = await morganCreates(SESSION, [RIVERTON, LAKEPORT]);
    await registered('ana', meeting.id, [ANA]);
    await registered('marcus', meeting.id, [MARCUS]);
    const [priya] = await registered('ana', meeting.id, [person('Priya Shah', 'priya.shah@riverton.example')]);
    expect(priya?.status).toBe('waitlisted');
    await signIn('morgan');
    return { meeting: (await readStaff(meeting.id)).body, priya: priya as Registration };
  }

  it('seats the waitlist in the same call when MIP adds a seat, and tells the city', async () => {
    const { meeting, priya } = await fullRoom();
    const before = await outboxOf(RIVERTON);

    const raised = await update(meeting.id, { ...SESSION, capacity: 3 }, meeting.version);
    expect(raised.status, JSON.stringify(raised.body)).toBe(200);
    expect(raised.body).toMatchObject({
      id: meeting.id,
      capacity: 3,
      seatsTaken: 3,
      waitlistLength: 0,
      version: meeting.version + 1,
      // Only the number of seats changed: calendars that imported it need no update.
      sequence: 0,
    });
    expect(raised.body.invitedCities?.map((c) => c.memberId)).toEqual([LAKEPORT, RIVERTON]);
    const attendees = (await attendeesOf(meeting.id)).body;
    expect([attendees.confirmed, attendees.waitlisted]).toEqual([3, 0]);

    const news = (await outboxOf(RIVERTON)).filter((e) => !before.some((b) => b.id === e.id));
    expect(news.length).toBeGreaterThan(0);
    for (const email of news) {
      expect(email).toMatchObject({
        memberId: RIVERTON,
        city: 'Riverton',
        recordKind: 'meeting',
        recordId: meeting.id,
        subject: `You have a seat at the ${SESSION.title}`,
        sentAt: null,
      });
      expect(email.body).toContain('Priya Shah');
    }
    expect(news.map((e) => e.to.personId)).toContain('ana-ortiz');
    // Lakeport had nobody waiting: no e-mail for it.
    expect((await outboxOf(LAKEPORT)).filter((e) => e.recordId === meeting.id)).toEqual([]);

    await signIn('ana');
    expect((await registrationsOf(RIVERTON)).find((r) => r.id === priya.id)).toMatchObject({
      status: 'confirmed',
      waitlistPosition: null,
    });
  });

  it('refuses fewer seats than people hold (422 at capacity), and a stale page (412)', async () => {
    const { meeting } = await fullRoom();
    const lowered = await update(meeting.id, { ...SESSION, capacity: 1 }, meeting.version);
    expect([lowered.status, errorCode(lowered)]).toEqual([422, 'capacity_below_registered']);
    expect(fieldErrors(lowered).capacity?.[0]).toMatch(/2 people hold a seat: keep at least 2 seats/);
    expect((await readStaff(meeting.id)).body).toMatchObject({ capacity: 2, version: meeting.version });

    const raised = await update(meeting.id, { ...SESSION, capacity: 3 }, meeting.version);
    expect(raised.status).toBe(200);
    // A second tab still holds the version read before: its change is refused, not applied.
    const stale = await update(meeting.id, { ...SESSION, capacity: 10, title: 'Renamed' }, meeting.version);
    expect([stale.status, errorCode(stale)]).toEqual([412, 'changed_meanwhile']);
    expect(messageOf(stale)).toMatch(/changed this meeting since you opened it/);
    expect((await readStaff(meeting.id)).body).toMatchObject({ capacity: 3, title: SESSION.title });
    // No limit: everyone is seated.
    const unlimited = await update(meeting.id, { ...SESSION, capacity: null }, raised.body.version);
    expect(unlimited.body).toMatchObject({ capacity: null, seatsTaken: 3 });
  });
});

describe('what a meeting form may say', () => {
  const cases: [string, Partial<MeetingInput>, string][] = [
    ['ends before it starts', { endsAt: '2027-04-14T08:00', agenda: [] }, 'endsAt'],
    ['ends as it starts', { endsAt: '2027-04-14T09:00' }, 'endsAt'],
    ['registration closes after the start', { registrationClosesAt: '2027-04-14T09:30' }, 'registrationClosesAt'],
    [
      'registration opens after it closes',
      { registrationOpensAt: '2027-04-02T08:00', registrationClosesAt: '2027-04-01T17:00' },
      'registrationOpensAt',
    ],
    ['a time zone not in the list', { timeZone: 'Europe/Paris' as MeetingInput['timeZone'] }, 'timeZone'],
    ['a time that is no time', { startsAt: 'next Tuesday' }, 'startsAt'],
    ['no seats', { capacity: 0 }, 'capacity'],
  ];

  // One test, not one each: nothing is written, so the cases need no fresh seed between them.
  it('refuses a meeting that breaks a rule, at the field to change (422), and creates nothing', async () => {
    await signIn('morgan');
    const before = (await staffList('upcoming')).body.items.length;
    for (const [what, change, field] of cases) {
      const answer = await create({ ...SESSION, ...change });
      expect([answer.status, errorCode(answer)], what).toEqual([422, 'validation_failed']);
      expect(Object.keys(fieldErrors(answer)), what).toEqual([field]);
      expect(fieldErrors(answer)[field]?.[0], what).toEqual(expect.any(String));
    }
    expect((await staffList('upcoming')).body.items).toHaveLength(before);
  });

  it('names the meeting and the agenda both when the end comes before the agenda', async () => {
    await signIn('morgan');
    const answer = await create({ ...SESSION, endsAt: '2027-04-14T08:00' });
    expect(fieldErrors(answer)).toEqual({
      endsAt: ['The meeting has to end after it starts'],
      agenda: ["Put every agenda item within the meeting's dates"],
    });
  });

  it('says the same when a change would break the rules', async () => {
    const meeting = await morganCreates();
    const answer = await update(meeting.id, { ...SESSION, endsAt: '2027-04-13T16:00' }, meeting.version);
    expect(answer.status).toBe(422);
    expect(fieldErrors(answer).endsAt).toEqual(['The meeting has to end after it starts']);
    expect((await readStaff(meeting.id)).body.version).toBe(meeting.version);
  });
});

describe('invitations', () => {
  it('asks before withdrawing a city with registrations, then cancels them and tells the city', async () => {
    const meeting = await morganCreates(SESSION, [RIVERTON, LAKEPORT]);
    await registered('ana', meeting.id, [ANA]);
    const [marcus] = await registered('marcus', meeting.id, [MARCUS]);
    const [priya] = await registered('ana', meeting.id, [person('Priya Shah', 'priya.shah@riverton.example')]);
    expect(priya?.status).toBe('waitlisted');

    await signIn('morgan');
    const version = (await readStaff(meeting.id)).body.version;
    const asked = await invite(meeting.id, { memberIds: [RIVERTON] }, version);
    expect([asked.status, errorCode(asked)]).toEqual([409, 'invited_city_has_registrations']);
    expect(messageOf(asked)).toContain('Lakeport');
    expect(messageOf(asked)).not.toContain('Riverton');
    expect((await readStaff(meeting.id)).body).toMatchObject({ version, seatsTaken: 2 });

    const withdrawn = await invite(meeting.id, { memberIds: [RIVERTON], confirmCancelingRegistrations: true }, version);
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);
    expect(withdrawn.body.invitedCities).toEqual([
      { memberId: RIVERTON, city: 'Riverton', state: 'WI', liveRegistrations: 2 },
    ]);
    // Marcus's seat went to the first on the waitlist.
    expect(withdrawn.body).toMatchObject({ seatsTaken: 2, waitlistLength: 0 });

    const toLakeport = (await outboxOf(LAKEPORT)).filter((e) => e.recordId === meeting.id);
    expect(toLakeport.length).toBeGreaterThan(0);
    expect(toLakeport[0]).toMatchObject({
      recordKind: 'meeting',
      subject: `Your registration for the ${SESSION.title} was canceled`,
    });
    expect(toLakeport[0]?.body).toContain('Marcus Bell');
    expect(toLakeport.map((e) => e.to.personId)).toContain('marcus-bell');
    const toRiverton = (await outboxOf(RIVERTON)).filter((e) => e.recordId === meeting.id);
    expect(toRiverton.map((e) => e.subject)).toContain(`You have a seat at the ${SESSION.title}`);

    await signIn('marcus');
    expect((await memberMeeting(LAKEPORT, meeting.id)).status).toBe(404);
    expect((await memberList(LAKEPORT)).map((m) => m.id)).not.toContain(meeting.id);
    expect((await registrationsOf(LAKEPORT)).find((r) => r.id === marcus?.id)?.status).toBe('cancelled');
  });

  it('invites member cities only, each once', async () => {
    const meeting = await morganCreates();
    const unknown = await invite(meeting.id, { memberIds: [RIVERTON, 'atlantis'] }, meeting.version);
    expect([unknown.status, errorCode(unknown)]).toEqual([422, 'validation_failed']);
    expect(fieldErrors(unknown).memberIds?.[0]).toContain('atlantis');
    const twice = await invite(meeting.id, { memberIds: [RIVERTON, RIVERTON] }, meeting.version);
    expect(twice.status).toBe(422);
  });
});

describe('the calendar file', () => {
  it('keeps its UID and raises SEQUENCE when the time changes, not when only the seats do', async () => {
    const meeting = await morganCreates(SESSION, [RIVERTON]);
    await signIn('ana');
    const first = await calendarOf(RIVERTON, meeting.id);
    expect(first.status).toBe(200);
    expect(first.headers.get('Content-Type')).toMatch(/^text\/calendar/);
    expect(first.body).toContain(`\r\nUID:${meeting.id}@mayorsinnovation.example\r\n`);
    expect(first.body).toContain('\r\nSEQUENCE:0\r\n');
    expect(first.body).toContain('\r\nSTATUS:CONFIRMED\r\n');
    expect(first.body).toContain('\r\nDTSTART:20270414T140000Z\r\n');

    await signIn('morgan');
    const version = (await readStaff(meeting.id)).body.version;
    const later = {
      ...SESSION,
      startsAt: '2027-04-14T10:00',
      agenda: [{ ...SESSION.agenda?.[0], startsAt: '2027-04-14T10:00' }],
    };
    const moved = await update(meeting.id, later, version);
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body).toMatchObject({
      id: meeting.id,
      startsAt: '2027-04-14T10:00:00-05:00',
      sequence: 1,
      version: version + 1,
    });

    const seats = await update(meeting.id, { ...later, capacity: 40 }, moved.body.version);
    expect(seats.body).toMatchObject({ capacity: 40, sequence: 1, version: version + 2 });

    await signIn('ana');
    const second = await calendarOf(RIVERTON, meeting.id);
    expect(second.body).toContain(`\r\nUID:${meeting.id}@mayorsinnovation.example\r\n`);
    expect(second.body).toContain('\r\nSEQUENCE:1\r\n');
    expect(second.body).toContain('\r\nDTSTART:20270414T150000Z\r\n');
  });
});

describe('canceling a meeting', () => {
  it('tells each registered city, shows it canceled, takes no registrations and answers a retry alike', async () => {
    const meeting = await morganCreates(SESSION, [RIVERTON, LAKEPORT, CEDAR_FALLS]);
    await registered('ana', meeting.id, [ANA]);
    await registered('marcus', meeting.id, [MARCUS]);

    await signIn('morgan');
    const version = (await readStaff(meeting.id)).body.version;
    const message = 'The venue flooded. We will write with a new date.';
    const canceled = await cancel(meeting.id, { message }, version);
    expect(canceled.status, JSON.stringify(canceled.body)).toBe(200);
    expect(canceled.body).toMatchObject({
      id: meeting.id,
      status: 'canceled',
      // Now, written in the meeting's zone: 09:00 in Chicago on the seed date.
      canceledAt: '2026-11-26T09:00:00-06:00',
      sequence: 1,
      version: version + 1,
    });

    for (const [city, personId] of [
      [RIVERTON, 'ana-ortiz'],
      [LAKEPORT, 'marcus-bell'],
    ] as const) {
      const emails = (await outboxOf(city)).filter((e) => e.recordId === meeting.id);
      expect(emails.map((e) => e.subject)).toContain(`MIP canceled the ${SESSION.title}`);
      expect(emails.map((e) => e.to.personId)).toContain(personId);
      expect(emails.find((e) => e.subject.startsWith('MIP canceled'))?.body).toContain(message);
    }
    // Invited, but nobody registered: nothing to tell.
    expect((await outboxOf(CEDAR_FALLS)).filter((e) => e.recordId === meeting.id)).toEqual([]);

    // A retry of the same request (its answer was lost) answers the canceled meeting again.
    const retried = await cancel(meeting.id, { message }, version);
    expect(retried.status, JSON.stringify(retried.body)).toBe(200);
    expect(retried.body).toEqual(canceled.body);
    const again = await cancel(meeting.id, {}, canceled.body.version);
    expect(again.body).toEqual(canceled.body);

    const changed = await update(meeting.id, { ...SESSION, capacity: 5 }, canceled.body.version);
    expect([changed.status, errorCode(changed)]).toEqual([409, 'meeting_canceled']);

    expect((await staffList('canceled')).body.items.map((m) => m.id)).toContain(meeting.id);
    expect((await staffList('upcoming')).body.items.map((m) => m.id)).not.toContain(meeting.id);
    expect((await staffList('past')).body.items.map((m) => m.id)).not.toContain(meeting.id);

    await signIn('ana');
    expect((await memberMeeting(RIVERTON, meeting.id)).body).toMatchObject({ status: 'canceled' });
    expect((await memberList(RIVERTON)).find((m) => m.id === meeting.id)).toMatchObject({ status: 'canceled' });
    const late = await registerAs('ana', meeting.id, [person('Priya Shah', 'priya.shah@riverton.example')]);
    expect([late.status, errorCode(late)]).toEqual([409, 'meeting_canceled']);
    const ics = await calendarOf(RIVERTON, meeting.id);
    expect(ics.body).toContain('\r\nSTATUS:CANCELLED\r\n');
    expect(ics.body).toContain('\r\nSEQUENCE:1\r\n');
    expect(ics.body).toContain(`\r\nUID:${meeting.id}@mayorsinnovation.example\r\n`);
  });

  it('sends one e-mail per city however often the cancel is retried', async () => {
    const meeting = await morganCreates(SESSION, [RIVERTON]);
    await registered('ana', meeting.id, [ANA]);
    await signIn('morgan');
    const version = (await readStaff(meeting.id)).body.version;
    await cancel(meeting.id, {}, version);
    await cancel(meeting.id, {}, version);
    await cancel(meeting.id, {});
    const emails = (await outboxOf(RIVERTON)).filter(
      (e) => e.recordId === meeting.id && e.subject.startsWith('MIP canceled'),
    );
    expect(new Set(emails.map((e) => e.to.personId)).size).toBe(emails.length);
  });

  it('refuses to cancel a meeting that has started', async () => {
    const meeting = await morganCreates(SESSION, [RIVERTON]);
    await setApiClock(new Date('2027-04-14T14:30:00Z'));
    await signIn('morgan');
    const started = await cancel(meeting.id, {}, meeting.version);
    expect([started.status, errorCode(started)]).toEqual([409, 'meeting_started']);
  });
});

describe('who is coming', () => {
  const JOSE = person('José Núñez', 'jose.nunez@riverton.example', { dietaryNeeds: '=HYPERLINK("x")' });
  const BOB = person('+Bob', 'bob@riverton.example', { accessibilityNeeds: 'Step-free access, please' });
  const RENEE = person('Renée "Ree" Dubois, Jr.', 'renee.dubois@riverton.example', {
    arrival: 'Tuesday evening,\nflight UA 412',
  });

  async function roomWithWaitlist() {
    const meeting = await morganCreates(SESSION, [RIVERTON, LAKEPORT]);
    const riverton = await registered('ana', meeting.id, [JOSE, BOB, RENEE]);
    expect(riverton.map((r) => r.status)).toEqual(['confirmed', 'confirmed', 'waitlisted']);
    await registered('marcus', meeting.id, [MARCUS]);
    await signIn('morgan');
    return meeting;
  }

  it('lists the confirmed, then the waitlist in the order it will be seated', async () => {
    const meeting = await roomWithWaitlist();
    const answer = await attendeesOf(meeting.id);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect([answer.body.confirmed, answer.body.waitlisted]).toEqual([2, 2]);
    expect(answer.body.items.map((a) => [a.status, a.waitlistPosition])).toEqual([
      ['confirmed', null],
      ['confirmed', null],
      ['waitlisted', 1],
      ['waitlisted', 2],
    ]);
    expect(new Set(answer.body.items.slice(0, 2).map((a) => a.attendee.name))).toEqual(new Set(['José Núñez', '+Bob']));
    expect(answer.body.items.slice(2).map((a) => [a.city, a.attendee.name])).toEqual([
      ['Riverton', 'Renée "Ree" Dubois, Jr.'],
      ['Lakeport', 'Marcus Bell'],
    ]);
    expect(answer.body.items.find((a) => a.attendee.name === 'José Núñez')).toMatchObject({
      memberId: RIVERTON,
      city: 'Riverton',
      state: 'WI',
      attendee: { dietaryNeeds: '=HYPERLINK("x")', email: 'jose.nunez@riverton.example' },
      travelSupport: null,
    });
  });

  it('downloads them as a CSV a spreadsheet opens safely', async () => {
    const meeting = await roomWithWaitlist();
    // Raw bytes: Response.text() would drop the byte-order mark this checks for.
    const response = await fetch(`${API}/staff/meetings/${meeting.id}/attendees.csv`, {
      headers: { Accept: 'text/csv' },
      credentials: 'include',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/csv/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true }).decode(bytes);
    expect(text.startsWith('\uFEFF')).toBe(true);

    const rows = parse<Record<string, string>>(text, { bom: true, columns: true, skip_empty_lines: true });
    expect(rows).toHaveLength(4);
    const listed = (await attendeesOf(meeting.id)).body.items;
    // Every cell as the API lists it, but a cell a spreadsheet would run starts with an apostrophe.
    const safe = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
    expect(rows.map((r) => r.Name)).toEqual(listed.map((a) => safe(a.attendee.name)));
    expect(rows.map((r) => r.Name)).toEqual(expect.arrayContaining(['José Núñez', "'+Bob", 'Renée "Ree" Dubois, Jr.']));
    expect(rows.map((r) => r['E-mail'])).toEqual(listed.map((a) => a.attendee.email));
    const jose = rows.find((r) => r.Name === 'José Núñez');
    expect(jose).toMatchObject({ City: 'Riverton', State: 'WI', Status: 'Confirmed' });
    expect(jose?.['Dietary needs']).toBe(`'=HYPERLINK("x")`);
    expect(rows.find((r) => r.Name === "'+Bob")?.['Accessibility needs']).toBe('Step-free access, please');
    expect(rows.find((r) => r.Name?.startsWith('Renée'))).toMatchObject({
      Status: 'Waitlisted',
      'Waitlist position': '1',
      Arrival: 'Tuesday evening,\nflight UA 412',
    });
    expect(rows.map((r) => r['Waitlist position'])).toEqual(['', '', '1', '2']);
    // No cell anywhere starts a formula.
    for (const row of rows) {
      for (const value of Object.values(row)) expect(value).not.toMatch(/^[=+\-@]/);
    }
  });
});

describe('who may keep meetings', () => {
  it("refuses MIP's finance staff (403 outside_staff_area) and members (403 staff_only)", async () => {
    const meeting = await morganCreates(SESSION, [RIVERTON]);
    const attempts = (id: string) => [
      () => staffList('upcoming'),
      () => readStaff(id),
      () => create(SESSION),
      () => update(id, SESSION),
      () => invite(id, { memberIds: [] }),
      () => cancel(id, {}),
      () => attendeesOf(id),
      () => call('GET', `/staff/meetings/${id}/attendees.csv`),
    ];
    for (const [account, code] of [
      ['theo', 'outside_staff_area'],
      ['ana', 'staff_only'],
    ] as const) {
      await signIn(account);
      for (const attempt of attempts(meeting.id)) {
        const answer = await attempt();
        expect([answer.status, errorCode(answer)], `${account}: ${JSON.stringify(answer.body)}`).toEqual([403, code]);
      }
    }
    await signIn('morgan');
    expect((await readStaff(meeting.id)).body).toMatchObject({ status: 'scheduled', version: meeting.version });

    // Morgan previewing a member reads, but changes nothing.
    expect((await startPreview(RIVERTON)).status).toBe(201);
    expect((await readStaff(meeting.id)).status).toBe(200);
    expect(errorCode(await cancel(meeting.id, {}, meeting.version))).toBe('preview_read_only');
    expect(errorCode(await create(SESSION))).toBe('preview_read_only');
  });
});
