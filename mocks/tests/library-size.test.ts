// @vitest-environment node
// The bench's control endpoint: POST /__mock/library-size makes the library exactly N items.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clock } from '../clock';
import { getDb } from '../db/db';
import { call, ORIGIN, signIn, useSeedDate } from './api';

beforeEach(() => {
  useSeedDate();
});
afterEach(() => {
  clock.set(null);
});

const total = async (query = ''): Promise<number> =>
  (await call<{ total: number }>('GET', `/briefing-books?pageSize=1${query}`)).body.total;

const setSize = (body: unknown) => call('POST', `${ORIGIN}/__mock/library-size`, { body });

describe('POST /__mock/library-size', () => {
  it('makes the library exactly that many items, keeping the meetings’ books, until a reset', async () => {
    const seeded = getDb().briefingBooks.length;
    // The meetings' published books stay (a draft is not in the library members search).
    const meetingBooks = getDb()
      .briefingBooks.filter((b) => b.meetingId !== null && b.status === 'published')
      .map((b) => b.id);
    expect(meetingBooks.length).toBeGreaterThan(0);

    expect((await setSize({ size: 10_000 })).status).toBe(204);
    await signIn('ana');
    expect(await total()).toBe(10_000);
    expect(await total('&q=transit')).toBeGreaterThan(0);
    const ids = new Set(getDb().briefingBooks.map((b) => b.id));
    expect(ids.size).toBe(10_000);
    expect(meetingBooks.every((id) => ids.has(id))).toBe(true);

    expect((await setSize({ size: 1_000 })).status).toBe(204);
    expect(await total()).toBe(1_000);

    expect((await call('POST', `${ORIGIN}/__mock/reset`)).status).toBe(204);
    expect(getDb().briefingBooks).toHaveLength(seeded);
  });

  it('refuses a size that is not a whole number from 1 to 100,000', async () => {
    const seeded = getDb().briefingBooks.length;
    for (const body of [{ size: 0 }, { size: 100_001 }, { size: 2.5 }, { size: '1000' }, {}, 'big']) {
      const answer = await setSize(body);
      expect(answer.status, JSON.stringify(body)).toBe(422);
      expect((answer.body as { error: { code: string } }).error.code).toBe('validation_failed');
    }
    expect(getDb().briefingBooks).toHaveLength(seeded);
  });
});
