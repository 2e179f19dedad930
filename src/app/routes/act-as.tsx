import { redirect } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { PageMain } from '@/components/layout/page-main';
import { homePathFor } from '@/features/session/api/home-path';
import { requireSession } from '@/features/session/api/require-session';
import { GrantPicker } from '@/features/session/components/grant-picker';
import type { ClientLoader } from '../route-module';

export const clientLoader: ClientLoader =
  (queryClient) =>
  async ({ request }) => {
    const session = await requireSession(queryClient, request);
    // Only delegates act for someone; everyone else has one home.
    if (session.person.role !== 'city_staff') throw redirect(homePathFor(session));
    return null;
  };

export function Component() {
  return (
    <PageMain>
      <PageHeading>Choose a mayor to act for</PageHeading>
      <p className="mt-3 max-w-2xl text-lg text-slate-700">
        You can act for these mayors, within the rights each has given you. Each tab can act for a different mayor.
      </p>
      <div className="mt-8">
        <GrantPicker />
      </div>
    </PageMain>
  );
}
