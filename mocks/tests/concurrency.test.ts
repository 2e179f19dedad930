// @vitest-environment node
// API-level tests need no DOM. A black-box suite: it runs on every runtime (tests/black-box).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Meeting, Registration } from '../../src/api/contracts/meetings';
import type { MemoAllowance, MemoRequest } from '../../src/api/contracts/memos';
import { call, errorCode, resetApi, setApiClock, signIn, type ApiAnswer, MEMO_REQUEST } from './api';

/**
 * Check-then-consume under load (quality.md, "Nothing lost"): N requests sent at once, N ∈ {2, 5,
 * 20}, may never take more than there is: memos beyond the year's allowance, seats beyond a
 * meeting's capacity, or two records for one Idempotency-Key. On PostgreSQL the requests run on a
 * pool of 10 connections, so they really overlap; the rules hold a row lock or a unique key.
 */

beforeEach(() => resetApi());
afterEach(() => setApiClock(null));

const SIZES = [2, 5, 20] as const;
const RIVERTON = 'riverton';
/** Invite-only, 12 seats, Riverton invited, registration open on the seed date. */
const SMALL_MEETING = 'digital-equity-working-session';

const allowanceOf = async (memberId: string) =>
  (await call<MemoAllowance>('GET', `/members/${memberId}/memo-allowance`)).body;
const memoRequestsOf = async (memberId: string) =>
  (await call<{ items: MemoRequest[] }>('GET', `/members/${memberId}/memo-requests?pageSize=100`)).body.items;

function requestMemo(key: string, title = MEMO_REQUEST.title): Promise<ApiAnswer> {
  return call('POST', `/members/${RIVERTON}/memo-requests`, {
    body: { ...MEMO_REQUEST, title },
    headers: { 'Idempotency-Key': key },
  });
}

function register(key: string, n: number): Promise<ApiAnswer<{ items: Registration[] }>> {
  return call('POST', `/members/${RIVERTON}/registrations`, {
    body: {
      meetingId: SMALL_MEETING,
      attendees: [
        {
          kind: 'council',
          name: `Council Member ${String(n)}`,
          title: 'Council Member',
          email: `council.${String(n)}@riverton.example`,
        },
      ],
    },
    headers: { 'Idempotency-Key': key },
  });
}

const all = <T>(n: number, send: (i: number) => Promise<T>) =>
  Promise.all(Array.from({ length: n }, (_, i) => send(i)));

describe.each(SIZES)('%i requests at once', (n) => {
  it("never grant more memos than the year's allowance", async () => {
    await signIn('ana');
    const before = await allowanceOf(RIVERTON);
    const answers = await all(n, (i) =>
      requestMemo(`memo-${String(n)}-${String(i)}`, `${MEMO_REQUEST.title} ${String(i)}`),
    );
    const granted = answers.filter((a) => a.status === 201).length;
    expect(granted).toBe(Math.min(n, before.remaining));
    for (const refused of answers.filter((a) => a.status !== 201)) {
      expect([refused.status, errorCode(refused)]).toEqual([409, 'allowance_exhausted']);
    }
    const after = await allowanceOf(RIVERTON);
    expect(after.used).toBe(before.used + granted);
    expect(after.used).toBeLessThanOrEqual(after.allowed);
  });

  it("never confirm more seats than the meeting's capacity", async () => {
    await signIn('ana');
    const meeting = (await call<Meeting>('GET', `/meetings/${SMALL_MEETING}?memberId=${RIVERTON}`)).body;
    expect(meeting.capacity).not.toBeNull();
    const answers = await all(n, (i) => register(`seat-${String(n)}-${String(i)}`, i));
    for (const answer of answers) expect(answer.status).toBe(201);
    const made = answers.flatMap((a) => a.body.items);
    expect(made).toHaveLength(n);
    // Newcomers queue behind anyone already waiting, as the seats rule says.
    const seatsLeft = meeting.waitlistLength > 0 ? 0 : (meeting.capacity ?? 0) - meeting.seatsTaken;
    expect(made.filter((r) => r.status === 'confirmed')).toHaveLength(Math.min(n, seatsLeft));
    expect(made.filter((r) => r.status === 'waitlisted')).toHaveLength(Math.max(0, n - seatsLeft));
    const now = (await call<Meeting>('GET', `/meetings/${SMALL_MEETING}?memberId=${RIVERTON}`)).body;
    expect(now.seatsTaken).toBe(meeting.seatsTaken + Math.min(n, seatsLeft));
    expect(now.seatsTaken).toBeLessThanOrEqual(now.capacity ?? 0);
    expect(now.waitlistLength).toBe(meeting.waitlistLength + Math.max(0, n - seatsLeft));
  });

  it('make one record for one Idempotency-Key, whoever answers first', async () => {
    await signIn('ana');
    const before = await memoRequestsOf(RIVERTON);
    const answers = await all(n, () => requestMemo(`same-key-${String(n)}`));
    const created = answers.filter((a) => a.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    // A retry that arrives while the first is still running is told so; it never makes a second.
    for (const other of answers.filter((a) => a.status !== 201)) {
      expect([other.status, errorCode(other)]).toEqual([409, 'idempotency_in_flight']);
    }
    const ids = new Set(created.map((a) => (a.body as MemoRequest).id));
    expect(ids.size).toBe(1);
    expect(await memoRequestsOf(RIVERTON)).toHaveLength(before.length + 1);
  });
});
