import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Session } from '@/api/contracts/session';
import { sessionQueryKey } from '@/api/queries/session-queries';

type SignInPrompt = () => Promise<boolean>;

/** The sign-in dialog each app instance rendered, by that app's QueryClient. */
const prompts = new WeakMap<QueryClient, SignInPrompt>();

/**
 * After a 401: asks the person of this app to sign in again. Resolves true once they have,
 * false when they gave up or when this app shows no dialog.
 */
export function askToSignInAgain(queryClient: QueryClient): Promise<boolean> {
  return prompts.get(queryClient)?.() ?? Promise.resolve(false);
}

/**
 * The dialog side of `askToSignInAgain`: a 401 during a signed-in session opens it, and every
 * request waiting on it resumes (true: replay once) or fails (false) together.
 */
export function useReauthentication() {
  const queryClient = useQueryClient();
  const waiting = useRef<Array<(signedIn: boolean) => void>>([]);
  const [person, setPerson] = useState<Session['person'] | null>(null);

  useEffect(() => {
    const prompt: SignInPrompt = () => {
      const session = queryClient.getQueryData<Session>(sessionQueryKey);
      // Only a session that existed can have expired; a visitor who never signed in is sent to
      // the sign-in page by the route instead.
      if (!session) return Promise.resolve(false);
      setPerson(session.person);
      return new Promise<boolean>((resolve) => waiting.current.push(resolve));
    };
    prompts.set(queryClient, prompt);
    return () => {
      if (prompts.get(queryClient) === prompt) prompts.delete(queryClient);
    };
  }, [queryClient]);

  const settle = useCallback((signedIn: boolean) => {
    const resolvers = waiting.current;
    waiting.current = [];
    setPerson(null);
    for (const resolve of resolvers) resolve(signedIn);
  }, []);

  return { open: person !== null, person, settle };
}
