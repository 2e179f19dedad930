// @vitest-environment node
// API-level tests need no DOM; session.test.ts runs in jsdom, where the UI tests meet this mock.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Meeting, MeetingSummary } from '../../src/api/contracts/meetings';
import { clock } from '../clock';
import { call, signIn, useSeedDate } from './api';

beforeEach(() => {
  useSeedDate();
});
afterEach(() => {
  clock.set(null);
});

interface MeetingPage {
  items: MeetingSummary[];
  total: number;
  page: number;
}

const list = (query: string): Promise<{ status: number; body: MeetingPage }> =>
  call<MeetingPage>('GET', `/meetings?${query}`);

describe('meetings', () => {
  it('lists upcoming meetings soonest first and past ones latest first', async () => {
    await signIn('ana');
    const upcoming = await list('memberId=riverton&when=upcoming&pageSize=100');
    const starts = upcoming.body.items.map((m) => m.startsAt);
    expect(starts.every((s) => Date.parse(s) >= clock.now().getTime())).toBe(true);
    expect([...starts].sort((a, b) => Date.parse(a) - Date.parse(b))).toEqual(starts);
    const past = await list('memberId=riverton&when=past&pageSize=5');
    expect(past.body.items[0]?.id).toBe('summer-2026');
    expect(past.body.total).toBeGreaterThan(15);
  });

  it('shows invite-only meetings only to invited cities', async () => {
    await signIn('ana');
    const riverton = await list('memberId=riverton&kind=invite_only&pageSize=100');
    const ids = riverton.body.items.map((m) => m.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'housing-affordability-convening',
        'first-term-retreat',
        'digital-equity-working-session',
      ]),
    );
    expect(ids).not.toContain('great-lakes-roundtable');
    expect((await call('GET', '/meetings/great-lakes-roundtable?memberId=riverton')).status).toBe(404);
    await signIn('marcus');
    expect((await call('GET', '/meetings/great-lakes-roundtable?memberId=lakeport')).status).toBe(200);
  });

  it('filters by kind and year and paginates', async () => {
    await signIn('marcus');
    const winters = await list('memberId=lakeport&kind=winter&pageSize=3&page=2');
    expect(winters.body.items.every((m) => m.kind === 'winter')).toBe(true);
    expect(winters.body.items).toHaveLength(3);
    expect(winters.body.total).toBe(9);
    const year = await list('memberId=lakeport&year=2024');
    expect(year.body.items.map((m) => m.id).sort()).toEqual(['summer-2024', 'winter-2024']);
    expect((await list('memberId=lakeport&pageSize=500')).status).toBe(400);
  });

  it('counts confirmed seats: the small working session is full', async () => {
    await signIn('ana');
    const { body } = await call<Meeting>('GET', '/meetings/digital-equity-working-session?memberId=riverton');
    expect(body.capacity).toBe(12);
    expect(body.seatsTaken).toBe(12);
    // Two cities wait for a seat: someone RSVPing now is told they would be third in line.
    expect(body.waitlistLength).toBe(2);
    expect(body.travelSupportOffered).toBe(false);
  });

  it('gives each meeting an agenda in its own time zone and a briefing book once it is past', async () => {
    await signIn('ana');
    const { body } = await call<Meeting>('GET', '/meetings/summer-2025?memberId=riverton');
    expect(body.timeZone).toBe('America/Los_Angeles');
    expect(body.agenda.length).toBeGreaterThan(5);
    expect(body.agenda[0]?.startsAt).toMatch(/-07:00$/);
    expect(body.briefingBookId).toBe('bb-summer-2025');
    const next = await call<Meeting>('GET', '/meetings/winter-2027?memberId=riverton');
    expect(next.body).toMatchObject({ briefingBookId: null, registrationClosesAt: '2027-01-06T23:59:00-05:00' });
  });

  it('puts a closing registration on the dashboard within 30 days', async () => {
    useSeedDate(new Date('2026-12-10T15:00:00Z'));
    await signIn('ana');
    const { body } = await call<{ actions: { title: string }[] }>('GET', '/members/riverton/overview');
    expect(body.actions.map((a) => a.title)).toContain('Registration for the Winter Meeting 2027 closes Jan 6, 2027');
  });
});
