// @vitest-environment node
// API-level tests need no DOM. A black-box suite: it runs on every runtime (tests/black-box).
// MIP's programs and policy staff writing briefing books and resources (issue 19), and what
// members find of them in the library.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BriefingBook, BriefingBookSummary, Bookmark } from '../../src/api/contracts/briefing-books';
import type { BookInput, StaffBook, StaffBookSummary } from '../../src/api/contracts/staff-library';
import { call, errorCode, resetApi, setApiClock, signIn, startPreview, type ApiAnswer, type ErrorAnswer } from './api';
import { signInWith } from './api-records';

beforeEach(() => resetApi());
afterEach(() => setApiClock(null));

const NADIA = 'nadia.brooks@mayorsinnovation.example';

/** A resource on a topic no seeded title uses, so a search finds only it. */
const RESOURCE: BookInput = {
  kind: 'resource',
  title: 'Heat pump incentives for small landlords',
  summary: 'How three cities paid for heat pumps in older rentals, and what tenants saw on their bills.',
  policyArea: 'climate-energy',
  introductionHtml:
    '<p>Cities can <strong>act</strong> now. See <a href="https://example.org/heat">the report</a>.</p>',
  sections: [
    {
      kind: 'background',
      title: 'What cities tried',
      bodyHtml: '<ul><li>Rebates</li><li>Low-interest loans</li></ul>',
      speakers: [],
      readings: [{ title: 'Heat pumps in rentals', url: 'https://example.org/rentals', source: 'Example Institute' }],
    },
  ],
};

let keys = 0;
const nextKey = () => `staff-library-${String((keys += 1))}`;
const ifMatch = (version: number | undefined): Record<string, string> =>
  version === undefined ? {} : { 'If-Match': `"${String(version)}"` };
const fieldErrors = (answer: ApiAnswer) => (answer.body as ErrorAnswer).error.fieldErrors ?? {};

const create = (input: unknown, key = nextKey()) =>
  call<StaffBook>('POST', '/staff/briefing-books', { body: input, headers: { 'Idempotency-Key': key } });
const readStaff = (id: string) => call<StaffBook>('GET', `/staff/briefing-books/${id}`);
const update = (id: string, input: unknown, version?: number) =>
  call<StaffBook>('POST', `/staff/briefing-books/${id}`, { body: input, headers: ifMatch(version) });
const publish = (id: string, version?: number) =>
  call<StaffBook>('POST', `/staff/briefing-books/${id}/publish`, { body: {}, headers: ifMatch(version) });
const unpublish = (id: string, version?: number) =>
  call<StaffBook>('POST', `/staff/briefing-books/${id}/unpublish`, { body: {}, headers: ifMatch(version) });
const staffList = (query = '') =>
  call<{ items: StaffBookSummary[]; total: number }>('GET', `/staff/briefing-books?pageSize=100${query}`);
const library = (q: string) =>
  call<{ items: BriefingBookSummary[]; total: number }>(
    'GET',
    `/briefing-books?q=${encodeURIComponent(q)}&sort=relevance&pageSize=50`,
  );

async function morganWrites(input: BookInput = RESOURCE): Promise<StaffBook> {
  await signIn('morgan');
  const created = await create(input);
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body;
}

describe('books MIP staff write', () => {
  it('starts as a draft that no member finds, and appears in the library once published', async () => {
    const draft = await morganWrites();
    expect(draft).toMatchObject({ status: 'draft', publishedOn: null, version: 0, title: RESOURCE.title });
    expect(draft.sections).toHaveLength(1);
    expect((await staffList('&status=draft')).body.items.map((b) => b.id)).toContain(draft.id);

    await signIn('ana');
    expect((await library('heat pump incentives')).body.total).toBe(0);
    expect(errorCode(await call('GET', `/briefing-books/${draft.id}`))).toBe('not_found');

    await signIn('morgan');
    const published = await publish(draft.id, draft.version);
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect(published.body).toMatchObject({ status: 'published', publishedOn: '2026-11-26', year: 2026 });

    await signIn('ana');
    const found = await library('heat pump incentives');
    expect(found.body.items.map((b) => b.id)).toEqual([draft.id]);
    const read = await call<BriefingBook>('GET', `/briefing-books/${draft.id}`);
    expect(read.status).toBe(200);
    expect(read.body.introductionHtml).toBe(RESOURCE.introductionHtml);
    expect(read.body.sections[0]?.readings[0]).toEqual({
      title: 'Heat pumps in rentals',
      url: 'https://example.org/rentals',
      source: 'Example Institute',
    });
  });

  it('sanitizes rich text on the way in: no script, no handler, no javascript: link', async () => {
    const draft = await morganWrites({
      ...RESOURCE,
      introductionHtml:
        '<p onclick="steal()">Hello<script>alert(1)</script> <a href="javascript:alert(1)">there</a></p><img src=x onerror=alert(1)>',
    });
    expect(draft.introductionHtml).toBe('<p>Hello there</p>');
    expect((await readStaff(draft.id)).body.introductionHtml).toBe('<p>Hello there</p>');
  });

  it('unpublishing takes a book out of the library and out of bookmarks; publishing again keeps its date', async () => {
    const draft = await morganWrites();
    const published = (await publish(draft.id, draft.version)).body;
    await signIn('ana');
    expect((await call('PUT', `/people/ana-ortiz/bookmarks/${draft.id}`)).status).toBe(200);

    await setApiClock(new Date('2026-12-03T15:00:00Z'));
    await signIn('morgan');
    const unpublished = await unpublish(draft.id, published.version);
    expect(unpublished.body).toMatchObject({ status: 'draft', publishedOn: '2026-11-26' });

    await signIn('ana');
    expect((await library('heat pump incentives')).body.total).toBe(0);
    const saved = await call<{ items: Bookmark[] }>('GET', '/people/ana-ortiz/bookmarks');
    expect(saved.body.items.map((b) => b.book.id)).not.toContain(draft.id);

    await signIn('morgan');
    const again = await publish(draft.id, unpublished.body.version);
    expect(again.body).toMatchObject({ status: 'published', publishedOn: '2026-11-26' });
    await signIn('ana');
    const back = await call<{ items: Bookmark[] }>('GET', '/people/ana-ortiz/bookmarks');
    expect(back.body.items.map((b) => b.book.id)).toContain(draft.id);
  });

  it('shows an edit of a published book in the library at once', async () => {
    const draft = await morganWrites();
    const published = (await publish(draft.id, draft.version)).body;
    const edited = await update(
      draft.id,
      { ...RESOURCE, title: 'Heat pump rebates for small landlords' },
      published.version,
    );
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body.version).toBe(published.version + 1);
    await signIn('ana');
    expect((await library('heat pump rebates')).body.items.map((b) => b.title)).toEqual([
      'Heat pump rebates for small landlords',
    ]);
    expect((await library('heat pump incentives')).body.total).toBe(0);
  });

  it('edits a seeded book: its generated content is what the editor starts from', async () => {
    await signIn('morgan');
    const seeded = await readStaff('bb-winter-2026');
    expect(seeded.status).toBe(200);
    expect(seeded.body).toMatchObject({ status: 'published', version: 0 });
    await signIn('ana');
    const asMember = (await call<BriefingBook>('GET', '/briefing-books/bb-winter-2026')).body;
    expect(seeded.body.sections).toEqual(asMember.sections);
    expect(seeded.body.introductionHtml).toBe(asMember.introductionHtml);
  });

  it('ties a briefing book to its meeting, and says so at the field when it has none', async () => {
    await signIn('morgan');
    const none = await create({ ...RESOURCE, kind: 'briefing_book' });
    expect(none.status).toBe(422);
    expect(fieldErrors(none)).toEqual({ meetingId: ['Choose the meeting this briefing book is for'] });
    const unknown = await create({ ...RESOURCE, kind: 'briefing_book', meetingId: 'no-such-meeting' });
    expect(unknown.status).toBe(422);
    expect(fieldErrors(unknown)).toEqual({ meetingId: ['Choose a meeting from the list'] });
    const area = await create({ ...RESOURCE, policyArea: 'no-such-area' });
    expect(fieldErrors(area)).toEqual({ policyArea: ['Choose a policy area from the list'] });

    const meetings = await call<{ items: { id: string; title: string }[] }>('GET', '/staff/meetings?view=upcoming');
    const meeting = meetings.body.items[0];
    if (!meeting) throw new Error('The seed has an upcoming meeting');
    const book = await create({ ...RESOURCE, kind: 'briefing_book', meetingId: meeting.id });
    expect(book.status, JSON.stringify(book.body)).toBe(201);
    expect(book.body).toMatchObject({ meetingId: meeting.id, meetingTitle: meeting.title });
  });

  it('refuses a stale page (412), and answers a retried publish with the published book', async () => {
    const draft = await morganWrites();
    expect((await update(draft.id, { ...RESOURCE, title: 'First edit' }, draft.version)).status).toBe(200);
    const stale = await update(draft.id, { ...RESOURCE, title: 'Second edit' }, draft.version);
    expect(stale.status).toBe(412);
    expect(errorCode(stale)).toBe('changed_meanwhile');

    const now = (await readStaff(draft.id)).body;
    const first = await publish(draft.id, now.version);
    const retry = await publish(draft.id, now.version);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
  });

  it('makes one draft for one Idempotency-Key', async () => {
    await signIn('morgan');
    const key = nextKey();
    const first = await create(RESOURCE, key);
    const again = await create(RESOURCE, key);
    expect(again.body.id).toBe(first.body.id);
    expect((await staffList('&q=heat%20pump')).body.total).toBe(1);
  });

  it('is for programs and policy staff: finance staff, members and a preview are refused', async () => {
    const draft = await morganWrites();
    await signInWith(NADIA);
    expect((await readStaff(draft.id)).status).toBe(200);
    await signIn('theo');
    expect(errorCode(await readStaff(draft.id))).toBe('outside_staff_area');
    expect(errorCode(await create(RESOURCE))).toBe('outside_staff_area');
    await signIn('ana');
    expect(errorCode(await staffList())).toBe('staff_only');
    await signIn('morgan');
    await startPreview('riverton');
    expect((await publish(draft.id)).status).toBe(403);
  });
});
