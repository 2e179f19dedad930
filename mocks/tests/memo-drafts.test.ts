// @vitest-environment node
// API-level tests need no DOM; the UI side is in tests/integration/memo-drafts.test.tsx.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MemoDraft, MemoDraftBodyInput } from '../../src/api/contracts/memos';
import { clock } from '../clock';
import { getDb } from '../db/db';
import { call, errorCode, signIn, startPreview, useSeedDate, type ApiAnswer, type ErrorAnswer } from './api';

beforeEach(() => {
  useSeedDate();
});
afterEach(() => {
  clock.set(null);
});

/** A draft part-way through: no question yet, which a request would refuse. */
const DRAFT: MemoDraftBodyInput = {
  title: 'Regulating short-term rentals',
  policyAreaId: 'housing',
  question: 'How have cities',
  background: '',
  desiredDate: null,
};

const read = (memberId: string): Promise<ApiAnswer<MemoDraft | null>> =>
  call<MemoDraft | null>('GET', `/members/${memberId}/memo-draft`);
const save = (memberId: string, body: unknown = DRAFT): Promise<ApiAnswer<MemoDraft>> =>
  call<MemoDraft>('PUT', `/members/${memberId}/memo-draft`, { body });
const discard = (memberId: string): Promise<ApiAnswer> => call('DELETE', `/members/${memberId}/memo-draft`);

describe('a memo draft kept by the API', () => {
  it('is null until saved, then comes back as saved, with when', async () => {
    await signIn('ana');
    expect(await read('riverton')).toMatchObject({ status: 200, body: null });
    const saved = await save('riverton');
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({ memberId: 'riverton', ...DRAFT, savedAt: clock.now().toISOString() });
    expect((await read('riverton')).body).toEqual(saved.body);
  });

  it('comes back after signing out and in again (another device, a new tab)', async () => {
    await signIn('ana');
    await save('riverton');
    expect((await call('DELETE', '/session')).status).toBe(204);
    await signIn('ana');
    expect((await read('riverton')).body).toMatchObject(DRAFT);
  });

  it('is one per person and city: saving again replaces it', async () => {
    await signIn('ana');
    await save('riverton');
    await save('riverton', { ...DRAFT, title: 'Short-term rentals, again' });
    expect((await read('riverton')).body?.title).toBe('Short-term rentals, again');
    expect(getDb().memoDrafts.filter((d) => d.memberId === 'riverton')).toHaveLength(1);
  });

  it('keeps a draft the request form would still refuse, but not beyond its limits', async () => {
    await signIn('ana');
    expect((await save('riverton', { title: '' })).status).toBe(200);
    const tooLong = await save('riverton', { ...DRAFT, question: 'x'.repeat(4001) });
    expect(tooLong.status).toBe(422);
    expect((tooLong.body as unknown as ErrorAnswer).error.fieldErrors).toEqual({
      question: ['Keep the question under 4,000 characters'],
    });
    const unknownArea = await save('riverton', { ...DRAFT, policyAreaId: 'astrology' });
    expect(unknownArea.status).toBe(422);
    expect(Object.keys((unknownArea.body as unknown as ErrorAnswer).error.fieldErrors ?? {})).toEqual(['policyAreaId']);
  });

  it('is discarded on request (twice is fine) and when a memo is sent', async () => {
    await signIn('ana');
    await save('riverton');
    expect((await discard('riverton')).status).toBe(204);
    expect((await discard('riverton')).status).toBe(204);
    expect((await read('riverton')).body).toBeNull();

    await save('riverton');
    const sent = await call('POST', '/members/riverton/memo-requests', {
      body: { ...DRAFT, question: 'How have cities of our size regulated short-term rentals?' },
      headers: { 'Idempotency-Key': 'draft-then-sent' },
    });
    expect(sent.status).toBe(201);
    expect((await read('riverton')).body).toBeNull();
  });

  it('is kept at 0 memos left, for when the allowance resets', async () => {
    await signIn('marcus');
    expect((await save('lakeport')).status).toBe(200);
    expect((await read('lakeport')).body).toMatchObject(DRAFT);
  });
});

describe('whose draft it is', () => {
  it("a delegate with the memos scope has a draft of their own, apart from the mayor's", async () => {
    await signIn('ana');
    await save('riverton', { ...DRAFT, title: "Ana's draft" });
    expect((await call('DELETE', '/session')).status).toBe(204);
    await signIn('jordan');
    expect((await read('riverton')).body).toBeNull();
    await save('riverton', { ...DRAFT, title: "Jordan's draft" });
    expect((await read('riverton')).body?.title).toBe("Jordan's draft");
    expect(getDb().memoDrafts.map((d) => [d.personId, d.title])).toEqual([
      ['ana-ortiz', "Ana's draft"],
      ['jordan-lee', "Jordan's draft"],
    ]);
  });

  it('a delegate without the memos scope has none to read or save (403)', async () => {
    await signIn('jordan');
    for (const answer of [await read('cedar-falls'), await save('cedar-falls'), await discard('cedar-falls')]) {
      expect([answer.status, errorCode(answer)]).toEqual([403, 'delegate_scope']);
    }
  });

  it("MIP staff previewing read the mayor's draft and change nothing", async () => {
    await signIn('ana');
    await save('riverton');
    await signIn('morgan');
    expect((await startPreview('riverton')).status).toBe(201);
    expect((await read('riverton')).body).toMatchObject(DRAFT);
    for (const answer of [await save('riverton'), await discard('riverton')]) {
      expect([answer.status, errorCode(answer)]).toEqual([403, 'preview_read_only']);
    }
  });

  it("nobody reaches another city's drafts", async () => {
    await signIn('marcus');
    expect((await read('riverton')).status).toBe(404);
    expect((await save('riverton')).status).toBe(404);
  });
});
