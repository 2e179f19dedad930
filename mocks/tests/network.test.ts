// @vitest-environment node
// API-level tests need no DOM; session.test.ts runs in jsdom, where the UI tests meet this mock.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DirectoryEntry, DirectoryListing, EmailPreferences } from '../../src/api/contracts/network';
import { clock } from '../clock';
import { getDb } from '../db/db';
import { POLICY_AREAS } from '../db/seed/reference-data';
import { buildSeed } from '../db/seed/seed-db';
import { SEED_DATE, call, errorCode, signIn, startPreview, useSeedDate, type DemoAccount } from './api';

beforeEach(() => {
  useSeedDate();
});
afterEach(() => {
  clock.set(null);
});

interface DirectoryPage {
  items: DirectoryEntry[];
  page: number;
  pageSize: number;
  total: number;
}

const search = (query = '') => call<DirectoryPage>('GET', `/directory${query ? `?${query}` : ''}`);
const ids = (answer: { body: DirectoryPage }): string[] => answer.body.items.map((e) => e.personId);

/** Every listed entry, page by page (pageSize 100 is the contract's maximum). */
async function everyone(query = ''): Promise<DirectoryEntry[]> {
  const out: DirectoryEntry[] = [];
  for (let page = 1; ; page += 1) {
    const answer = await search(`${query}${query ? '&' : ''}pageSize=100&page=${String(page)}`);
    expect(answer.status).toBe(200);
    out.push(...answer.body.items);
    if (out.length >= answer.body.total || answer.body.items.length === 0) return out;
  }
}

const listing = (personId: string) => call<DirectoryListing>('GET', `/people/${personId}/directory-listing`);
const setListed = (personId: string, listed: boolean) =>
  call<DirectoryListing>('PUT', `/people/${personId}/directory-listing`, { body: { listed } });
const prefs = (personId: string) => call<EmailPreferences>('GET', `/people/${personId}/email-preferences`);
const setPrefs = (personId: string, body: unknown) =>
  call<EmailPreferences>('PUT', `/people/${personId}/email-preferences`, { body });

describe('the seeded directory data', () => {
  it('gives every mayor 1–3 known policy areas, the same for the same date', () => {
    const db = buildSeed(new Date(SEED_DATE));
    const known = new Set(POLICY_AREAS.map((a) => a.id));
    for (const person of db.people.filter((p) => p.role === 'mayor')) {
      expect(person.policyAreas.length, person.id).toBeGreaterThanOrEqual(1);
      expect(person.policyAreas.length, person.id).toBeLessThanOrEqual(3);
      for (const area of person.policyAreas) expect(known.has(area), `${person.id}: ${area}`).toBe(true);
    }
    const again = buildSeed(new Date(SEED_DATE));
    expect(again.people.map((p) => p.policyAreas)).toEqual(db.people.map((p) => p.policyAreas));
  });

  it('lists most mayors and MIP’s experts; city staff only when they chose to be', () => {
    const db = buildSeed(new Date(SEED_DATE));
    const listed = (id: string) => db.people.find((p) => p.id === id)?.listedInDirectory;
    expect(['ana-ortiz', 'marcus-bell', 'dana-whitfield', 'nadia-brooks', 'elena-park'].map(listed)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['jordan-lee', 'sam-reyes', 'tom-alvarez', 'morgan-hale'].map(listed)).toEqual([false, false, false, false]);
    expect(listed('priya-natarajan')).toBe(true);
    const mayors = db.people.filter((p) => p.role === 'mayor');
    expect(mayors.filter((p) => p.listedInDirectory).length / mayors.length).toBeGreaterThan(0.6);
  });
});

describe('searching the directory', () => {
  it('lists mayors of member cities, listed city staff and MIP’s policy experts, by last name', async () => {
    await signIn('marcus');
    const all = await everyone();
    const byId = new Map(all.map((e) => [e.personId, e]));
    expect(byId.get('ana-ortiz')).toEqual({
      personId: 'ana-ortiz',
      name: 'Ana Ortiz',
      title: 'Mayor',
      kind: 'mayor',
      city: 'Riverton',
      state: 'WI',
      email: 'ana.ortiz@riverton.example',
      policyAreas: [
        { id: 'housing', name: 'Housing' },
        { id: 'transportation', name: 'Transportation' },
        { id: 'climate-energy', name: 'Climate and energy' },
      ],
    });
    expect(byId.get('priya-natarajan')).toMatchObject({ kind: 'city_staff', city: 'Lakeport', state: 'IL' });
    expect(byId.get('nadia-brooks')).toMatchObject({ kind: 'mip_expert', city: null, state: null });
    expect(byId.get('elena-park')?.kind).toBe('mip_expert');
    // Unlisted staff, MIP staff who are not experts, and a prospective city's mayor are absent.
    for (const id of ['jordan-lee', 'sam-reyes', 'tom-alvarez', 'morgan-hale', 'lee-chen'])
      expect(byId.has(id), id).toBe(false);
    const unlistedMayors = getDb().people.filter((p) => p.role === 'mayor' && !p.listedInDirectory);
    expect(unlistedMayors.length).toBeGreaterThan(0);
    for (const p of unlistedMayors) expect(byId.has(p.id), p.id).toBe(false);
    const lastFirst = all.map((e) => {
      const parts = e.name.toLowerCase().split(' ');
      return `${parts.at(-1) ?? ''} ${parts.slice(0, -1).join(' ')}`;
    });
    expect(lastFirst).toEqual([...lastFirst].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('pages like every list', async () => {
    await signIn('ana');
    const total = (await search()).body.total;
    const first = await search('pageSize=5');
    expect(first.body).toMatchObject({ page: 1, pageSize: 5, total });
    expect(first.body.items).toHaveLength(5);
    const second = await search('pageSize=5&page=2');
    expect(ids(second)).not.toContain(ids(first)[0]);
    expect((await search('page=999')).body.items).toEqual([]);
    expect((await search('pageSize=500')).status).toBe(400);
  });

  it('finds people by name, city, state code or title: every word must match, in any case', async () => {
    await signIn('marcus');
    expect(ids(await search('q=ortiz'))).toEqual(['ana-ortiz']);
    expect(ids(await search('q=ANA%20ortiz'))).toEqual(['ana-ortiz']);
    expect(ids(await search('q=riverton'))).toEqual(['ana-ortiz']);
    expect(ids(await search('q=lakeport'))).toEqual(['marcus-bell', 'priya-natarajan']);
    expect(ids(await search('q=deputy%20lakeport'))).toEqual(['priya-natarajan']);
    // A state code matches the state only; elsewhere a word may be part of a name ("wi" in "Willow").
    expect(ids(await search('q=ortiz%20wi'))).toEqual(['ana-ortiz']);
    expect(ids(await search('q=ortiz%20il'))).toEqual([]);
    expect((await everyone('q=ia')).map((e) => e.personId)).toContain('dana-whitfield');
    expect(ids(await search('q=policy%20analyst'))).toEqual(['nadia-brooks']);
    expect(ids(await search('q=ortiz%20lakeport'))).toEqual([]);
  });

  it('filters by state, policy area and kind', async () => {
    await signIn('ana');
    const iowa = await everyone('state=ia');
    expect(iowa.map((e) => e.personId)).toEqual(['dana-whitfield']);
    const safety = await everyone('policyArea=public-safety');
    expect(safety.every((e) => e.policyAreas.some((a) => a.id === 'public-safety'))).toBe(true);
    for (const id of ['marcus-bell', 'priya-natarajan', 'nadia-brooks'])
      expect(safety.map((e) => e.personId)).toContain(id);
    expect(ids(await search('kind=mip_expert'))).toEqual(['nadia-brooks', 'elena-park']);
    expect(ids(await search('kind=city_staff'))).toEqual(['priya-natarajan']);
    const mayors = await everyone('kind=mayor');
    expect(mayors.every((e) => e.kind === 'mayor' && e.city !== null)).toBe(true);
    expect(ids(await search('kind=mayor&state=IL&policyArea=infrastructure'))).toEqual(['marcus-bell']);
    expect((await search('kind=alderman')).status).toBe(400);
  });

  it('is for member cities: delegates and MIP staff too; a prospective city gets 403 members_only', async () => {
    for (const account of ['ana', 'jordan', 'morgan'] as DemoAccount[]) {
      await signIn(account);
      expect((await search()).status, account).toBe(200);
    }
    await signIn('lee');
    const prospective = await search();
    expect([prospective.status, errorCode(prospective)]).toEqual([403, 'members_only']);
    await signIn('morgan');
    await startPreview('millbrook');
    expect(errorCode(await search())).toBe('members_only');
  });

  it('needs a session', async () => {
    expect((await search()).status).toBe(401);
  });

  it('never carries tracks or self-identification, whatever the query', async () => {
    await signIn('ana');
    expect((await call('PUT', '/people/ana-ortiz/tracks/womens-network')).status).toBe(200);
    for (const account of ['ana', 'marcus', 'jordan', 'dana', 'morgan'] as DemoAccount[]) {
      await signIn(account);
      for (const query of ['', 'q=women', 'q=network', 'q=ortiz', 'q=whitfield', 'kind=mayor', 'state=WI']) {
        const answer = await search(`${query}${query ? '&' : ''}pageSize=100`);
        expect(answer.status).toBe(200);
        expect(JSON.stringify(answer.body), `${account} ${query}`).not.toMatch(/women|network|identif/i);
      }
      for (const entry of await everyone()) {
        expect(Object.keys(entry).sort()).toEqual([
          'city',
          'email',
          'kind',
          'name',
          'personId',
          'policyAreas',
          'state',
          'title',
        ]);
      }
    }
  });
});

describe('the directory listing', () => {
  it('shows a person their own entry exactly as others see it', async () => {
    await signIn('ana');
    const own = await listing('ana-ortiz');
    expect(own.status).toBe(200);
    await signIn('marcus');
    const seen = (await search('q=ortiz')).body.items[0];
    expect(own.body).toEqual({ listed: true, entry: seen });
  });

  it('lets city staff choose to be listed, and leave again', async () => {
    await signIn('jordan');
    const own = await listing('jordan-lee');
    expect(own.body).toMatchObject({
      listed: false,
      entry: { kind: 'city_staff', title: 'Chief of Staff', city: 'Riverton', state: 'WI' },
    });
    const listed = await setListed('jordan-lee', true);
    expect(listed.status).toBe(200);
    expect(listed.body.listed).toBe(true);
    await signIn('marcus');
    expect(ids(await search('q=riverton'))).toEqual(['jordan-lee', 'ana-ortiz']);
    await signIn('jordan');
    expect((await setListed('jordan-lee', false)).body.listed).toBe(false);
    await signIn('marcus');
    expect(ids(await search('q=riverton'))).toEqual(['ana-ortiz']);
  });

  it('lets a mayor leave the directory', async () => {
    await signIn('ana');
    expect((await setListed('ana-ortiz', false)).body).toMatchObject({ listed: false, entry: { name: 'Ana Ortiz' } });
    await signIn('marcus');
    expect(ids(await search('q=ortiz'))).toEqual([]);
    expect((await everyone()).some((e) => e.personId === 'ana-ortiz')).toBe(false);
  });

  it('is the person’s own: 404 for anyone else, delegates included', async () => {
    await signIn('marcus');
    expect((await listing('ana-ortiz')).status).toBe(404);
    expect((await setListed('ana-ortiz', false)).status).toBe(404);
    await signIn('jordan');
    expect((await listing('ana-ortiz')).status).toBe(404);
    expect((await setListed('ana-ortiz', false)).status).toBe(404);
    expect(getDb().people.find((p) => p.id === 'ana-ortiz')?.listedInDirectory).toBe(true);
  });

  it('is readable, not changeable, by MIP staff previewing the mayor', async () => {
    await signIn('morgan');
    await startPreview('riverton');
    expect((await listing('ana-ortiz')).body.listed).toBe(true);
    expect((await listing('jordan-lee')).status).toBe(404);
    const change = await setListed('ana-ortiz', false);
    expect([change.status, errorCode(change)]).toEqual([403, 'preview_read_only']);
  });

  it('does not exist for people who are not in the directory', async () => {
    await signIn('lee');
    const prospective = await listing('lee-chen');
    expect([prospective.status, errorCode(prospective)]).toEqual([403, 'members_only']);
    expect(errorCode(await setListed('lee-chen', true))).toBe('members_only');
    await signIn('morgan');
    const programStaff = await listing('morgan-hale');
    expect([programStaff.status, errorCode(programStaff)]).toEqual([403, 'not_in_directory']);
  });

  it('validates the body', async () => {
    await signIn('ana');
    const answer = await call('PUT', '/people/ana-ortiz/directory-listing', { body: { listed: 'yes' } });
    expect([answer.status, errorCode(answer)]).toEqual([422, 'validation_failed']);
  });
});

describe('e-mail preferences', () => {
  it('start from the defaults; Ana follows track news', async () => {
    await signIn('ana');
    expect((await prefs('ana-ortiz')).body).toEqual({
      newsletter: true,
      meetingAnnouncements: true,
      trackNews: true,
      requestUpdates: true,
    });
    await signIn('marcus');
    expect((await prefs('marcus-bell')).body).toEqual({
      newsletter: true,
      meetingAnnouncements: true,
      trackNews: false,
      requestUpdates: true,
    });
  });

  it('are set all at once, and stay set', async () => {
    await signIn('marcus');
    const body = { newsletter: false, meetingAnnouncements: true, trackNews: true, requestUpdates: false };
    const answer = await setPrefs('marcus-bell', body);
    expect([answer.status, answer.body]).toEqual([200, body]);
    expect((await prefs('marcus-bell')).body).toEqual(body);
    const again = await setPrefs('marcus-bell', { ...body, newsletter: true });
    expect(again.body.newsletter).toBe(true);
    expect(getDb().emailPreferences.filter((p) => p.personId === 'marcus-bell')).toHaveLength(1);
  });

  it('need all three', async () => {
    await signIn('ana');
    const answer = await setPrefs('ana-ortiz', { newsletter: false });
    expect([answer.status, errorCode(answer)]).toEqual([422, 'validation_failed']);
  });

  it('are the person’s own: 404 for anyone else, delegates included', async () => {
    await signIn('marcus');
    expect((await prefs('ana-ortiz')).status).toBe(404);
    await signIn('jordan');
    expect((await prefs('ana-ortiz')).status).toBe(404);
    expect(
      (
        await setPrefs('ana-ortiz', {
          newsletter: false,
          meetingAnnouncements: false,
          trackNews: false,
          requestUpdates: false,
        })
      ).status,
    ).toBe(404);
    expect((await prefs('jordan-lee')).status).toBe(200);
  });

  it('are readable, not changeable, by MIP staff previewing the mayor', async () => {
    await signIn('morgan');
    await startPreview('riverton');
    expect((await prefs('ana-ortiz')).body.trackNews).toBe(true);
    const change = await setPrefs('ana-ortiz', {
      newsletter: false,
      meetingAnnouncements: false,
      trackNews: false,
      requestUpdates: false,
    });
    expect([change.status, errorCode(change)]).toEqual([403, 'preview_read_only']);
  });
});
