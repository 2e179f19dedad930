// @vitest-environment node
// API-level tests need no DOM; session.test.ts runs in jsdom, where the UI tests meet this mock.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clock } from '../clock';
import { faults } from '../faults';
import { call, errorCode, ORIGIN, signIn, useSeedDate } from './api';

beforeEach(() => {
  useSeedDate();
});
afterEach(() => {
  clock.set(null);
});

describe('faults', () => {
  it('answers a status with the error envelope, once by default', async () => {
    await signIn('ana');
    faults.add({ path: '/api/v1/members/riverton/dues', kind: 'status', status: 503, retryAfterSeconds: 7 });
    const failed = await call('GET', '/members/riverton/dues');
    expect(failed.status).toBe(503);
    expect(failed.headers.get('Retry-After')).toBe('7');
    expect(errorCode(failed)).toBe('service_unavailable');
    expect((await call('GET', '/members/riverton/dues')).status).toBe(200);
  });

  it('fakes a 401 mid-session as session_expired', async () => {
    await signIn('ana');
    faults.add({ method: 'GET', path: '/overview', kind: 'status', status: 401 });
    expect(errorCode(await call('GET', '/members/riverton/overview'))).toBe('session_expired');
  });

  it('matches globs and methods, and repeats `times` times (Infinity too)', async () => {
    await signIn('ana');
    faults.add({ method: 'GET', path: '/api/v1/members/*/dues', kind: 'status', status: 500, times: Infinity });
    for (let i = 0; i < 3; i += 1) expect((await call('GET', '/members/riverton/dues')).status).toBe(500);
    expect((await call('GET', '/members/riverton/overview')).status).toBe(200);
    faults.clear();
    expect((await call('GET', '/members/riverton/dues')).status).toBe(200);
  });

  it('fails the network', async () => {
    faults.add({ path: '/demo-accounts', kind: 'network' });
    await expect(call('GET', '/demo-accounts')).rejects.toThrow();
    expect((await call('GET', '/demo-accounts')).status).toBe(200);
  });

  it('never answers on a timeout fault (the client gives up)', async () => {
    faults.add({ path: '/demo-accounts', kind: 'timeout' });
    await expect(call('GET', '/demo-accounts', { signal: AbortSignal.timeout(150) })).rejects.toThrow();
  });

  it('adds latency and then answers normally', async () => {
    faults.add({ path: '/dues-tiers', kind: 'latency', ms: 200 });
    const started = performance.now();
    expect((await call('GET', '/dues-tiers')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('is switched through the mock-only control endpoints', async () => {
    const added = await call('POST', `${ORIGIN}/__mock/faults`, {
      body: { path: '/dues-tiers', kind: 'status', status: 429, times: 'Infinity' },
    });
    expect(added.status).toBe(201);
    const limited = await call('GET', '/dues-tiers');
    expect([limited.status, limited.headers.get('Retry-After')]).toEqual([429, '30']);
    expect((await call('POST', `${ORIGIN}/__mock/faults`, { body: { kind: 'explode' } })).status).toBe(422);
    expect((await call('DELETE', `${ORIGIN}/__mock/faults`)).status).toBe(204);
    expect((await call('GET', '/dues-tiers')).status).toBe(200);
  });

  it('resets to the seed and ends every session through /__mock/reset', async () => {
    await signIn('ana');
    faults.add({ path: '/dues-tiers', kind: 'status', status: 500 });
    expect((await call('POST', `${ORIGIN}/__mock/reset`)).status).toBe(204);
    expect((await call('GET', '/session')).status).toBe(401);
    expect((await call('GET', '/dues-tiers')).status).toBe(200);
  });
});
