import { useNavigate, useParams } from 'react-router';
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

/** Where MIP's welcome e-mail leads: a person MIP made an account for chooses their password. */
export function Component() {
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const startSession = useStartCheckedSession();

  async function handleSignedIn() {
    const session = await startSession();
    showToast('success', 'Your password is set. Welcome to the Member Hub.');
    void navigate(homePathFor(session), { replace: true });
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
