import { useSuspenseQuery } from '@tanstack/react-query';
import type { Registration } from '@/api/contracts/meetings';
import { StatusTag } from '@/components/ui/status-tag';
import type { Tone } from '@/components/ui/tone';
import { formatMoney } from '@/lib/format';
import { registrationListQueryOptions } from '../api/registrations-queries';
import { attributionText } from './attribution-text';

function statusOf(r: Registration): { text: string; tone: Tone } {
  if (r.status === 'confirmed') return { text: 'Registered', tone: 'success' };
  if (r.status === 'cancelled') return { text: 'Cancelled', tone: 'neutral' };
  return {
    text: r.waitlistPosition === null ? 'Waitlisted' : `Waitlisted · number ${r.waitlistPosition} in line`,
    tone: 'warning',
  };
}

const TRAVEL_STATUS = { requested: 'requested', approved: 'approved', declined: 'declined' } as const;

/** Who from the city is going, as the API has them, with who registered each one. */
export function MeetingRegistrations({ memberId, meetingId }: { memberId: string; meetingId: string }) {
  const { data } = useSuspenseQuery(registrationListQueryOptions(memberId));
  const ours = data.items.filter((r) => r.meetingId === meetingId);
  return (
    <section aria-labelledby="registrations-heading">
      <h2 id="registrations-heading" className="text-xl font-bold text-slate-900">
        Your city's registrations
      </h2>
      {ours.length === 0 ? (
        <p className="mt-2 text-slate-700">No one from your city is registered for this meeting.</p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {ours.map((r) => {
            const status = statusOf(r);
            const attribution = attributionText('Registered', r.attribution);
            return (
              <li key={r.id} className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2 p-3 sm:px-4">
                <div>
                  <p className="font-semibold text-slate-900">{r.attendee.name}</p>
                  <p className="text-[0.9375rem] text-slate-700">{r.attendee.title}</p>
                  {attribution && <p className="mt-1 text-sm text-slate-600">{attribution}</p>}
                  {r.travelSupport && (
                    <p className="mt-1 text-sm text-slate-600">
                      Travel support of {formatMoney(r.travelSupport.estimatedCostCents)}{' '}
                      {TRAVEL_STATUS[r.travelSupport.status]}
                    </p>
                  )}
                </div>
                <StatusTag tone={status.tone}>{status.text}</StatusTag>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
