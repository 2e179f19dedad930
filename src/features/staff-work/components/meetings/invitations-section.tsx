import { useState } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { describeError, isApiError } from '@/api/api-error';
import type { InvitedCity, StaffMeeting } from '@/api/contracts/staff-meetings';
import { staffMembersQueryOptions } from '@/api/queries/staff-members-queries';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { showToast } from '@/components/ui/toast';
import { countOf } from '@/lib/format';

interface InvitationsSectionProps {
  meeting: StaffMeeting & { invitedCities: InvitedCity[] };
  /** Sends the whole list of invited cities (the page's mutation). */
  send: (body: { memberIds: string[]; confirmCancelingRegistrations?: boolean }) => Promise<unknown>;
  readOnly: boolean;
}

/**
 * Who is invited to an invite-only meeting: the cities invited, each removable, and a search of
 * the member cities to invite more at once. Removing a city with people registered asks first,
 * because their registrations are canceled.
 */
export function InvitationsSection({ meeting, send, readOnly }: InvitationsSectionProps) {
  const invited = meeting.invitedCities;
  const [removing, setRemoving] = useState<InvitedCity | null>(null);
  const [error, setError] = useState<unknown>(null);
  const invitedIds = invited.map((c) => c.memberId);

  async function remove(city: InvitedCity, confirm: boolean) {
    await send({ memberIds: invitedIds.filter((id) => id !== city.memberId), confirmCancelingRegistrations: confirm });
    showToast('success', `${city.city} is no longer invited`);
  }

  async function askOrRemove(city: InvitedCity) {
    if (city.liveRegistrations > 0) {
      setRemoving(city);
      return;
    }
    setError(null);
    try {
      await remove(city, false);
    } catch (failure) {
      // A registration arrived meanwhile: the API asks for the confirmation the page would have asked.
      if (isApiError(failure) && failure.code === 'invited_city_has_registrations') setRemoving(city);
      else setError(failure);
    }
  }

  return (
    <section aria-labelledby="invitations-heading">
      <h2 id="invitations-heading" className="text-xl font-bold text-slate-900">
        Invited cities <span className="font-normal text-slate-600">({invited.length})</span>
      </h2>
      <p className="mt-1 text-slate-700">Only these cities see the meeting and can register for it.</p>
      {error !== null && (
        <Alert tone="danger" role="alert" title="The invitation was not removed">
          {describeError(error)} Try again.
        </Alert>
      )}
      {invited.length === 0 ? (
        <p className="mt-4 rounded-lg border border-slate-200 bg-white p-5 text-slate-700">No city is invited yet.</p>
      ) : (
        <ul
          aria-label="Invited cities"
          className="mt-4 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
        >
          {invited.map((city) => (
            <li key={city.memberId} className="flex flex-wrap items-center justify-between gap-3 p-3 sm:px-5">
              <span>
                <span className="font-semibold text-slate-900">
                  {city.city}, {city.state}
                </span>
                <span className="text-slate-700">
                  {' '}
                  ·{' '}
                  {city.liveRegistrations === 0
                    ? 'nobody registered'
                    : countOf(city.liveRegistrations, 'person', 'people')}{' '}
                  {city.liveRegistrations > 0 && 'registered'}
                </span>
              </span>
              {!readOnly && (
                <Button variant="secondary" onClick={() => void askOrRemove(city)}>
                  Remove {city.city}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && <InviteCities invitedIds={invitedIds} send={send} />}
      <ConfirmDialog
        open={removing !== null}
        onClose={() => setRemoving(null)}
        title={`Remove ${removing?.city ?? 'the city'}?`}
        description={`${removing ? countOf(removing.liveRegistrations, 'person is', 'people are') : 'People are'} registered from ${removing?.city ?? 'this city'}. Removing the invitation cancels their registrations, and the city is told by e-mail.`}
        confirmLabel="Remove and cancel their registrations"
        pendingLabel="Removing…"
        keepLabel="Keep the invitation"
        failureTitle="The invitation was not removed"
        onConfirm={() => (removing ? remove(removing, true) : Promise.resolve())}
      />
    </section>
  );
}

/** Searches the member cities not yet invited and invites the chosen ones in one step. */
function InviteCities({ invitedIds, send }: { invitedIds: string[]; send: InvitationsSectionProps['send'] }) {
  const { data } = useSuspenseQuery(staffMembersQueryOptions());
  const [words, setWords] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const wanted = words.trim().toLowerCase();
  const candidates = data.items
    .filter((m) => m.membershipStatus !== 'prospective' && !invitedIds.includes(m.id))
    .filter((m) => wanted === '' || `${m.city} ${m.state}`.toLowerCase().includes(wanted))
    .sort((a, b) => a.city.localeCompare(b.city, 'en-US'));
  const shown = candidates.slice(0, 12);
  const toggle = (id: string) => setChosen((now) => (now.includes(id) ? now.filter((c) => c !== id) : [...now, id]));

  async function invite() {
    setPending(true);
    setError(null);
    try {
      await send({ memberIds: [...invitedIds, ...chosen] });
      showToast('success', `Invited ${countOf(chosen.length, 'city', 'cities')}`);
      setChosen([]);
      setWords('');
    } catch (failure) {
      setError(failure);
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="mt-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-5">
      <h3 className="text-lg font-bold text-slate-900">Invite cities</h3>
      <div className="mt-3">
        <Field id="invite-search" label="Find member cities" hint="Type part of a city's name or its state.">
          {(control) => <Input {...control} value={words} onChange={(e) => setWords(e.target.value)} type="search" />}
        </Field>
      </div>
      <fieldset className="mt-4">
        <legend className="font-semibold text-slate-900">
          {candidates.length === 0
            ? 'No member city matches'
            : `Cities to invite${candidates.length > shown.length ? ` (the first ${shown.length} of ${candidates.length}; type to narrow)` : ''}`}
        </legend>
        <ul className="mt-2 grid gap-2 sm:grid-cols-2">
          {shown.map((m) => (
            <li key={m.id} className="flex items-center gap-3">
              <input
                id={`invite-${m.id}`}
                type="checkbox"
                checked={chosen.includes(m.id)}
                onChange={() => toggle(m.id)}
                className="size-6 shrink-0 rounded border-2 border-slate-500 accent-accent-700"
              />
              <label htmlFor={`invite-${m.id}`} className="text-slate-900">
                {m.city}, {m.state}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {error !== null && (
        <div className="mt-4">
          <Alert tone="danger" role="alert" title="The cities were not invited">
            {describeError(error)} Your choice is still here; try again.
          </Alert>
        </div>
      )}
      <div className="mt-4">
        <Button
          variant="primary"
          disabled={chosen.length === 0}
          pending={pending}
          pendingLabel="Inviting…"
          onClick={() => void invite()}
        >
          {chosen.length === 0 ? 'Invite the chosen cities' : `Invite ${countOf(chosen.length, 'city', 'cities')}`}
        </Button>
      </div>
    </div>
  );
}
