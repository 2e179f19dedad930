import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Session } from '../../src/api/contracts/session';
import { clock } from '../clock';
import { call, EMAILS, errorCode, signIn, useSeedDate, type ErrorAnswer } from './api';

beforeEach(() => {
  useSeedDate();
});
afterEach(() => {
  clock.set(null);
});

describe('sign-in and the session', () => {
  it('signs in with e-mail and password and remembers the session in a cookie', async () => {
    const session = await signIn('ana');
    expect(session.person).toMatchObject({ id: 'ana-ortiz', role: 'mayor' });
    expect(session.ownMemberId).toBe('riverton');
    const again = await call<Session>('GET', '/session');
    expect(again.status).toBe(200);
    expect(again.body.person.email).toBe(EMAILS.ana);
  });

  it('accepts the e-mail in any letter case', async () => {
    const answer = await call('POST', '/session', { body: { email: 'Ana.Ortiz@Riverton.EXAMPLE', password: 'demo' } });
    expect(answer.status).toBe(201);
  });

  it('refuses a wrong password with plain words', async () => {
    const answer = await call<ErrorAnswer>('POST', '/session', { body: { email: EMAILS.ana, password: 'nope' } });
    expect(answer.status).toBe(401);
    expect(answer.body.error).toEqual({
      code: 'invalid_credentials',
      message: "That e-mail and password don't match an account.",
    });
  });

  it('refuses sign-in for a while after five wrong passwords on one account, saying how long', async () => {
    const wrong = () => call('POST', '/session', { body: { email: EMAILS.ana, password: 'nope' } });
    for (let i = 0; i < 5; i += 1) expect((await wrong()).status).toBe(401);
    // Even the right password waits now: a guesser can't tell a hit from a miss.
    const refused = await call('POST', '/session', { body: { email: EMAILS.ana.toUpperCase(), password: 'demo' } });
    expect([refused.status, errorCode(refused)]).toEqual([429, 'too_many_sign_in_attempts']);
    expect(Number(refused.headers.get('Retry-After'))).toBe(15 * 60);
    // Another account from the same place still signs in.
    expect((await signIn('marcus')).person.email).toBe(EMAILS.marcus);
    clock.advance(15 * 60 * 1000);
    expect((await call('POST', '/session', { body: { email: EMAILS.ana, password: 'demo' } })).status).toBe(201);
  });

  it('refuses sign-in from one address after twenty wrong passwords across accounts', async () => {
    for (let i = 0; i < 20; i += 1) {
      const answer = await call('POST', '/session', {
        body: { email: `nobody-${String(i)}@example.org`, password: 'x' },
      });
      expect(answer.status).toBe(401);
    }
    const refused = await call('POST', '/session', { body: { email: EMAILS.ana, password: 'demo' } });
    expect([refused.status, errorCode(refused)]).toEqual([429, 'too_many_sign_in_attempts']);
  });

  it('answers 422 with field errors for a malformed e-mail, and 400 for malformed JSON', async () => {
    const invalid = await call<ErrorAnswer>('POST', '/session', { body: { email: 'not-an-email', password: '' } });
    expect(invalid.status).toBe(422);
    expect(Object.keys(invalid.body.error.fieldErrors ?? {}).sort()).toEqual(['email', 'password']);
    const malformed = await call('POST', '/session', { body: '{"email":' });
    expect(malformed.status).toBe(400);
    expect(errorCode(malformed)).toBe('bad_request');
  });

  it('answers 401 unauthenticated without a session', async () => {
    const answer = await call('GET', '/session');
    expect(answer.status).toBe(401);
    expect(errorCode(answer)).toBe('unauthenticated');
  });

  it('lists Jordan’s live grants, not the revoked one of a former aide', async () => {
    const session = await signIn('jordan');
    expect(session.ownMemberId).toBeNull();
    expect(session.grants.map((g) => [g.memberId, g.scopes])).toEqual([
      ['riverton', ['meetings', 'memos', 'dues']],
      ['cedar-falls', ['meetings']],
    ]);
  });

  it('expires after 30 idle minutes, and each request slides the window', async () => {
    await signIn('ana');
    clock.advance(20 * 60_000);
    expect((await call('GET', '/session')).status).toBe(200);
    clock.advance(20 * 60_000);
    const stillAlive = await call<Session>('GET', '/session');
    expect(stillAlive.status).toBe(200);
    expect(stillAlive.body.expiresAt).toBe(new Date(clock.now().getTime() + 30 * 60_000).toISOString());
    clock.advance(31 * 60_000);
    const expired = await call('GET', '/members/riverton/overview');
    expect(expired.status).toBe(401);
    expect(errorCode(expired)).toBe('session_expired');
  });

  it('signs out: the cookie is cleared and the session no longer works', async () => {
    await signIn('marcus');
    expect((await call('DELETE', '/session')).status).toBe(204);
    expect((await call('GET', '/session')).status).toBe(401);
  });

  it('lists the demo accounts in the order of the product docs', async () => {
    const answer = await call<{ items: { email: string; name: string; description: string }[] }>(
      'GET',
      '/demo-accounts',
    );
    expect(answer.body.items.map((a) => a.email)).toEqual(Object.values(EMAILS));
    expect(answer.body.items[0]?.name).toBe('Mayor Ana Ortiz');
    expect(answer.body.items.every((a) => a.description.length > 10)).toBe(true);
  });

  it('answers unknown API paths with the 404 envelope', async () => {
    const answer = await call<ErrorAnswer>('GET', '/no-such-thing');
    expect(answer.status).toBe(404);
    expect(answer.body.error.code).toBe('not_found');
  });
});
