import { useState } from 'react';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { describeError } from '@/api/api-error';
import type { EmailPreferences } from '@/api/contracts/network';
import { useSession } from '@/api/queries/session-queries';
import { Alert } from '@/components/ui/alert';
import { ChangeButton } from '@/components/ui/change-button';
import { Checkbox } from '@/components/ui/input';
import { useUpdateEmailPreferences } from '../api/network-mutations';
import { directoryListingQueryOptions, emailPreferencesQueryOptions, settingsPersonId } from '../api/network-queries';

const CHOICES: { field: keyof EmailPreferences; label: string; hint: string }[] = [
  { field: 'newsletter', label: 'Monthly newsletter', hint: 'News from the network and new resources, once a month.' },
  {
    field: 'meetingAnnouncements',
    label: 'Meeting announcements',
    hint: 'When registration opens for a meeting your city can attend.',
  },
  { field: 'trackNews', label: 'Track news', hint: 'Invitations and resources from the tracks you joined.' },
  {
    field: 'requestUpdates',
    label: 'Updates on your city’s requests',
    hint: 'When MIP acts on your memos, travel support, dues or application.',
  },
];

/** The signed-in person's e-mail updates, each on or off, saved together with a confirmation. */
export function EmailPreferencesForm() {
  const session = useSession();
  const personId = settingsPersonId(session);
  const { data } = useSuspenseQuery(emailPreferencesQueryOptions(personId));
  const [values, setValues] = useState<EmailPreferences>(data);
  const update = useUpdateEmailPreferences(personId);
  // A preview shows the mayor's address, as the mayor sees it; the session only has the staff member's.
  const { data: listing } = useQuery({ ...directoryListingQueryOptions(personId), enabled: Boolean(session.preview) });
  const address = session.preview ? listing?.entry.email : session.person.email;
  const [saved, setSaved] = useState(false);
  return (
    <form
      noValidate
      className="space-y-5"
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        update.mutate(values, { onSuccess: () => setSaved(true) });
      }}
    >
      <fieldset className="space-y-4">
        <legend className="text-lg font-bold text-slate-900">
          E-mail updates{address ? ` to ${address}` : ` for Mayor ${session.preview?.mayor.name ?? ''}`}
        </legend>
        {CHOICES.map((choice) => (
          <Checkbox
            key={choice.field}
            id={`email-${choice.field}`}
            label={choice.label}
            hint={choice.hint}
            checked={values[choice.field]}
            onChange={(event) => {
              setSaved(false);
              setValues((v) => ({ ...v, [choice.field]: event.target.checked }));
            }}
          />
        ))}
      </fieldset>
      {update.isError && (
        <Alert tone="danger" role="alert" title="Your choices were not saved">
          {describeError(update.error)} Your choices are still here: press “Save e-mail choices” to try again.
        </Alert>
      )}
      <div className="flex flex-wrap items-center gap-4">
        <ChangeButton type="submit" pending={update.isPending} pendingLabel="Saving…">
          Save e-mail choices
        </ChangeButton>
        <p role="status" className="font-semibold text-green-800">
          {saved ? 'Saved. Your e-mail choices are up to date.' : ''}
        </p>
      </div>
    </form>
  );
}
