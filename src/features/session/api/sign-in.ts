import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import type { Session, SignInBody } from '@/api/contracts/session';
import { sessionQueryKey } from '@/api/queries/session-queries';
import { forgetData } from '@/api/queries/forget-on-arrival';
import { forgetSignedOut } from '@/api/sign-in-redirect';
import { clearAllDrafts } from '@/lib/drafts';
import { readSessionAfterSignIn } from './session-cookie-check';

/** The POST /session request, without side effects: each caller decides what signing in means. */
export function useSignInRequest() {
  return useMutation({
    mutationFn: (body: SignInBody, { client }) => apiRequest('signIn', { body, client }),
  });
}

/** A fresh sign-in starts from an empty cache: another person may have used this browser. */
export function startSession(queryClient: QueryClient, session: Session): void {
  forgetData(queryClient, 'signed-in');
  forgetSignedOut(queryClient);
  clearAllDrafts(session.person.id);
  queryClient.setQueryData(sessionQueryKey, session);
}

export function useStartSession() {
  const queryClient = useQueryClient();
  return (session: Session) => startSession(queryClient, session);
}

/**
 * Signing in on the sign-in page: the session is read back before any page relies on it, so a
 * browser that does not send the cookie is told so here (readSessionAfterSignIn). The cache is
 * emptied first, which also makes a 401 on that read fail at once instead of asking the person
 * to sign in again.
 */
export function useStartCheckedSession() {
  const queryClient = useQueryClient();
  return async (): Promise<Session> => {
    forgetData(queryClient, 'signed-in');
    const session = await readSessionAfterSignIn(queryClient);
    startSession(queryClient, session);
    return session;
  };
}
