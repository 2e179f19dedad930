// @vitest-environment node
// API-level tests need no DOM. MEMORY ONLY: it writes the embedded mock's store (getDb), so it is not a
// black-box suite and must not run on PGlite or PostgreSQL.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fillPath } from '../../src/api/contracts/endpoint';
import { endpoints } from '../../src/api/contracts/endpoints';
import { clock } from '../clock';
import { getDb } from '../db/db';
import { call, useSeedDate } from './api';
import { ACTORS, MEMORY_ONLY_CELLS, POLICY, expectationOf, type ActorKind, type Side } from './authorisation-policy';

/**
 * The cells of the authorisation matrix (authorisation-matrix.test.ts) that the API can't set up:
 * a member city's own application (MEMORY_ONLY_CELLS says why). Here a member city gets an
 * approved application written into the store, as if it had joined through the Hub; the cell then
 * signs its actor in and sends one request, with the matrix's expectation from the policy table.
 */

beforeEach(() => {
  useSeedDate();
});
afterEach(() => {
  clock.set(null);
});

const DENIED_STATUSES = [401, 403, 404];

/** Member cities joined through an application once (approved); the seed only has Millbrook's. */
function ensureApplication(city: string): void {
  const db = getDb();
  if (db.applications.some((a) => a.memberId === city)) return;
  const template = db.applications[0];
  const member = db.members.find((m) => m.id === city);
  const mayor = db.people.find((p) => p.id === member?.mayorId);
  if (!template || !member || !mayor) throw new Error(`No application to copy, or no city ${city}`);
  db.applications.push({
    ...structuredClone(template),
    id: `app-matrix-${city}`,
    memberId: city,
    personId: mayor.id,
    status: 'approved',
    decidedAt: '2016-09-12T15:00:00.000Z',
    city: member.city,
    state: member.state,
    population: member.population,
    mayorName: mayor.name,
    email: mayor.email,
  });
}

const BODIES: Partial<Record<string, unknown>> = {
  answerApplicationQuestion: { answer: 'Yes: the council approved it on March 3.' },
};

async function actAs(actor: ActorKind): Promise<void> {
  const { email, previews } = ACTORS[actor];
  expect((await call('DELETE', '/session')).status).toBe(204);
  if (email === null) return;
  expect((await call('POST', '/session', { body: { email, password: 'demo' } })).status).toBe(201);
  if (previews) {
    const preview = await call('POST', '/staff/previews', {
      body: { memberId: previews, reason: 'Checking the matrix of who reaches what' },
    });
    expect(preview.status, `preview ${previews}`).toBe(201);
  }
}

describe('authorisation matrix, cells the API cannot set up (embedded mock only)', () => {
  for (const key of MEMORY_ONLY_CELLS) {
    const [operationId, actor, side] = key.split('.') as [string, ActorKind, Side];
    const endpoint = Object.values(endpoints).find((e) => e.operationId === operationId);
    const policy = POLICY[operationId];
    if (!endpoint || !policy) throw new Error(`No endpoint or policy for ${key}`);
    const { allowed, refusedWith } = expectationOf(policy, actor, side);
    const target = ACTORS[actor][side];
    const outcome = !allowed ? 'denied' : refusedWith ? `allowed, refused 409 ${refusedWith}` : 'allowed';
    const words = side === 'own' ? 'own' : 'another';

    it(`${operationId} · ${ACTORS[actor].label} · ${words} city (${target.city}) → ${outcome}`, async () => {
      for (const city of [ACTORS[actor].own.city, ACTORS[actor].another.city]) {
        if (getDb().members.find((m) => m.id === city)?.kind === 'member') ensureApplication(city);
      }
      const path = fillPath(endpoint.path, { memberId: target.city });
      await actAs(actor);
      const answer = await call(endpoint.method, path, { body: BODIES[operationId] });
      const body = answer.body as { error?: { code?: string } } | null;
      const seen = `${endpoint.method} ${path} answered ${String(answer.status)} ${JSON.stringify(answer.body)}`;
      if (!allowed) expect(DENIED_STATUSES, seen).toContain(answer.status);
      else if (refusedWith) expect([answer.status, body?.error?.code], seen).toEqual([409, refusedWith]);
      else expect(answer.status, seen).toBe(endpoint.successStatus ?? 200);
    });
  }
});
