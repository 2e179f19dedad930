// @vitest-environment node
// API-level tests need no DOM. A black-box suite: it runs on every runtime (tests/black-box).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MemoRequest, MemoRequestBodyInput } from '../../src/api/contracts/memos';
import { advanceApiClock, call, errorCode, resetApi, setApiClock, signIn, type ApiAnswer, MEMO_REQUEST } from './api';

/**
 * Idempotency-Key on a real endpoint, on every runtime: a retry replays the first answer and
 * makes nothing new; a key is one person's, for one body, for a day. (idempotency.test.ts drives
 * the pipeline itself with a test-only endpoint on the embedded mock; concurrency.test.ts sends
 * retries at once.)
 */

beforeEach(() => resetApi());
afterEach(() => setApiClock(null));

function requestMemo(memberId: string, body: Partial<MemoRequestBodyInput>, key?: string): Promise<ApiAnswer> {
  return call('POST', `/members/${memberId}/memo-requests`, {
    body: { ...MEMO_REQUEST, ...body },
    headers: key === undefined ? {} : { 'Idempotency-Key': key },
  });
}

const countOf = async (memberId: string) =>
  (await call<{ items: MemoRequest[] }>('GET', `/members/${memberId}/memo-requests`)).body.items.length;

describe('Idempotency-Key on a memo request', () => {
  it('is required', async () => {
    await signIn('ana');
    const answer = await requestMemo('riverton', {});
    expect([answer.status, errorCode(answer)]).toEqual([400, 'idempotency_key_required']);
  });

  it('replays the first answer to a retry and makes one request', async () => {
    await signIn('ana');
    const before = await countOf('riverton');
    const first = await requestMemo('riverton', {}, 'retry-1');
    const again = await requestMemo('riverton', {}, 'retry-1');
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await countOf('riverton')).toBe(before + 1);
  });

  it('refuses the same key with another body', async () => {
    await signIn('ana');
    await requestMemo('riverton', {}, 'retry-2');
    const reused = await requestMemo('riverton', { title: 'Something else entirely' }, 'retry-2');
    expect([reused.status, errorCode(reused)]).toEqual([422, 'idempotency_key_reused']);
  });

  it("keeps each person's keys their own", async () => {
    await signIn('ana');
    const ana = await requestMemo('riverton', {}, 'shared-key');
    await signIn('marcus');
    const marcus = await requestMemo('lakeport', {}, 'shared-key');
    // Marcus has used his three memos: his own answer, not a replay of Ana's.
    expect(ana.status).toBe(201);
    expect([marcus.status, errorCode(marcus)]).toEqual([409, 'allowance_exhausted']);
  });

  it('does not spend the key on a request that failed validation', async () => {
    await signIn('ana');
    const invalid = await requestMemo('riverton', { title: '' }, 'retry-3');
    expect(invalid.status).toBe(422);
    const valid = await requestMemo('riverton', {}, 'retry-3');
    expect(valid.status).toBe(201);
    expect(valid.headers.get('Idempotent-Replayed')).toBeNull();
  });

  it('does not spend the key on a refused request', async () => {
    await signIn('marcus');
    const refused = await requestMemo('lakeport', {}, 'retry-4');
    expect(refused.status).toBe(409);
    const again = await requestMemo('lakeport', {}, 'retry-4');
    expect([again.status, again.headers.get('Idempotent-Replayed')]).toEqual([409, null]);
  });

  it('forgets keys after a day', async () => {
    await signIn('ana');
    expect((await requestMemo('riverton', {}, 'old-key')).status).toBe(201);
    await advanceApiClock(25 * 60 * 60 * 1000);
    await signIn('ana');
    const reused = await requestMemo('riverton', { title: 'A day later, another question' }, 'old-key');
    expect([reused.status, reused.headers.get('Idempotent-Replayed')]).toEqual([201, null]);
  });
});
