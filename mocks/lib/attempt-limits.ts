import { decideSignInAttempt, pruneBefore } from '../../server/auth/sign-in-throttle';
import type { StoreTx } from '../../server/store/store';
import { clock } from '../clock';
import { HttpError } from './http-error';

/** What a refused attempt needs to be counted: the route's `recordEvenIfRefused`. */
interface AttemptContext {
  tx: StoreTx;
  clientAddress: string;
  recordEvenIfRefused: (work: (tx: StoreTx) => Promise<void>) => void;
}

/** The refused attempts on record for this key or this address, each once. */
async function failuresOf(tx: StoreTx, accountKey: string, address: string) {
  const byAccount = await tx.signInFailures.find({ accountKey });
  const byAddress = await tx.signInFailures.find({ address });
  return [...new Map([...byAccount, ...byAddress].map((f) => [f.id, f])).values()];
}

/**
 * The limits on guessing a way in (a password, a welcome link's token), per key and per address
 * (server/auth/sign-in-throttle.ts): 429 with Retry-After once either is reached. Returns what to
 * call when this attempt is refused, so it counts toward the next.
 */
export async function limitAttempts(ctx: AttemptContext, accountKey: string): Promise<() => void> {
  const { tx, clientAddress } = ctx;
  const now = clock.now();
  const since = pruneBefore(now);
  const onRecord = await failuresOf(tx, accountKey, clientAddress);
  const recent = onRecord.filter((f) => f.at >= since);
  const decision = decideSignInAttempt(now, recent, { accountKey, address: clientAddress });
  if (!decision.allowed) {
    // The forms word the wait from Retry-After.
    throw new HttpError(429, 'too_many_sign_in_attempts', 'Too many sign-in attempts. Try again later.', undefined, {
      'Retry-After': String(decision.retryAfterSeconds),
    });
  }
  return () =>
    ctx.recordEvenIfRefused(async (failures) => {
      // Those out of the window are forgotten, so the table holds only what the limit counts.
      for (const failure of onRecord) if (failure.at < since) await failures.signInFailures.delete({ id: failure.id });
      const id = await failures.nextId('signin');
      await failures.signInFailures.insert({ id, accountKey, address: clientAddress, at: now.toISOString() });
    });
}
