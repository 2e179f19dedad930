import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/api-error';
import type { Session } from '@/api/contracts/session';
import { sessionQueryKey } from '@/api/queries/session-queries';
import { registerSignInPrompt, sessionHooksOf } from '@/api/session-hooks';

/** Only what the hooks read: whether a preview is on. */
const sessionWith = (preview: Session['preview']) => ({ preview }) as Session;
const previewing = { memberId: 'riverton' } as unknown as NonNullable<Session['preview']>;

describe('the fetch client hooks of one app instance', () => {
  it('read only that app’s cache: a preview in one app does not make another read-only', () => {
    const staff = new QueryClient();
    const mayor = new QueryClient();
    staff.setQueryData(sessionQueryKey, sessionWith(previewing));
    mayor.setQueryData(sessionQueryKey, sessionWith(null));

    expect(sessionHooksOf(staff).isPreviewing()).toBe(true);
    expect(sessionHooksOf(mayor).isPreviewing()).toBe(false);
    expect(sessionHooksOf(new QueryClient()).isPreviewing()).toBe(false);
  });

  it('when a delegate’s access ends, mark only that app’s session to be read again', () => {
    const delegate = new QueryClient();
    const other = new QueryClient();
    delegate.setQueryData(sessionQueryKey, sessionWith(null));
    other.setQueryData(sessionQueryKey, sessionWith(null));

    sessionHooksOf(delegate).accessEnded(
      new ApiError({ status: 403, code: 'delegation_revoked', message: 'Access was revoked.' }),
    );

    expect(delegate.getQueryState(sessionQueryKey)?.isInvalidated).toBe(true);
    expect(other.getQueryState(sessionQueryKey)?.isInvalidated).toBe(false);
  });

  it('answer a 401 with "not signed in again" when the app shows no sign-in dialog', async () => {
    await expect(sessionHooksOf(new QueryClient()).reauthenticate()).resolves.toBe(false);
    await expect(sessionHooksOf(undefined).reauthenticate()).resolves.toBe(false);
  });

  it('ask only the sign-in dialog of the app the request came from, while it is shown', async () => {
    const mayor = new QueryClient();
    const staff = new QueryClient();
    const undo = registerSignInPrompt(mayor, () => Promise.resolve(true));

    await expect(sessionHooksOf(mayor).reauthenticate()).resolves.toBe(true);
    await expect(sessionHooksOf(staff).reauthenticate()).resolves.toBe(false);
    undo();
    await expect(sessionHooksOf(mayor).reauthenticate()).resolves.toBe(false);
  });
});
