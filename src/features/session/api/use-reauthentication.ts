import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Session } from '@/api/contracts/session';
import { sessionQueryKey } from '@/api/queries/session-queries';
import { registerSignInPrompt, type SignInPrompt } from '@/api/session-hooks';

/**
 * The fetch client's way to ask this app's person to sign in again: a 401 during a signed-in session opens it, and every
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
    return registerSignInPrompt(queryClient, prompt);
  }, [queryClient]);

  const settle = useCallback((signedIn: boolean) => {
    const resolvers = waiting.current;
    waiting.current = [];
    setPerson(null);
    for (const resolve of resolvers) resolve(signedIn);
  }, []);

  return { open: person !== null, person, settle };
}
