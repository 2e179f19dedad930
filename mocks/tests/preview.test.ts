// @vitest-environment node
// API-level tests need no DOM; session.test.ts runs in jsdom, where the UI tests meet this mock.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccessLogEntry } from '../../src/api/contracts/access';
import { fillPath } from '../../src/api/contracts/endpoint';
import { endpoints } from '../../src/api/contracts/endpoints';
import type { Session } from '../../src/api/contracts/session';
import { clock } from '../clock';
import { call, errorCode, signIn, startPreview, useSeedDate, type ErrorAnswer } from './api';

beforeEach(() => {
  useSeedDate();
});
afterEach(() => {
  clock.set(null);
});

const REASON = 'Checking the dues page before our call with the mayor';
const ALLOWED_WHILE_PREVIEWING = new Set(['signOut', 'endPreview']);

describe('MIP staff preview', () => {
  it('needs a reason of at least 10 characters', async () => {
    await signIn('morgan');
    const answer = await startPreview('riverton', 'because');
    expect(answer.status).toBe(422);
    expect((answer.body as ErrorAnswer).error.fieldErrors?.reason?.[0]).toMatch(/at least 10 characters/);
  });

  it('shows the member’s hub read-only and records the preview in its access history', async () => {
    await signIn('morgan');
    const started = await startPreview('riverton', REASON);
    expect(started.status).toBe(201);
    const session = await call<Session>('GET', '/session');
    expect(session.body.preview).toMatchObject({ memberId: 'riverton', city: 'Riverton', reason: REASON });
    expect((await call('GET', '/members/riverton/overview')).status).toBe(200);
    expect((await call('GET', '/members/lakeport/overview')).status).toBe(404);
    const log = await call<{ items: AccessLogEntry[] }>('GET', '/members/riverton/access-log');
    expect(log.body.items[0]).toMatchObject({
      kind: 'staff_preview',
      actor: { id: 'morgan-hale', name: 'Morgan Hale' },
      description: REASON,
      endedAt: null,
    });
    expect((await call('DELETE', '/staff/previews/current')).status).toBe(204);
    await signIn('ana');
    const seenByAna = await call<{ items: AccessLogEntry[] }>('GET', '/members/riverton/access-log');
    expect(seenByAna.body.items[0]?.endedAt).toBe(clock.now().toISOString());
  });

  it('refuses every changing request of the contract with 403 preview_read_only, and hand-made ones too', async () => {
    await signIn('morgan');
    await startPreview('riverton');
    const changing = Object.values(endpoints).filter(
      (e) => e.method !== 'GET' && !ALLOWED_WHILE_PREVIEWING.has(e.operationId),
    );
    expect(changing.length).toBeGreaterThan(0);
    for (const endpoint of changing) {
      const path = fillPath(endpoint.path, {
        memberId: 'riverton',
        personId: 'ana-ortiz',
        meetingId: 'winter-2027',
        id: 'x',
        trackId: 'womens-network',
        registrationId: 'x',
        memoRequestId: 'x',
        applicationId: 'x',
        assistanceRequestId: 'x',
        bookId: 'x',
        invoiceId: 'inv-riverton-2026',
        delegationId: 'del-jordan-ana',
        token: 'x',
      });
      const answer = await call(endpoint.method, path, { body: {}, headers: { 'Idempotency-Key': 'k-1' } });
      expect([answer.status, errorCode(answer)], endpoint.operationId).toEqual([403, 'preview_read_only']);
    }
    const handMade = await call('PUT', '/members/riverton/anything', { body: {} });
    expect(errorCode(handMade)).toBe('preview_read_only');
  });

  it('can’t be nested', async () => {
    await signIn('morgan');
    await startPreview('riverton');
    const second = await startPreview('lakeport');
    expect(second.status).toBe(403);
    expect(errorCode(second)).toBe('preview_read_only');
    const session = await call<Session>('GET', '/session');
    expect(session.body.preview?.memberId).toBe('riverton');
  });

  it('ends by itself after 60 minutes', async () => {
    await signIn('morgan');
    await startPreview('cedar-falls');
    // Keep the session alive (30 idle minutes) while the preview runs out.
    for (const minutes of [20, 20, 19]) {
      clock.advance(minutes * 60_000);
      expect((await call<Session>('GET', '/session')).body.preview?.memberId).toBe('cedar-falls');
    }
    clock.advance(2 * 60_000);
    const session = await call<Session>('GET', '/session');
    expect(session.status).toBe(200);
    expect(session.body.preview).toBeNull();
    expect((await call('GET', '/members/cedar-falls/overview')).status).toBe(404);
  });

  it('lets staff preview a prospective city, and sign out during a preview', async () => {
    await signIn('morgan');
    expect((await startPreview('millbrook')).status).toBe(201);
    expect((await call('GET', '/members/millbrook/overview')).status).toBe(200);
    expect((await call('DELETE', '/session')).status).toBe(204);
    expect((await call('GET', '/session')).status).toBe(401);
  });

  it('answers 404 for a city that does not exist', async () => {
    await signIn('morgan');
    expect((await startPreview('atlantis')).status).toBe(404);
  });
});
