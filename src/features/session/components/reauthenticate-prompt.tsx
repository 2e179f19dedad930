import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { Session } from '@/api/contracts/session';
import { sessionQueryKey } from '@/api/queries/session-queries';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { paths } from '@/config/paths';
import { startSession } from '../api/sign-in';
import { useSignOut } from '../api/sign-out';
import { SignInForm } from './sign-in-form';

interface ReauthenticatePromptProps {
  person: Session['person'];
  /** Resumes (true: replay once) or fails (false) every request that hit the expired session. */
  settle: (signedIn: boolean) => void;
}

/** The sign-in-again dialog itself (its own chunk: most visits never need it). */
export default function ReauthenticatePrompt({ person, settle }: ReauthenticatePromptProps) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signOut = useSignOut();

  function handleSignedIn(session: Session) {
    if (session.person.id === person.id) {
      queryClient.setQueryData(sessionQueryKey, session);
      settle(true);
      return;
    }
    // Someone else signed in: nothing on this page is theirs, so start over at their home.
    settle(false);
    startSession(queryClient, session);
    void navigate(paths.home.href(), { replace: true });
  }

  return (
    <Dialog
      open
      onOpenChange={() => undefined}
      dismissible={false}
      initialFocusId="reauthenticate-password"
      title="Sign in again to continue"
      description="For your security, your session has ended. Sign in again and you will carry on where you were; nothing on this page is lost."
    >
      <SignInForm
        idPrefix="reauthenticate"
        defaultEmail={person.email}
        onSignedIn={handleSignedIn}
        secondaryAction={
          <Button
            variant="secondary"
            pending={signOut.isPending}
            onClick={() => signOut.mutate(undefined, { onSettled: () => settle(false) })}
          >
            Sign out instead
          </Button>
        }
      />
    </Dialog>
  );
}
