// @vitest-environment node
// API-level tests need no DOM; session.test.ts runs in jsdom, where the UI tests meet this mock.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DirectoryEntry, DirectoryListing } from '../../src/api/contracts/network';
import type { PersonTracks, Track, TrackDetail } from '../../src/api/contracts/tracks';
import { clock } from '../clock';
import { getDb } from '../db/db';
import { call, errorCode, signIn, startPreview, useSeedDate, type ErrorAnswer } from './api';

beforeEach(() => {
  useSeedDate();
});
afterEach(() => {
  clock.set(null);
});

const tracksOf = (personId: string) => call<PersonTracks>('GET', `/people/${personId}/tracks`);
const join = (personId: string, trackId: string) => call<PersonTracks>('PUT', `/people/${personId}/tracks/${trackId}`);
const leave = (personId: string, trackId: string) =>
  call<PersonTracks>('DELETE', `/people/${personId}/tracks/${trackId}`);

const trackIds = (answer: { body: PersonTracks }): string[] => answer.body.memberships.map((m) => m.trackId).sort();
const eligibilityOf = (answer: { body: PersonTracks }, trackId: string) =>
  answer.body.eligibility.find((e) => e.trackId === trackId);
const messageOf = (answer: { body: unknown }): string | undefined => (answer.body as ErrorAnswer).error.message;
const rowsOf = (personId: string, trackId: string) =>
  getDb().trackMemberships.filter((m) => m.personId === personId && m.trackId === trackId);
const person = (id: string) => getDb().people.find((p) => p.id === id);

describe('the tracks', () => {
  it('are listed without their page details', async () => {
    await signIn('marcus');
    const answer = await call<{ items: Track[] }>('GET', '/tracks');
    expect(answer.status).toBe(200);
    expect(answer.body.items.map((t) => t.id)).toEqual(['womens-network', 'first-term']);
    expect(answer.body.items[0]).not.toHaveProperty('offers');
  });

  it('each have a page: who it is for, 3–5 offers, what joining means, resources on https sites', async () => {
    await signIn('marcus');
    for (const id of ['womens-network', 'first-term']) {
      const answer = await call<TrackDetail>('GET', `/tracks/${id}`);
      expect(answer.status).toBe(200);
      const track = answer.body;
      expect(track.id).toBe(id);
      expect(track.whoFor.length).toBeGreaterThan(20);
      expect(track.offers.length).toBeGreaterThanOrEqual(3);
      expect(track.offers.length).toBeLessThanOrEqual(5);
      expect(track.resources.length).toBeGreaterThanOrEqual(2);
      for (const r of track.resources) expect(r.url).toMatch(/^https:\/\/[a-z0-9.-]+\.(org|edu|gov)\/?$/);
    }
    const wmn = (await call<TrackDetail>('GET', '/tracks/womens-network')).body;
    expect(wmn.identity).toBe(true);
    expect(wmn.joiningMeans).toMatch(/your own choice/);
    expect(wmn.joiningMeans).toMatch(/never shown in the member directory, to other members or to your staff/);
    expect(wmn.joiningMeans).toMatch(/leaving removes/);
    const firstTerm = (await call<TrackDetail>('GET', '/tracks/first-term')).body;
    expect(firstTerm.whoFor).toMatch(/first four years of their first term/);
    expect(firstTerm.whoFor).toMatch(/Staff acting for a mayor can sign them up/);
  });

  it('answer 404 for a track that does not exist', async () => {
    await signIn('ana');
    const answer = await call('GET', '/tracks/chess-club');
    expect([answer.status, errorCode(answer)]).toEqual([404, 'not_found']);
    expect((await join('ana-ortiz', 'chess-club')).status).toBe(404);
  });
});

describe('eligibility', () => {
  it('tells Ana she can join both tracks: her term began less than four years ago', async () => {
    await signIn('ana');
    const answer = await tracksOf('ana-ortiz');
    expect(answer.status).toBe(200);
    expect(trackIds(answer)).toEqual(['first-term']);
    expect(eligibilityOf(answer, 'first-term')).toEqual({
      trackId: 'first-term',
      eligible: true,
      reason: 'Your term began on Jan 6, 2025, less than four years ago.',
    });
    expect(eligibilityOf(answer, 'womens-network')).toEqual({
      trackId: 'womens-network',
      eligible: true,
      reason: 'For mayors who identify as women. Joining is your own choice, and it stays private.',
    });
  });

  it('tells Marcus the first-term track is for newer mayors; the network is open to him to choose', async () => {
    await signIn('marcus');
    const answer = await tracksOf('marcus-bell');
    expect(eligibilityOf(answer, 'first-term')).toEqual({
      trackId: 'first-term',
      eligible: false,
      reason: 'Your term began on May 15, 2017, more than four years ago, so this track is for newer mayors.',
    });
    // Not based on the stored self-identification: every mayor of a member city may choose to join.
    expect(eligibilityOf(answer, 'womens-network')?.eligible).toBe(true);
  });

  it('does not depend on the stored self-identification, so it reveals nothing', async () => {
    await signIn('ana');
    const before = (await tracksOf('ana-ortiz')).body.eligibility;
    const ana = person('ana-ortiz');
    if (ana) ana.identifiesAsWoman = false;
    expect((await tracksOf('ana-ortiz')).body.eligibility).toEqual(before);
  });

  it('speaks of the mayor to a delegate, and says only the mayor can join the network', async () => {
    await signIn('jordan');
    const answer = await tracksOf('ana-ortiz');
    expect(eligibilityOf(answer, 'first-term')?.reason).toBe(
      "Mayor Ana Ortiz's term began on Jan 6, 2025, less than four years ago.",
    );
    expect(eligibilityOf(answer, 'womens-network')?.reason).toMatch(/^Only Mayor Ana Ortiz can join this network/);
    const dana = await tracksOf('dana-whitfield');
    expect(eligibilityOf(dana, 'first-term')).toMatchObject({ eligible: false });
  });

  it('is shown to MIP staff previewing the city as the mayor sees it', async () => {
    await signIn('morgan');
    await startPreview('riverton');
    const answer = await tracksOf('ana-ortiz');
    expect(eligibilityOf(answer, 'first-term')?.reason).toBe(
      'Your term began on Jan 6, 2025, less than four years ago.',
    );
  });

  it('is left out for anyone else', async () => {
    await signIn('marcus');
    const answer = await tracksOf('ana-ortiz');
    expect(answer.status).toBe(200);
    expect(answer.body.eligibility).toEqual([]);
  });

  it('is for mayors only', async () => {
    await signIn('jordan');
    const own = await tracksOf('jordan-lee');
    expect(own.body.eligibility.map((e) => [e.trackId, e.eligible, e.reason])).toEqual([
      ['womens-network', false, 'Only mayors can join.'],
      ['first-term', false, 'Only mayors can join.'],
    ]);
    await signIn('lee');
    const prospective = await tracksOf('lee-chen');
    expect(prospective.body.eligibility.every((e) => !e.eligible)).toBe(true);
    expect(eligibilityOf(prospective, 'first-term')?.reason).toBe('Only mayors of member cities can join.');
  });

  it('moves with the clock: four years after her term began, Ana is no longer eligible', async () => {
    clock.set(new Date('2029-01-07T12:00:00Z'));
    await signIn('ana');
    const answer = await tracksOf('ana-ortiz');
    expect(eligibilityOf(answer, 'first-term')).toMatchObject({
      eligible: false,
      reason: 'Your term began on Jan 6, 2025, more than four years ago, so this track is for newer mayors.',
    });
  });
});

describe("the Women Mayors' Network", () => {
  it('Ana joins it herself; joining again changes nothing; it sets her self-identification', async () => {
    await signIn('ana');
    const ana = person('ana-ortiz');
    if (ana) ana.identifiesAsWoman = false;
    const first = await join('ana-ortiz', 'womens-network');
    expect(first.status).toBe(200);
    expect(trackIds(first)).toEqual(['first-term', 'womens-network']);
    expect(first.body.memberships.find((m) => m.trackId === 'womens-network')?.joinedOn).toBe('2026-11-26');
    expect(person('ana-ortiz')?.identifiesAsWoman).toBe(true);
    const again = await join('ana-ortiz', 'womens-network');
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(rowsOf('ana-ortiz', 'womens-network')).toHaveLength(1);
    expect(trackIds(await tracksOf('ana-ortiz'))).toEqual(['first-term', 'womens-network']);
  });

  it('stays private: after Ana joins, nothing Marcus, Jordan or the directory answers mentions it', async () => {
    await signIn('ana');
    expect((await join('ana-ortiz', 'womens-network')).status).toBe(200);
    const ownListing = await call<DirectoryListing>('GET', '/people/ana-ortiz/directory-listing');
    expect(ownListing.status).toBe(200);
    expect(JSON.stringify(ownListing.body)).not.toMatch(/women|network|identif/i);

    for (const account of ['marcus', 'jordan'] as const) {
      await signIn(account);
      const seen = await tracksOf('ana-ortiz');
      expect(seen.status, account).toBe(200);
      expect(trackIds(seen), account).toEqual(['first-term']);
      expect(JSON.stringify(seen.body.memberships)).not.toMatch(/women/);
      const directory = await call<{ items: DirectoryEntry[] }>('GET', '/directory?q=ortiz');
      expect(directory.body.items.map((e) => e.personId)).toEqual(['ana-ortiz']);
      expect(JSON.stringify(directory.body), account).not.toMatch(/women|network|identif/i);
    }
    // Jordan's answers keep the delegate's eligibility (the same for every mayor), never the membership.
    await signIn('jordan');
    expect(eligibilityOf(await tracksOf('ana-ortiz'), 'womens-network')?.reason).not.toMatch(/member since|joined/i);
  });

  it('the seeded membership of Dana is hidden from Marcus and from her delegate Jordan, shown to her', async () => {
    await signIn('dana');
    expect(trackIds(await tracksOf('dana-whitfield'))).toEqual(['womens-network']);
    await signIn('marcus');
    expect(trackIds(await tracksOf('dana-whitfield'))).toEqual([]);
    await signIn('jordan');
    expect(trackIds(await tracksOf('dana-whitfield'))).toEqual([]);
  });

  it('is shown to MIP staff previewing Ana (the preview shows what she sees), not previewing another city', async () => {
    await signIn('ana');
    await join('ana-ortiz', 'womens-network');
    await signIn('morgan');
    await startPreview('riverton');
    expect(trackIds(await tracksOf('ana-ortiz'))).toEqual(['first-term', 'womens-network']);
  });

  it('a delegate can neither join nor leave it for the mayor: 403 self_only', async () => {
    await signIn('jordan');
    const joining = await join('ana-ortiz', 'womens-network');
    expect([joining.status, errorCode(joining)]).toEqual([403, 'self_only']);
    expect(messageOf(joining)).toBe(
      "Only Mayor Ana Ortiz can join the Women Mayors' Network: it is a personal choice, and it stays private.",
    );
    expect(rowsOf('ana-ortiz', 'womens-network')).toHaveLength(0);

    await signIn('ana');
    await join('ana-ortiz', 'womens-network');
    await signIn('jordan');
    const leaving = await leave('ana-ortiz', 'womens-network');
    expect([leaving.status, errorCode(leaving)]).toEqual([403, 'self_only']);
    expect(messageOf(leaving)).toMatch(/^Only Mayor Ana Ortiz can leave the Women Mayors' Network/);
    expect(rowsOf('ana-ortiz', 'womens-network')).toHaveLength(1);
    // Nor for Dana, whose membership Jordan can't see: the answer is the same as for Ana.
    const danaLeave = await leave('dana-whitfield', 'womens-network');
    expect(errorCode(danaLeave)).toBe('self_only');
    expect(rowsOf('dana-whitfield', 'womens-network')).toHaveLength(1);
  });

  it('another mayor gets 403 self_only for a listed mayor, 404 for an unlisted person', async () => {
    await signIn('marcus');
    expect(errorCode(await join('ana-ortiz', 'womens-network'))).toBe('self_only');
    expect((await join('jordan-lee', 'womens-network')).status).toBe(404);
    expect((await join('nobody', 'womens-network')).status).toBe(404);
  });

  it('leaving removes the membership and the self-identification; leaving again changes nothing', async () => {
    await signIn('ana');
    await join('ana-ortiz', 'womens-network');
    const left = await leave('ana-ortiz', 'womens-network');
    expect(left.status).toBe(200);
    expect(trackIds(left)).toEqual(['first-term']);
    expect(rowsOf('ana-ortiz', 'womens-network')).toHaveLength(0);
    expect(person('ana-ortiz')?.identifiesAsWoman).toBe(false);
    const again = await leave('ana-ortiz', 'womens-network');
    expect(again.status).toBe(200);
    expect(again.body).toEqual(left.body);
  });

  it('leaving when never a member keeps the stored self-identification (nothing to withdraw)', async () => {
    await signIn('ana');
    expect(person('ana-ortiz')?.identifiesAsWoman).toBe(true);
    expect((await leave('ana-ortiz', 'womens-network')).status).toBe(200);
    expect(person('ana-ortiz')?.identifiesAsWoman).toBe(true);
  });

  it('only mayors of member cities can join it', async () => {
    await signIn('jordan');
    const staff = await join('jordan-lee', 'womens-network');
    expect([staff.status, errorCode(staff), messageOf(staff)]).toEqual([409, 'not_eligible', 'Only mayors can join.']);
    await signIn('lee');
    const prospective = await join('lee-chen', 'womens-network');
    expect([prospective.status, errorCode(prospective)]).toEqual([409, 'not_eligible']);
  });
});

describe('the first-term track', () => {
  it('Ana is in it from the seed; her delegate Jordan can take her out and sign her up again', async () => {
    await signIn('jordan');
    const left = await leave('ana-ortiz', 'first-term');
    expect(left.status).toBe(200);
    expect(trackIds(left)).toEqual([]);
    clock.advance(60_000);
    const joined = await join('ana-ortiz', 'first-term');
    expect(joined.status).toBe(200);
    expect(joined.body.memberships).toEqual([{ trackId: 'first-term', joinedOn: '2026-11-26' }]);
    // The answer is as Jordan sees it: with the delegate's eligibility.
    expect(eligibilityOf(joined, 'first-term')?.reason).toMatch(/^Mayor Ana Ortiz's term began/);
    const again = await join('ana-ortiz', 'first-term');
    expect(again.body).toEqual(joined.body);
    expect(rowsOf('ana-ortiz', 'first-term')).toHaveLength(1);
  });

  it('Ana can leave and join it herself', async () => {
    await signIn('ana');
    expect(trackIds(await leave('ana-ortiz', 'first-term'))).toEqual([]);
    expect(trackIds(await join('ana-ortiz', 'first-term'))).toEqual(['first-term']);
  });

  it('Marcus is not eligible: 409 not_eligible with the reason', async () => {
    await signIn('marcus');
    const answer = await join('marcus-bell', 'first-term');
    expect([answer.status, errorCode(answer)]).toEqual([409, 'not_eligible']);
    expect(messageOf(answer)).toBe(
      'Your term began on May 15, 2017, more than four years ago, so this track is for newer mayors.',
    );
    expect(rowsOf('marcus-bell', 'first-term')).toHaveLength(0);
  });

  it('a delegate gets the mayor’s reason when the mayor is not eligible', async () => {
    await signIn('jordan');
    const answer = await join('dana-whitfield', 'first-term');
    expect([answer.status, errorCode(answer)]).toEqual([409, 'not_eligible']);
    expect(messageOf(answer)).toMatch(/^Mayor Dana Whitfield's term began on Jan 4, 2021, more than four years ago/);
  });

  it('nobody else can join or leave it for a mayor: 403 forbidden', async () => {
    await signIn('marcus');
    const joining = await join('ana-ortiz', 'first-term');
    expect([joining.status, errorCode(joining)]).toEqual([403, 'forbidden']);
    const leaving = await leave('ana-ortiz', 'first-term');
    expect([leaving.status, errorCode(leaving)]).toEqual([403, 'forbidden']);
    expect(rowsOf('ana-ortiz', 'first-term')).toHaveLength(1);
    await signIn('morgan');
    expect(errorCode(await leave('ana-ortiz', 'first-term'))).toBe('forbidden');
  });

  it('leaving when not a member answers 200, unchanged', async () => {
    await signIn('marcus');
    const answer = await leave('marcus-bell', 'first-term');
    expect(answer.status).toBe(200);
    expect(answer.body.memberships).toEqual([]);
  });

  it('needs a session', async () => {
    expect((await join('ana-ortiz', 'first-term')).status).toBe(401);
    expect((await leave('ana-ortiz', 'first-term')).status).toBe(401);
  });
});

describe('a preview', () => {
  it('refuses joining and leaving with 403 preview_read_only, changing nothing', async () => {
    await signIn('morgan');
    await startPreview('riverton');
    for (const answer of [
      await join('ana-ortiz', 'womens-network'),
      await leave('ana-ortiz', 'first-term'),
      await join('ana-ortiz', 'first-term'),
    ]) {
      expect([answer.status, errorCode(answer)]).toEqual([403, 'preview_read_only']);
    }
    expect(rowsOf('ana-ortiz', 'first-term')).toHaveLength(1);
    expect(rowsOf('ana-ortiz', 'womens-network')).toHaveLength(0);
  });
});
