import { sessionQueryOptions, useSession } from '@/api/queries/session-queries';
import { Card } from '@/components/ui/card';
import { PageHeading } from '@/components/ui/page-heading';
import {
  directoryListingQueryOptions,
  emailPreferencesQueryOptions,
  settingsPersonId,
} from '@/features/network/api/network-queries';
import { DirectoryListingForm } from '@/features/network/components/directory-listing-form';
import { EmailPreferencesForm } from '@/features/network/components/email-preferences-form';
import type { ClientLoader } from '../route-module';

export const clientLoader: ClientLoader = (queryClient) => async () => {
  const session = await queryClient.query(sessionQueryOptions());
  await Promise.all([
    queryClient.query(emailPreferencesQueryOptions(settingsPersonId(session))),
    queryClient.query(directoryListingQueryOptions(settingsPersonId(session))),
  ]);
  return null;
};

/** The signed-in person's own choices (a delegate's are their own, not the mayor's). */
export function Component() {
  const session = useSession();
  const person = session.preview ? session.preview.mayor : session.person;
  return (
    <div className="max-w-3xl">
      <PageHeading documentTitle="Settings">Your settings</PageHeading>
      <p className="mt-2 text-lg text-slate-700">For {person.name}. These choices are yours alone.</p>
      <div className="mt-8 space-y-6">
        <Card>
          <EmailPreferencesForm />
        </Card>
        <Card>
          <DirectoryListingForm />
        </Card>
      </div>
    </div>
  );
}
