import { useNavigate, useParams } from 'react-router';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Session } from '@/api/contracts/session';
import { sessionQueryKey } from '@/api/queries/session-queries';
import { PageHeading } from '@/components/ui/page-heading';
import { showToast } from '@/components/ui/toast';
import { homePathFor } from '@/features/session/api/home-path';
import { useStartCheckedSession } from '@/features/session/api/sign-in';
import { welcomeLinkQueryOptions } from '@/features/session/api/welcome-link';
import { SetUpAccount } from '@/features/session/components/set-up-account';
import type { ClientLoader } from '../route-module';
import { PublicShell } from '../shell/public-shell';
import { prefetch } from './prefetch';

export const clientLoader: ClientLoader =
  (queryClient) =>
  async ({ params }) => {
    // A link that no longer works is the page's own answer, not a failed navigation.
    await prefetch(queryClient.query(welcomeLinkQueryOptions(params.token ?? '')));
    return null;
  };

const sessionIn = (queryClient: QueryClient) => queryClient.getQueryData<Session>(sessionQueryKey);

/** Where MIP's welcome e-mail leads: a person MIP made an account for chooses their password. */
export function Component() {
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const startSession = useStartCheckedSession();

  async function handleSignedIn() {
    await startSession();
    const session = sessionIn(queryClient);
    showToast('success', 'Your password is set. Welcome to the Member Hub.');
    void navigate(session ? homePathFor(session) : '/', { replace: true });
  }

  return (
    <PublicShell>
      <div className="max-w-xl">
        <PageHeading>Set up your account</PageHeading>
        <SetUpAccount token={token} onSignedIn={handleSignedIn} />
      </div>
    </PublicShell>
  );
}
