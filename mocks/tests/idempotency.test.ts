// @vitest-environment node
// API-level tests need no DOM; session.test.ts runs in jsdom, where the UI tests meet this mock.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineEndpoint } from '../../src/api/contracts/endpoint';
import { clock } from '../clock';
import { contractRouter } from '../lib/contract-router';
import { runIdempotently } from '../lib/idempotency';
import { route } from '../lib/route';
import { server } from '../node';
import { mockStore } from '../store/mock-store';
import { call, errorCode, signIn, useSeedDate } from './api';

beforeEach(() => {
  useSeedDate();
});
afterEach(() => {
  clock.set(null);
});

/** A test-only endpoint that consumes something, to drive the whole route pipeline. */
const createThing = defineEndpoint({
  operationId: 'testCreateThing',
  method: 'POST',
  path: '/test/things',
  summary: 'Test only',
  tag: 'test',
  auth: 'session',
  idempotencyKey: true,
  body: z.object({ name: z.string().min(1) }),
  response: z.object({ id: z.number(), name: z.string() }),
  successStatus: 201,
});

function useThingsEndpoint(): { created: () => number } {
  let count = 0;
  server.use(
    contractRouter([
      route(createThing, ({ body }) => {
        if (body.name === 'fail') throw new Error('boom');
        count += 1;
        return { id: count, name: body.name };
      }),
    ]),
  );
  return { created: () => count };
}

const post = (body: unknown, key?: string): ReturnType<typeof call> =>
  call('POST', '/test/things', { body, headers: key ? { 'Idempotency-Key': key } : {} });

describe('Idempotency-Key through the route pipeline', () => {
  it('requires the header', async () => {
    useThingsEndpoint();
    await signIn('ana');
    const answer = await post({ name: 'a' });
    expect([answer.status, errorCode(answer)]).toEqual([400, 'idempotency_key_required']);
  });

  it('replays the first answer for the same key and body, creating one record', async () => {
    const things = useThingsEndpoint();
    await signIn('ana');
    const first = await post({ name: 'a' }, 'key-1');
    const again = await post({ name: 'a' }, 'key-1');
    expect(first).toMatchObject({ status: 201, body: { id: 1, name: 'a' } });
    expect(again).toMatchObject({ status: 201, body: { id: 1, name: 'a' } });
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(things.created()).toBe(1);
  });

  it('replays concurrent retries once', async () => {
    const things = useThingsEndpoint();
    await signIn('ana');
    const answers = await Promise.all(Array.from({ length: 5 }, () => post({ name: 'a' }, 'key-c')));
    expect(things.created()).toBe(1);
    for (const a of answers) expect([201, 409]).toContain(a.status);
  });

  it('refuses the same key with another body (422)', async () => {
    useThingsEndpoint();
    await signIn('ana');
    await post({ name: 'a' }, 'key-2');
    const reused = await post({ name: 'b' }, 'key-2');
    expect([reused.status, errorCode(reused)]).toEqual([422, 'idempotency_key_reused']);
  });

  it('keeps keys per person', async () => {
    const things = useThingsEndpoint();
    await signIn('ana');
    await post({ name: 'a' }, 'shared');
    await signIn('marcus');
    expect((await post({ name: 'a' }, 'shared')).body).toMatchObject({ id: 2 });
    expect(things.created()).toBe(2);
  });

  it('releases the key after a failure so a retry can succeed', async () => {
    const things = useThingsEndpoint();
    await signIn('ana');
    expect((await post({ name: 'fail' }, 'key-3')).status).toBe(500);
    expect((await post({ name: 'ok' }, 'key-3')).status).toBe(201);
    expect(things.created()).toBe(1);
  });

  it('checks the response against the contract: a drifting handler answers 500', async () => {
    server.use(
      contractRouter([
        route(
          { ...createThing, idempotencyKey: false },
          () => ({ id: 'not-a-number', name: 1 }) as unknown as { id: number; name: string },
        ),
      ]),
    );
    await signIn('ana');
    const answer = await post({ name: 'a' });
    expect([answer.status, errorCode(answer)]).toEqual([500, 'contract_mismatch']);
  });

  it('does not let a validation error consume the key', async () => {
    const things = useThingsEndpoint();
    await signIn('ana');
    expect((await post({ name: '' }, 'key-4')).status).toBe(422);
    expect((await post({ name: 'ok' }, 'key-4')).status).toBe(201);
    expect(things.created()).toBe(1);
  });
});

describe('Idempotency-Key claims in the store', () => {
  const ok = () => Promise.resolve({ status: 201, body: { ok: true } });
  const runWith = (key: string, fingerprint: string, run = ok) =>
    mockStore.transaction((tx) => runIdempotently(tx, 'ana-ortiz', key, fingerprint, run));

  it('answers 409 for a claim still in flight (a store that showed one)', async () => {
    await mockStore.transaction((tx) =>
      tx.idempotency.insert({
        ownerId: 'ana-ortiz',
        key: 'k',
        fingerprint: 'POST /x {}',
        state: 'in_flight',
        status: null,
        body: null,
        createdAt: clock.now().toISOString(),
      }),
    );
    await expect(runWith('k', 'POST /x {}')).rejects.toMatchObject({ status: 409, code: 'idempotency_in_flight' });
  });

  it('rolls the claim back with a failed request, so the key is free again', async () => {
    await expect(runWith('k2', 'POST /x {}', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await runWith('k2', 'POST /x {"a":1}')).toEqual({ status: 201, body: { ok: true }, replayed: false });
  });

  it('forgets keys after 24 hours', async () => {
    await runWith('old', 'POST /x {}');
    expect(await runWith('old', 'POST /x {}')).toMatchObject({ replayed: true });
    clock.advance(25 * 60 * 60 * 1000);
    expect(await runWith('old', 'POST /x {"a":1}')).toMatchObject({ replayed: false });
  });
});
