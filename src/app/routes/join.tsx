import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { apiRequest } from '@/api/client';
import type { Application } from '@/api/contracts/joining';
import { forgetData } from '@/api/queries/forget-on-arrival';
import { Card } from '@/components/ui/card';
import { PageHeading } from '@/components/ui/page-heading';
import { QueryBoundary } from '@/components/ui/query-boundary';
import { SkeletonLines } from '@/components/ui/skeleton';
import { TextLink } from '@/components/ui/text-link';
import { showToast } from '@/components/ui/toast';
import { paths } from '@/config/paths';
import { applicationQueryOptions, duesTierListQueryOptions } from '@/features/joining/api/joining-queries';
import { ApplicationForm } from '@/features/joining/components/application-form';
import { FeeCalculator } from '@/features/joining/components/fee-calculator';
import { HowJoiningWorks } from '@/features/joining/components/how-joining-works';
import { useStartSession } from '@/features/session/api/sign-in';
import { draftKey } from '@/lib/drafts';
import type { ClientLoader } from '../route-module';
import { MembershipBenefits } from '../shell/membership-benefits';
import { PublicShell } from '../shell/public-shell';
import { prefetch } from './prefetch';

/** The visitor has no account yet: the draft belongs to this tab, not to a person or a city. */
const APPLICATION_DRAFT = draftKey('application', 'visitor', 'new-city');

export const clientLoader: ClientLoader = (queryClient) => async () => {
  // The tier table, once, for the calculator; a failure shows in the calculator's own boundary.
  await prefetch(queryClient.query(duesTierListQueryOptions()));
  return null;
};

/** The public Join page: why join, how, what it costs, and the application (no sign-in needed). */
export function Component() {
  const [calculatedPopulation, setCalculatedPopulation] = useState<number | null>(null);
  const applied = useApplied();
  return (
    <PublicShell>
      <PageHeading>Join the Mayors Innovation Project</PageHeading>
      <p className="mt-3 max-w-3xl text-lg text-slate-700">
        The network of mayors building the high road: practical, tested policy ideas, help from MIP staff and policy
        experts, and peers who have faced the decisions in front of you.
      </p>
      <p className="mt-3 text-slate-800">
        Already have an account? <TextLink to={paths.signIn.href()}>Sign in</TextLink>
      </p>

      <div className="mt-8 grid gap-5 md:grid-cols-2">
        <MembershipBenefits />
        <HowJoiningWorks />
      </div>

      <section aria-labelledby="fee-heading" className="mt-10">
        <h2 id="fee-heading" className="text-2xl font-bold text-slate-900">
          What your city would pay
        </h2>
        <p className="mt-2 max-w-3xl text-slate-700">
          The annual fee depends on your city's population. It covers the mayor and any number of city staff.
        </p>
        <Card className="mt-5">
          <QueryBoundary fallback={<SkeletonLines label="Loading the membership fees" lines={6} />}>
            <FeeCalculator onPopulationChange={setCalculatedPopulation} />
          </QueryBoundary>
        </Card>
      </section>

      <section aria-labelledby="apply-heading" className="mt-10 max-w-3xl">
        <h2 id="apply-heading" className="text-2xl font-bold text-slate-900">
          Apply to join
        </h2>
        <p className="mt-2 text-slate-700">
          What you type is kept in this browser tab until you send it, even if you reload the page (except the
          password).
        </p>
        <Card className="mt-5">
          <ApplicationForm
            draftKey={APPLICATION_DRAFT}
            suggestedPopulation={calculatedPopulation}
            onApplied={applied}
          />
        </Card>
      </section>
    </PublicShell>
  );
}

/**
 * The API signed the new prospective mayor in (it set the session cookie): read that session into
 * a clean cache (whoever used this browser before is forgotten), keep the application for the
 * welcome page, and go there.
 */
function useApplied() {
  const queryClient = useQueryClient();
  const startSession = useStartSession();
  const navigate = useNavigate();
  return async (application: Application) => {
    try {
      startSession(await apiRequest('getSession', { client: queryClient }));
    } catch {
      // The application is in; the welcome page's loader reads the session again (or asks to sign in).
      forgetData(queryClient, 'signed-in');
    }
    queryClient.setQueryData(applicationQueryOptions(application.memberId).queryKey, application);
    showToast('success', 'Application received');
    await navigate(paths.welcome.href());
  };
}
