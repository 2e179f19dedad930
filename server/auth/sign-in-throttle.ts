/** Limits on failed sign-ins, kept in one place so the policy is documented where it is enforced. */
export interface SignInThrottlePolicy {
  /** How far back failures count. */
  readonly windowSeconds: number;
  /** Failures one account may have in the window; the next attempt on it is refused. */
  readonly maxFailuresPerAccount: number;
  /** Failures one client address may have in the window, across all accounts. */
  readonly maxFailuresPerAddress: number;
}

/**
 * Within 15 minutes, 5 failures per account (slows guessing one password) and 20 per address (slows
 * one client trying many accounts). Once over a limit, attempts are refused until enough of the
 * counted failures have left the window.
 */
export const SIGN_IN_THROTTLE_POLICY: SignInThrottlePolicy = Object.freeze({
  windowSeconds: 15 * 60,
  maxFailuresPerAccount: 5,
  maxFailuresPerAddress: 20,
});

/** A failed sign-in as a store records it. */
export interface FailedSignIn {
  /** When it failed, as an ISO 8601 instant. */
  at: string;
  /** The lower-cased e-mail address that was tried. */
  accountKey: string;
  /** The client's IP address. */
  address: string;
}

/** The sign-in being attempted now. */
export interface SignInAttempt {
  accountKey: string;
  address: string;
}

export type SignInThrottleDecision =
  { allowed: true } | { allowed: false; retryAfterSeconds: number; limitedBy: 'account' | 'address' };

/**
 * Whether a sign-in attempt may go ahead, given the recent failures. Pure (the clock is passed in),
 * so any store can supply the failures and tests need no fake timers. A failure counts while it is
 * less than the window old; one with an unreadable `at` is ignored.
 */
export function decideSignInAttempt(
  now: Date,
  recentFailures: readonly FailedSignIn[],
  attempt: SignInAttempt,
  policy: SignInThrottlePolicy = SIGN_IN_THROTTLE_POLICY,
): SignInThrottleDecision {
  const nowMs = now.getTime();
  const windowMs = policy.windowSeconds * 1000;
  const windowStartMs = nowMs - windowMs;
  const accountKey = normalizeAccountKey(attempt.accountKey);
  const address = normalizeAddress(attempt.address);

  const accountFailures: number[] = [];
  const addressFailures: number[] = [];
  for (const failure of recentFailures) {
    const atMs = Date.parse(failure.at);
    if (!(atMs > windowStartMs)) continue;
    if (normalizeAccountKey(failure.accountKey) === accountKey) accountFailures.push(atMs);
    if (normalizeAddress(failure.address) === address) addressFailures.push(atMs);
  }

  const accountWaitMs = waitMs(accountFailures, policy.maxFailuresPerAccount, nowMs, windowMs);
  const addressWaitMs = waitMs(addressFailures, policy.maxFailuresPerAddress, nowMs, windowMs);
  if (accountWaitMs === null && addressWaitMs === null) return { allowed: true };

  // Both limits must clear before the attempt is allowed, so report the one that clears last.
  const limitedBy = (addressWaitMs ?? -Infinity) > (accountWaitMs ?? -Infinity) ? 'address' : 'account';
  const wait = Math.max(accountWaitMs ?? 0, addressWaitMs ?? 0);
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)), limitedBy };
}

/**
 * The ISO instant before which failures no longer count (now minus the window), so a store can
 * delete older rows.
 */
export function pruneBefore(now: Date, policy: SignInThrottlePolicy = SIGN_IN_THROTTLE_POLICY): string {
  return new Date(now.getTime() - policy.windowSeconds * 1000).toISOString();
}

/**
 * How long until fewer than `max` of these failures are in the window, or null if already fewer.
 * Usually the oldest one leaving is enough; if a race let more than `max` be recorded, more must go.
 */
function waitMs(failureTimes: number[], max: number, nowMs: number, windowMs: number): number | null {
  if (failureTimes.length < max) return null;
  failureTimes.sort((a, b) => a - b);
  const mustLeave = failureTimes[failureTimes.length - max] ?? nowMs;
  return mustLeave + windowMs - nowMs;
}

/** Lower-cased here too, so a caller that forgets cannot open a second budget for one account. */
function normalizeAccountKey(accountKey: string): string {
  return accountKey.trim().toLowerCase();
}

/** IPv6 hex digits may arrive in either case; IPv4 is unaffected. */
function normalizeAddress(address: string): string {
  return address.trim().toLowerCase();
}
