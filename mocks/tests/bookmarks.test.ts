// @vitest-environment node
// API-level tests need no DOM; session.test.ts runs in jsdom, where the UI tests meet this mock.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bookmark } from '../../src/api/contracts/briefing-books';
import { clock } from '../clock';
import { getDb } from '../db/db';
import { buildSeed } from '../db/seed/seed-db';
import { call, errorCode, signIn, startPreview, useSeedDate, SEED_DATE } from './api';

beforeEach(() => {
  useSeedDate();
});
afterEach(() => {
  clock.set(null);
});

const list = (personId: string) => call<{ items: Bookmark[] }>('GET', `/people/${personId}/bookmarks`);
const add = (personId: string, bookId: string) => call<Bookmark>('PUT', `/people/${personId}/bookmarks/${bookId}`);
const remove = (personId: string, bookId: string) => call('DELETE', `/people/${personId}/bookmarks/${bookId}`);

const ids = (answer: { body: { items: Bookmark[] } }): string[] => answer.body.items.map((b) => b.book.id);

/** A resource nobody has saved. */
function unsavedResource(offset = 0): string {
  const saved = new Set(getDb().bookmarks.map((b) => b.bookId));
  const book = getDb().briefingBooks.filter((b) => b.kind === 'resource' && !saved.has(b.id))[offset];
  if (!book) throw new Error('No unsaved resource in the seed');
  return book.id;
}

describe('the seeded bookmarks', () => {
  it('gives Ana three (the Winter Meeting 2026 book and a recent resource among them), Marcus one, others none', () => {
    const db = buildSeed(new Date(SEED_DATE));
    const of = (personId: string) => db.bookmarks.filter((b) => b.personId === personId);
    expect([...new Set(db.bookmarks.map((b) => b.personId))].sort()).toEqual(['ana-ortiz', 'marcus-bell']);
    const ana = of('ana-ortiz');
    expect(ana).toHaveLength(3);
    expect(ana.map((b) => b.bookId)).toContain('bb-winter-2026');
    const books = new Map(db.briefingBooks.map((b) => [b.id, b]));
    const recent = ana.map((b) => books.get(b.bookId)).find((b) => b?.kind === 'resource' && b.year === 2026);
    expect(recent).toBeDefined();
    expect(of('marcus-bell')).toHaveLength(1);
    for (const bookmark of db.bookmarks) {
      const book = books.get(bookmark.bookId);
      expect(book, bookmark.bookId).toBeDefined();
      expect(bookmark.savedAt.slice(0, 10) >= (book?.publishedOn ?? '9999')).toBe(true);
      expect(Date.parse(bookmark.savedAt)).toBeLessThan(SEED_DATE.getTime());
    }
  });
});

describe('bookmarks', () => {
  it('need a session', async () => {
    expect((await list('ana-ortiz')).status).toBe(401);
    expect((await add('ana-ortiz', 'bb-winter-2026')).status).toBe(401);
  });

  it('list the person’s saved books, most recently saved first, as summaries', async () => {
    await signIn('ana');
    const answer = await list('ana-ortiz');
    expect(answer.status).toBe(200);
    expect(answer.body.items).toHaveLength(3);
    const saved = answer.body.items.map((b) => b.savedAt);
    expect([...saved].sort().reverse()).toEqual(saved);
    const winter = answer.body.items.find((b) => b.book.id === 'bb-winter-2026');
    expect(winter?.book).toMatchObject({ kind: 'briefing_book', meetingTitle: 'Winter Meeting 2026' });
    expect(winter?.book.policyArea.name).toEqual(expect.any(String));
    expect(winter?.book).not.toHaveProperty('sections');
  });

  it('add a book at the clock’s time, on top of the list; adding it again changes nothing', async () => {
    await signIn('ana');
    const bookId = unsavedResource();
    clock.advance(60_000);
    const first = await add('ana-ortiz', bookId);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ book: { id: bookId }, savedAt: clock.now().toISOString() });
    expect(ids(await list('ana-ortiz'))[0]).toBe(bookId);

    clock.advance(5 * 60_000);
    const again = await add('ana-ortiz', bookId);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const after = await list('ana-ortiz');
    expect(after.body.items).toHaveLength(4);
    expect(ids(after).filter((id) => id === bookId)).toHaveLength(1);
  });

  it('keep the newest saved first as more are added', async () => {
    await signIn('marcus');
    const [a, b] = [unsavedResource(0), unsavedResource(1)];
    clock.advance(60_000);
    await add('marcus-bell', a);
    clock.advance(60_000);
    await add('marcus-bell', b);
    const answer = await list('marcus-bell');
    expect(ids(answer).slice(0, 2)).toEqual([b, a]);
    expect(answer.body.items).toHaveLength(3);
  });

  it('remove a saved book with 204; removing it again (or one never saved) is still 204', async () => {
    await signIn('ana');
    expect((await remove('ana-ortiz', 'bb-winter-2026')).status).toBe(204);
    expect(ids(await list('ana-ortiz'))).not.toContain('bb-winter-2026');
    expect((await remove('ana-ortiz', 'bb-winter-2026')).status).toBe(204);
    expect((await remove('ana-ortiz', unsavedResource())).status).toBe(204);
    expect((await remove('ana-ortiz', 'bb-atlantis-1999')).status).toBe(204);
    expect((await list('ana-ortiz')).body.items).toHaveLength(2);
  });

  it('start empty for a person with none, and can be added by anyone signed in for themself', async () => {
    await signIn('jordan');
    expect((await list('jordan-lee')).body.items).toEqual([]);
    expect((await add('jordan-lee', 'bb-winter-2026')).status).toBe(200);
    expect(ids(await list('jordan-lee'))).toEqual(['bb-winter-2026']);
  });

  it('answer 404 not_found for a book that does not exist, and save nothing', async () => {
    await signIn('ana');
    const answer = await add('ana-ortiz', 'bb-atlantis-1999');
    expect([answer.status, errorCode(answer)]).toEqual([404, 'not_found']);
    expect((await list('ana-ortiz')).body.items).toHaveLength(3);
  });

  it('are private: another person’s list, or changing it, answers 404 — even for their delegate', async () => {
    await signIn('marcus');
    for (const answer of [
      await list('ana-ortiz'),
      await add('ana-ortiz', 'bb-winter-2026'),
      await remove('ana-ortiz', 'bb-winter-2026'),
      await list('nobody-at-all'),
    ])
      expect([answer.status, errorCode(answer)]).toEqual([404, 'not_found']);
    // Jordan is Ana's chief of staff (a delegate): still not her bookmarks.
    await signIn('jordan');
    expect((await list('ana-ortiz')).status).toBe(404);
    await signIn('ana');
    expect((await list('ana-ortiz')).body.items).toHaveLength(3);
  });

  it('of the previewed city’s mayor are readable by MIP staff, but not changeable (403 preview_read_only)', async () => {
    await signIn('morgan');
    expect((await list('ana-ortiz')).status).toBe(404);
    await startPreview('riverton');
    const read = await list('ana-ortiz');
    expect(read.status).toBe(200);
    expect(read.body.items).toHaveLength(3);
    expect((await list('marcus-bell')).status).toBe(404);
    expect((await list('jordan-lee')).status).toBe(404);
    for (const answer of [await add('ana-ortiz', unsavedResource()), await remove('ana-ortiz', 'bb-winter-2026')])
      expect([answer.status, errorCode(answer)]).toEqual([403, 'preview_read_only']);
    expect((await list('ana-ortiz')).body.items).toHaveLength(3);
  });
});
