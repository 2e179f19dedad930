// @vitest-environment node
// API-level tests need no DOM; session.test.ts runs in jsdom, where the UI tests meet this mock.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PersonTracks } from '../../src/api/contracts/tracks';
import { clock } from '../clock';
import { getDb } from '../db/db';
import { call, errorCode, signIn, startPreview, useSeedDate, type ErrorAnswer } from './api';

beforeEach(() => {
  useSeedDate();
});
afterEach(() => {
  clock.set(null);
});

describe('who reaches which city', () => {
  it('lets a mayor reach their own city and hides every other city behind 404', async () => {
    await signIn('ana');
    expect((await call('GET', '/members/riverton/overview')).status).toBe(200);
    for (const path of [
      '/members/lakeport/overview',
      '/members/lakeport/dues',
      '/members/no-such-city/overview',
      '/members/millbrook/overview',
    ]) {
      const answer = await call('GET', path);
      expect(answer.status, path).toBe(404);
      expect(errorCode(answer)).toBe('not_found');
    }
  });

  it('lets Jordan read and manage dues for Ana, but not see dues for Dana', async () => {
    await signIn('jordan');
    expect((await call('GET', '/members/riverton/dues')).status).toBe(200);
    expect((await call('GET', '/members/cedar-falls/overview')).status).toBe(200);
    expect((await call('GET', '/members/cedar-falls/memo-allowance')).status).toBe(200);
    const dues = await call<ErrorAnswer>('GET', '/members/cedar-falls/dues');
    expect(dues.status).toBe(403);
    expect(dues.body.error).toMatchObject({
      code: 'delegate_scope',
      message: 'Jordan Lee does not have permission to manage dues for Mayor Dana Whitfield',
    });
  });

  it('gives a delegate no reach into cities that granted nothing', async () => {
    await signIn('jordan');
    expect((await call('GET', '/members/lakeport/overview')).status).toBe(404);
  });

  it('keeps the access history to the mayor: delegates get 403', async () => {
    await signIn('jordan');
    const answer = await call('GET', '/members/riverton/access-log');
    expect(answer.status).toBe(403);
    expect(errorCode(answer)).toBe('mayor_only');
  });

  it('stops a revoked delegation on the very next request', async () => {
    await signIn('jordan');
    expect((await call('GET', '/members/riverton/overview')).status).toBe(200);
    const grant = getDb().delegations.find((d) => d.id === 'del-jordan-ana');
    if (!grant) throw new Error('seed grant missing');
    grant.revokedAt = clock.now().toISOString();
    const answer = await call<ErrorAnswer>('GET', '/members/riverton/overview');
    expect(answer.status).toBe(403);
    expect(answer.body.error).toEqual({
      code: 'delegation_revoked',
      message: 'Your access for Mayor Ana Ortiz was revoked. Ask them to grant it again if you still need it.',
    });
  });

  it('refuses a delegation past its end date (403 delegation_expired), saying when it ended', async () => {
    await signIn('jordan');
    const grant = getDb().delegations.find((d) => d.id === 'del-jordan-dana');
    if (!grant) throw new Error('seed grant missing');
    grant.endsOn = '2026-11-25';
    const answer = await call<ErrorAnswer>('GET', '/members/cedar-falls/overview');
    expect(answer.body.error).toEqual({
      code: 'delegation_expired',
      message:
        'Your access for Mayor Dana Whitfield ended on November 25, 2026. Ask them to extend it if you still need it.',
    });
  });

  it('tells a delegate whose only grant was revoked long ago the same, even for a mayor-only page', async () => {
    await call('POST', '/session', { body: { email: 'sam.reyes@riverton.example', password: 'demo' } });
    for (const path of ['/members/riverton/overview', '/members/riverton/delegations']) {
      const answer = await call<ErrorAnswer>('GET', path);
      expect([answer.status, answer.body.error.message], path).toEqual([
        403,
        'Your access for Mayor Ana Ortiz was revoked. Ask them to grant it again if you still need it.',
      ]);
    }
  });

  it('refuses staff endpoints to everyone but MIP staff', async () => {
    for (const account of ['ana', 'jordan', 'lee'] as const) {
      await signIn(account);
      const list = await call('GET', '/staff/members');
      expect(list.status, account).toBe(403);
      expect(errorCode(list)).toBe('staff_only');
      expect((await startPreview('riverton')).status, account).toBe(403);
    }
  });

  it('gives MIP staff no member data outside a preview', async () => {
    await signIn('morgan');
    expect((await call('GET', '/staff/members')).status).toBe(200);
    expect((await call('GET', '/members/riverton/overview')).status).toBe(404);
  });

  it('lets a prospective mayor reach only their own prospective city', async () => {
    await signIn('lee');
    const own = await call<{ member: { membership: { status: string } } }>('GET', '/members/millbrook/overview');
    expect(own.body.member.membership.status).toBe('prospective');
    expect((await call('GET', '/members/riverton/overview')).status).toBe(404);
  });
});

describe('identity tracks stay private', () => {
  const tracksOf = async (personId: string): Promise<string[]> => {
    const answer = await call<PersonTracks>('GET', `/people/${personId}/tracks`);
    expect(answer.status).toBe(200);
    return answer.body.memberships.map((m) => m.trackId);
  };

  it('shows the Women Mayors’ Network only to the mayor and to MIP staff previewing her', async () => {
    await signIn('dana');
    expect(await tracksOf('dana-whitfield')).toEqual(['womens-network']);
    await signIn('jordan');
    expect(await tracksOf('dana-whitfield')).toEqual([]);
    await signIn('morgan');
    await startPreview('cedar-falls');
    expect(await tracksOf('dana-whitfield')).toEqual(['womens-network']);
  });

  it('shows open tracks to other signed-in people', async () => {
    await signIn('marcus');
    expect(await tracksOf('ana-ortiz')).toEqual(['first-term']);
  });
});
