import { clock } from '../clock';
import { getDb } from '../db/db';
import type { IdempotencyRow } from '../db/rows/people';
import { HttpError } from './http-error';

/** Keys are remembered for a day, like Stripe's. */
const KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;
const MAX_KEY_LENGTH = 255;

export type IdempotencyStart =
  | { kind: 'replay'; status: number; body: unknown }
  | { kind: 'proceed'; complete(status: number, body: unknown): void; release(): void };

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
 * Starts an idempotent request. The same key with the same request replays the first answer; with a
 * different request it is refused (422); while the first is still running, 409. Only successful
 * answers are remembered: after an error the key is released so a corrected retry can go through.
 */
export function beginIdempotentRequest(ownerId: string, key: string, fingerprint: string): IdempotencyStart {
  const db = getDb();
  const now = clock.now();
  db.idempotency = db.idempotency.filter((r) => now.getTime() - Date.parse(r.createdAt) < KEY_LIFETIME_MS);
  const isThis = (r: IdempotencyRow) => r.ownerId === ownerId && r.key === key;
  const existing = db.idempotency.find(isThis);
  if (existing) {
    if (existing.fingerprint !== fingerprint) {
      throw new HttpError(
        422,
        'idempotency_key_reused',
        'This Idempotency-Key was already used for a different request.',
      );
    }
    if (existing.state === 'in_flight') {
      throw new HttpError(
        409,
        'idempotency_in_flight',
        'The same request is still being processed. Try again in a moment.',
      );
    }
    return { kind: 'replay', status: existing.status ?? 200, body: existing.body };
  }
  const row: IdempotencyRow = {
    ownerId,
    key,
    fingerprint,
    state: 'in_flight',
    status: null,
    body: null,
    createdAt: now.toISOString(),
  };
  db.idempotency.push(row);
  // Look the row up again on completion: a reset may have swapped the database in between.
  const current = (): IdempotencyRow | undefined => getDb().idempotency.find(isThis);
  return {
    kind: 'proceed',
    complete(status, body) {
      const stored = current();
      if (!stored) return;
      stored.state = 'done';
      stored.status = status;
      stored.body = body;
    },
    release() {
      const d = getDb();
      d.idempotency = d.idempotency.filter((r) => !isThis(r));
    },
  };
}

/**
 * Runs `run` at most once per key and request: replays a stored answer, or runs it and stores a
 * successful answer; any failure releases the key.
 */
export async function runIdempotently(
  ownerId: string,
  keyHeader: string | null,
  fingerprint: string,
  run: () => Promise<{ status: number; body: unknown }>,
): Promise<{ status: number; body: unknown; replayed: boolean }> {
  const start = beginIdempotentRequest(ownerId, requireIdempotencyKey(keyHeader), fingerprint);
  if (start.kind === 'replay') return { status: start.status, body: start.body, replayed: true };
  try {
    const outcome = await run();
    start.complete(outcome.status, outcome.body);
    return { ...outcome, replayed: false };
  } catch (error) {
    start.release();
    throw error;
  }
}
