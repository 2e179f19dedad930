// @vitest-environment node
// API-level tests need no DOM. A black-box suite: it runs on every runtime (tests/black-box).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MemoAllowance } from '../../src/api/contracts/memos';
import {
  advanceApiClock,
  call,
  errorCode,
  resetApi,
  restoreApiSnapshot,
  saveApiSnapshot,
  SEED_DATE,
  setApiClock,
  signIn,
  MEMO_REQUEST,
} from './api';

/**
 * The test-only control endpoints the black-box suites set state with (server/http/test-control.ts),
 * on every runtime: back to the seed, snapshots saved and restored, the clock moved.
 */

beforeEach(() => resetApi());
afterEach(() => setApiClock(null));

async function requestMemo(key: string) {
  const answer = await call('POST', '/members/riverton/memo-requests', {
    body: MEMO_REQUEST,
    headers: { 'Idempotency-Key': key },
  });
  expect(answer.status).toBe(201);
}

const usedMemos = async () => (await call<MemoAllowance>('GET', '/members/riverton/memo-allowance')).body.used;

describe('the test-only control endpoints', () => {
  it('reset to the seed: changes and sessions are gone', async () => {
    await signIn('ana');
    const seeded = await usedMemos();
    await requestMemo('control-1');
    expect(await usedMemos()).toBe(seeded + 1);
    await resetApi();
    expect((await call('GET', '/session')).status).toBe(401);
    await signIn('ana');
    expect(await usedMemos()).toBe(seeded);
  });

  it('restore a snapshot as often as asked, with its clock', async () => {
    await signIn('ana');
    const seeded = await usedMemos();
    await requestMemo('control-2');
    await saveApiSnapshot('one_more_memo');
    await requestMemo('control-3');
    await advanceApiClock(60 * 60 * 1000);
    for (let round = 0; round < 2; round += 1) {
      await restoreApiSnapshot('one_more_memo');
      expect(await usedMemos()).toBe(seeded + 1);
      // The clock is back too: an hour later the 30-minute session would have ended.
      expect((await call('GET', '/session')).status).toBe(200);
      await requestMemo(`control-round-${String(round)}`);
    }
  });

  it('move the clock: a session left idle past its timeout ends', async () => {
    await signIn('ana');
    await advanceApiClock(24 * 60 * 60 * 1000);
    expect((await call('GET', '/session')).status).toBe(401);
    await setApiClock(SEED_DATE);
    await signIn('ana');
    expect((await call('GET', '/session')).status).toBe(200);
  });

  it('switch a fault on for the next request, and off with a reset', async () => {
    const on = await call('POST', '/__test/faults', { body: { kind: 'status', status: 503, path: '/dues-tiers' } });
    expect(on.status).toBe(201);
    const faulted = await call('GET', '/dues-tiers');
    expect([faulted.status, errorCode(faulted), faulted.headers.get('Retry-After')]).toEqual([
      503,
      'service_unavailable',
      '30',
    ]);
    expect((await call('GET', '/dues-tiers')).status).toBe(200);
    await call('POST', '/__test/faults', { body: { kind: 'status', status: 500, times: 'Infinity' } });
    await resetApi();
    expect((await call('GET', '/dues-tiers')).status).toBe(200);
  });

  it('refuse what they do not understand', async () => {
    const missing = await call('POST', '/__test/reset', { body: { snapshot: 'never_saved' } });
    expect([missing.status, errorCode(missing)]).toEqual([404, 'not_found']);
    const badName = await call('POST', '/__test/snapshots', { body: { name: 'Robert"); drop table' } });
    expect([badName.status, errorCode(badName)]).toEqual([422, 'validation_failed']);
    const badClock = await call('POST', '/__test/clock', { body: { now: 'tomorrow' } });
    expect([badClock.status, errorCode(badClock)]).toEqual([422, 'validation_failed']);
  });
});
