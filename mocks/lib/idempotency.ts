import { clock } from '../clock';
import type { IdempotencyRow } from '../db/rows/people';
import type { StoreTx } from '../../server/store/store';
import { HttpError } from './http-error';

/** Keys are remembered for a day, like Stripe's. */
const KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;
const MAX_KEY_LENGTH = 255;

/** The request's identity for key reuse: method, path and the body in a key-order-independent form. */
export function fingerprintOf(method: string, pathname: string, body: unknown): string {
  return `${method} ${pathname} ${stableJson(body)}`;
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return value === undefined ? 'null' : JSON.stringify(value);
}

export function requireIdempotencyKey(header: string | null): string {
  const key = header?.trim() ?? '';
  if (key === '') {
    throw new HttpError(
      400,
      'idempotency_key_required',
      'This request needs an Idempotency-Key header so a retry never does it twice.',
    );
  }
  if (key.length > MAX_KEY_LENGTH) throw new HttpError(400, 'bad_request', 'The Idempotency-Key header is too long.');
  return key;
}

/**
 * Runs `run` at most once per key and request, inside the request's transaction. The key is
 * claimed first: the same key with the same request replays the first answer; with a different
 * request it is refused (422). A claim is only ever seen done: a concurrent retry waits for the
 * first to commit (a unique key on PostgreSQL, one transaction at a time in memory). Only
 * successful answers are kept: a failure rolls the claim back with the rest, so a corrected retry
 * can go through.
 */
export async function runIdempotently(
  tx: StoreTx,
  ownerId: string,
  keyHeader: string | null,
  fingerprint: string,
  run: () => Promise<{ status: number; body: unknown }>,
): Promise<{ status: number; body: unknown; replayed: boolean }> {
  const key = requireIdempotencyKey(keyHeader);
  const now = clock.now();
  const claim: IdempotencyRow = {
    ownerId,
    key,
    fingerprint,
    state: 'in_flight',
    status: null,
    body: null,
    createdAt: now.toISOString(),
  };
  if (!(await tx.idempotency.insertIfAbsent(claim))) {
    const existing = await tx.idempotency.getForUpdate({ ownerId, key });
    const expired = !existing || now.getTime() - Date.parse(existing.createdAt) >= KEY_LIFETIME_MS;
    if (!existing) await tx.idempotency.insert(claim);
    else if (expired) await tx.idempotency.update(claim);
    else return replayOf(existing, fingerprint);
  }
  const outcome = await run();
  await tx.idempotency.update({ ...claim, state: 'done', status: outcome.status, body: outcome.body });
  return { ...outcome, replayed: false };
}

/** The first answer again, for the same request; a different request with the key is refused. */
function replayOf(existing: IdempotencyRow, fingerprint: string): { status: number; body: unknown; replayed: true } {
  if (existing.fingerprint !== fingerprint) {
    throw new HttpError(
      422,
      'idempotency_key_reused',
      'This Idempotency-Key was already used for a different request.',
    );
  }
  if (existing.state === 'in_flight') {
    // Not seen while transactions keep their claims to themselves; answered if a store ever shows one.
    throw new HttpError(
      409,
      'idempotency_in_flight',
      'The same request is still being processed. Try again in a moment.',
    );
  }
  return { status: existing.status ?? 200, body: existing.body, replayed: true };
}
