import { useNavigate, useSearchParams } from 'react-router';
import { Card } from '@/components/ui/card';
import { PageHeading } from '@/components/ui/page-heading';
import { QueryBoundary } from '@/components/ui/query-boundary';
import { SkeletonLines } from '@/components/ui/skeleton';
import { TextLink } from '@/components/ui/text-link';
import { env } from '@/config/env';
import { paths, safeNextPath } from '@/config/paths';
import { demoAccountsQueryOptions } from '@/features/session/api/demo-accounts-queries';
import { useStartCheckedSession } from '@/features/session/api/sign-in';
import { DemoAccountList } from '@/features/session/components/demo-account-list';
import { SignInForm } from '@/features/session/components/sign-in-form';
import type { ClientLoader } from '../route-module';
import { PublicShell } from '../shell/public-shell';
import { prefetch } from './prefetch';

export const clientLoader: ClientLoader = (queryClient) => async () => {
  // Only the mock API has demo accounts; a failure shows in the list's own boundary.
  if (env.mockApi) await prefetch(queryClient.query(demoAccountsQueryOptions()));
  return null;
};

export function Component() {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const startSession = useStartCheckedSession();
  const next = safeNextPath(searchParams.get('next'));

  async function handleSignedIn() {
    await startSession();
    void navigate(next, { replace: true });
  }

  return (
    <PublicShell>
      <div className="grid items-start gap-10 lg:grid-cols-[minmax(0,26rem)_minmax(0,1fr)] lg:gap-16">
        <div>
          <PageHeading>Sign in</PageHeading>
          <p className="mt-3 text-lg text-slate-700">
            Meetings, policy memos, briefing books and dues for member cities.
          </p>
          <Card className="mt-6">
            <SignInForm idPrefix="sign-in" onSignedIn={handleSignedIn} />
          </Card>
          <p className="mt-6 text-slate-800">
            Not a member yet? <TextLink to={paths.join.href()}>Apply to join</TextLink>
          </p>
        </div>
        {env.mockApi && (
          <section
            aria-labelledby="demo-accounts-heading"
            className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-6"
          >
            <h2 id="demo-accounts-heading" className="text-xl font-bold text-slate-900">
              Demo accounts
            </h2>
            <p className="mt-1 mb-5 text-slate-700">
              This demo runs on made-up data. Sign in as one of these people with one click, or type their e-mail
              address with the password{' '}
              <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 font-mono text-sm">demo</kbd>.
            </p>
            <QueryBoundary fallback={<SkeletonLines label="Loading demo accounts" lines={6} />}>
              <DemoAccountList onSignedIn={handleSignedIn} />
            </QueryBoundary>
          </section>
        )}
      </div>
    </PublicShell>
  );
}
