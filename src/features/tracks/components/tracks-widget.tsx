import { useSuspenseQueries } from '@tanstack/react-query';
import { CircleCheck } from 'lucide-react';
import { Widget } from '@/components/ui/widget';
import { formatDate } from '@/lib/format';
import { personTracksQueryOptions, trackListQueryOptions } from '../api/tracks-queries';

interface TracksWidgetProps {
  mayorPersonId: string;
  /** False for a delegate: identity-track memberships are private to the mayor and not shown to them. */
  viewerIsMayor: boolean;
  className?: string;
}

/** The special programmes the mayor has joined. */
export function TracksWidget({ className, ...props }: TracksWidgetProps) {
  return (
    <Widget title="Tracks joined" skeletonLines={2} className={className}>
      <TracksJoined {...props} />
    </Widget>
  );
}

function TracksJoined({ mayorPersonId, viewerIsMayor }: Omit<TracksWidgetProps, 'className'>) {
  const [tracks, memberships] = useSuspenseQueries({
    queries: [trackListQueryOptions(), personTracksQueryOptions(mayorPersonId)],
  });
  const joined = memberships.data.memberships.flatMap((membership) => {
    const track = tracks.data.items.find((t) => t.id === membership.trackId);
    return track ? [{ track, joinedOn: membership.joinedOn }] : [];
  });
  const hasIdentityTrack = tracks.data.items.some((track) => track.identity);

  return (
    <div className="space-y-3">
      {joined.length === 0 ? (
        <p className="text-slate-700">
          {viewerIsMayor ? "You haven't joined a track yet." : 'No tracks joined that you can see.'}
        </p>
      ) : (
        <ul className="space-y-3">
          {joined.map(({ track, joinedOn }) => (
            <li key={track.id} className="flex gap-2.5">
              <CircleCheck aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-green-700" />
              <div>
                <p className="font-semibold text-slate-900">{track.name}</p>
                <p className="text-[0.9375rem] text-slate-600">Joined {formatDate(joinedOn)}</p>
              </div>
            </li>
          ))}
        </ul>
      )}
      {!viewerIsMayor && hasIdentityTrack && (
        <p className="text-sm text-slate-600">Membership of identity-based tracks is private to the mayor.</p>
      )}
    </div>
  );
}
