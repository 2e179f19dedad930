import { useState } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { describeError } from '@/api/api-error';
import { useSession } from '@/api/queries/session-queries';
import { Alert } from '@/components/ui/alert';
import { ChangeButton } from '@/components/ui/change-button';
import { Checkbox } from '@/components/ui/input';
import { useUpdateDirectoryListing } from '../api/network-mutations';
import { directoryListingQueryOptions, settingsPersonId } from '../api/network-queries';
import { DirectoryEntryCard } from './directory-entry-card';

/** Whether the signed-in person is listed in the directory, with the entry as others would see it. */
export function DirectoryListingForm() {
  const personId = settingsPersonId(useSession());
  const { data } = useSuspenseQuery(directoryListingQueryOptions(personId));
  const [listed, setListed] = useState(data.listed);
  const update = useUpdateDirectoryListing(personId);
  const [saved, setSaved] = useState(false);
  return (
    <form
      noValidate
      className="space-y-5"
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        update.mutate(listed, { onSuccess: () => setSaved(true) });
      }}
    >
      <fieldset className="space-y-4">
        <legend className="text-lg font-bold text-slate-900">The network directory</legend>
        <Checkbox
          id="directory-listed"
          label="List me in the directory"
          hint="Other member mayors, city staff and MIP can then find and e-mail you. Tracks you joined are never shown."
          checked={listed}
          onChange={(event) => {
            setSaved(false);
            setListed(event.target.checked);
          }}
        />
      </fieldset>
      <div className="rounded-md border border-slate-200 bg-white p-3">
        <p className="mb-2 text-sm font-semibold text-slate-600">How your entry looks to others</p>
        <DirectoryEntryCard entry={data.entry} />
      </div>
      {update.isError && (
        <Alert tone="danger" role="alert" title="Your choice was not saved">
          {describeError(update.error)} Press “Save directory choice” to try again.
        </Alert>
      )}
      <div className="flex flex-wrap items-center gap-4">
        <ChangeButton type="submit" pending={update.isPending} pendingLabel="Saving…">
          Save directory choice
        </ChangeButton>
        <p role="status" className="font-semibold text-green-800">
          {saved ? (listed ? 'Saved. You are listed.' : 'Saved. You are not listed.') : ''}
        </p>
      </div>
    </form>
  );
}
