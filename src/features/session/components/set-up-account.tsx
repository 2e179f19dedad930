import { useQuery } from '@tanstack/react-query';
import { describeError, isApiError } from '@/api/api-error';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { ErrorPanel } from '@/components/ui/error-panel';
import { SkeletonLines } from '@/components/ui/skeleton';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { formatInstant } from '@/lib/format';
import { welcomeLinkQueryOptions } from '../api/welcome-link';
import { SetPasswordForm } from './set-password-form';

/**
 * The page of MIP's welcome link: whose account it is and the password form, or, for a link
 * that no longer works, why and what to do instead (sign in, or ask MIP for a new link).
 */
export function SetUpAccount({ token, onSignedIn }: { token: string; onSignedIn: () => Promise<void> }) {
  const link = useQuery(welcomeLinkQueryOptions(token));
  if (link.isPending) return <SkeletonLines label="Loading your account" lines={4} />;
  if (link.isError) return <LinkProblem error={link.error} onRetry={() => void link.refetch()} />;
  return (
    <>
      <p className="mt-3 text-lg text-slate-700">
        Welcome, {link.data.name}. Choose a password for <strong className="break-all">{link.data.email}</strong>: you
        sign in to the Member Hub with this address and that password.
      </p>
      <p className="mt-2 text-slate-700">This link works once, until {formatInstant(link.data.expiresAt)}.</p>
      <Card className="mt-6">
        <SetPasswordForm token={token} link={link.data} onSignedIn={onSignedIn} />
      </Card>
    </>
  );
}

function LinkProblem({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  if (isApiError(error) && (error.status === 404 || error.status === 410)) {
    return (
      <Alert
        tone="info"
        title={error.status === 410 ? 'This link has expired' : 'This link no longer works'}
        className="mt-6"
      >
        <p>{describeError(error)}</p>
        <p className="mt-2">
          <TextLink to={paths.signIn.href()}>Go to sign in</TextLink>
        </p>
      </Alert>
    );
  }
  return (
    <div className="mt-6">
      <ErrorPanel message={describeError(error)} onRetry={onRetry} />
    </div>
  );
}
