// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decideSignInAttempt, pruneBefore, SIGN_IN_THROTTLE_POLICY, type FailedSignIn } from './sign-in-throttle';

const NOW = new Date('2026-11-26T15:00:00.000Z');
const ADDRESS = '203.0.113.7';
const OTHER_ADDRESS = '198.51.100.2';

/** The instant `seconds` before NOW. */
function ago(seconds: number): string {
  return new Date(NOW.getTime() - seconds * 1000).toISOString();
}

function failure(secondsAgo: number, accountKey = 'ana@x.org', address = ADDRESS): FailedSignIn {
  return { at: ago(secondsAgo), accountKey, address };
}

describe('SIGN_IN_THROTTLE_POLICY', () => {
  it('is 5 per account and 20 per address in 15 minutes, and frozen', () => {
    expect(SIGN_IN_THROTTLE_POLICY).toEqual({
      windowSeconds: 900,
      maxFailuresPerAccount: 5,
      maxFailuresPerAddress: 20,
    });
    expect(Object.isFrozen(SIGN_IN_THROTTLE_POLICY)).toBe(true);
  });
});

describe('decideSignInAttempt', () => {
  const attempt = { accountKey: 'ana@x.org', address: ADDRESS };

  it('allows an attempt with no failures', () => {
    expect(decideSignInAttempt(NOW, [], attempt)).toEqual({ allowed: true });
  });

  it('allows an attempt under the limits', () => {
    const failures = [failure(600), failure(300), failure(120), failure(10)];
    expect(decideSignInAttempt(NOW, failures, attempt)).toEqual({ allowed: true });
  });

  it('refuses the 6th attempt on an account after 5 failures, until the oldest leaves the window', () => {
    const failures = [failure(600), failure(500), failure(400), failure(300), failure(1)];
    // The oldest (600 s ago) leaves the 900 s window in 300 s.
    expect(decideSignInAttempt(NOW, failures, attempt)).toEqual({
      allowed: false,
      retryAfterSeconds: 300,
      limitedBy: 'account',
    });
    // Order in the input does not matter.
    expect(decideSignInAttempt(NOW, [...failures].reverse(), attempt)).toMatchObject({ retryAfterSeconds: 300 });
    // Just before the oldest leaves, still refused; once it has, allowed.
    expect(decideSignInAttempt(new Date(NOW.getTime() + 299_000), failures, attempt)).toMatchObject({
      allowed: false,
      retryAfterSeconds: 1,
    });
    expect(decideSignInAttempt(new Date(NOW.getTime() + 300_000), failures, attempt)).toEqual({ allowed: true });
  });

  it('rounds retryAfterSeconds up to a whole second, never below 1', () => {
    const failures = [failure(600.2), failure(500), failure(400), failure(300), failure(1)];
    expect(decideSignInAttempt(NOW, failures, attempt)).toMatchObject({ retryAfterSeconds: 300 });

    const nearlyGone = [failure(899.999), failure(500), failure(400), failure(300), failure(1)];
    expect(decideSignInAttempt(NOW, nearlyGone, attempt)).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
  });

  it('waits for enough failures to leave when more than the limit were recorded', () => {
    // 7 failures: 3 must leave before fewer than 5 remain; the third oldest is 700 s old.
    const failures = [failure(850), failure(800), failure(700), failure(300), failure(200), failure(100), failure(5)];
    expect(decideSignInAttempt(NOW, failures, attempt)).toEqual({
      allowed: false,
      retryAfterSeconds: 200,
      limitedBy: 'account',
    });
  });

  it('does not count failures older than the window', () => {
    const failures = [failure(900), failure(1000), failure(5000), failure(300), failure(200), failure(100), failure(5)];
    expect(decideSignInAttempt(NOW, failures, attempt)).toEqual({ allowed: true });
    expect(decideSignInAttempt(NOW, [...failures, failure(899)], attempt)).toMatchObject({
      allowed: false,
      retryAfterSeconds: 1,
      limitedBy: 'account',
    });
  });

  it('lets other accounts from the same address through until the address limit', () => {
    const failures = [1, 2, 3, 4, 5].map((n) => failure(n * 10));
    expect(decideSignInAttempt(NOW, failures, attempt)).toMatchObject({ allowed: false, limitedBy: 'account' });
    expect(decideSignInAttempt(NOW, failures, { accountKey: 'ben@x.org', address: ADDRESS })).toEqual({
      allowed: true,
    });
    // The locked account is locked from any address.
    expect(decideSignInAttempt(NOW, failures, { accountKey: 'ana@x.org', address: OTHER_ADDRESS })).toMatchObject({
      allowed: false,
      limitedBy: 'account',
    });
  });

  it('refuses an address after 20 failures across many accounts', () => {
    // 20 accounts, one failure a minute for 20 minutes: only the 14 inside the window count.
    const spread = Array.from({ length: 20 }, (_, i) => failure(60 * (i + 1), `user${i}@x.org`));
    expect(spread.filter((f) => Date.parse(f.at) > NOW.getTime() - 900_000)).toHaveLength(14);
    expect(decideSignInAttempt(NOW, spread, { accountKey: 'new@x.org', address: ADDRESS })).toEqual({
      allowed: true,
    });

    // 20 accounts within the window: the address is refused, for any account, until the oldest leaves.
    const burst = Array.from({ length: 20 }, (_, i) => failure(30 * (i + 1), `user${i}@x.org`));
    expect(decideSignInAttempt(NOW, burst, { accountKey: 'new@x.org', address: ADDRESS })).toEqual({
      allowed: false,
      retryAfterSeconds: 900 - 600,
      limitedBy: 'address',
    });
    // 19 is still under the limit.
    expect(decideSignInAttempt(NOW, burst.slice(0, 19), { accountKey: 'new@x.org', address: ADDRESS })).toEqual({
      allowed: true,
    });
    // Another address is unaffected.
    expect(decideSignInAttempt(NOW, burst, { accountKey: 'new@x.org', address: OTHER_ADDRESS })).toEqual({
      allowed: true,
    });
  });

  it('reports the limit that clears last when both are exceeded', () => {
    const others = Array.from({ length: 15 }, (_, i) => failure(800 - i, `user${i}@x.org`));
    // The address clears in 100 s (its oldest failure is 800 s old); the account needs 850 s.
    const anas = [50, 40, 30, 20, 10].map((s) => failure(s));
    expect(decideSignInAttempt(NOW, [...others, ...anas], attempt)).toEqual({
      allowed: false,
      retryAfterSeconds: 900 - 50,
      limitedBy: 'account',
    });

    // Here the address clears later: its oldest counted failure is newer than the account's.
    const oldAnas = [890, 880, 870, 860, 850].map((s) => failure(s, 'ana@x.org', OTHER_ADDRESS));
    const busyAddress = Array.from({ length: 20 }, (_, i) => failure(100 - i, `user${i}@x.org`));
    expect(decideSignInAttempt(NOW, [...oldAnas, ...busyAddress], attempt)).toEqual({
      allowed: false,
      retryAfterSeconds: 900 - 100,
      limitedBy: 'address',
    });
  });

  it('compares account keys case-insensitively, even if the caller forgot to lower-case', () => {
    const failures = [
      failure(50, 'Ana@X.org'),
      failure(40, 'ana@x.org'),
      failure(30, 'ANA@X.ORG'),
      failure(20, 'ana@X.org'),
      failure(10, 'Ana@x.Org'),
    ];
    expect(decideSignInAttempt(NOW, failures, { accountKey: 'ana@x.org', address: ADDRESS })).toMatchObject({
      allowed: false,
      limitedBy: 'account',
    });
    expect(decideSignInAttempt(NOW, failures, { accountKey: 'Ana@X.org', address: OTHER_ADDRESS })).toMatchObject({
      allowed: false,
      limitedBy: 'account',
    });
  });

  it('ignores failures whose time cannot be read', () => {
    const failures = [failure(50), failure(40), failure(30), failure(20), { ...failure(10), at: 'not a date' }];
    expect(decideSignInAttempt(NOW, failures, attempt)).toEqual({ allowed: true });
  });
});

describe('pruneBefore', () => {
  it('is the start of the window as an ISO instant', () => {
    expect(pruneBefore(NOW)).toBe('2026-11-26T14:45:00.000Z');
  });

  it('is where counting stops: failures at or before it no longer count', () => {
    const cutoff = pruneBefore(NOW);
    const attempt = { accountKey: 'ana@x.org', address: ADDRESS };
    const atCutoff = Array.from({ length: 5 }, () => ({ at: cutoff, accountKey: 'ana@x.org', address: ADDRESS }));
    expect(decideSignInAttempt(NOW, atCutoff, attempt)).toEqual({ allowed: true });

    const justAfter = new Date(Date.parse(cutoff) + 1).toISOString();
    const counted = atCutoff.map((f) => ({ ...f, at: justAfter }));
    expect(decideSignInAttempt(NOW, counted, attempt)).toEqual({
      allowed: false,
      retryAfterSeconds: 1,
      limitedBy: 'account',
    });
  });
});
