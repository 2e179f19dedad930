import { useSuspenseQueries } from '@tanstack/react-query';
import { StatusTag } from '@/components/ui/status-tag';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { personTracksQueryOptions, trackListQueryOptions } from '../api/tracks-queries';

/** The tracks, each with where the mayor stands as far as this viewer may see. */
export function TrackList({ memberId, mayorId }: { memberId: string; mayorId: string }) {
  const [tracks, person] = useSuspenseQueries({
    queries: [trackListQueryOptions(), personTracksQueryOptions(mayorId)],
  });
  return (
    <ul className="mt-6 grid gap-5 md:grid-cols-2">
      {tracks.data.items.map((track) => {
        const joined = person.data.memberships.some((m) => m.trackId === track.id);
        const eligibility = person.data.eligibility.find((e) => e.trackId === track.id);
        return (
          <li key={track.id} className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 className="text-xl font-bold">
              <TextLink to={paths.member.track.href(memberId, track.id)}>{track.name}</TextLink>
            </h2>
            <p className="mt-2 text-slate-700">{track.summary}</p>
            <p className="mt-3">
              {joined ? (
                <StatusTag tone="success">Member</StatusTag>
              ) : track.identity ? (
                <StatusTag>Private: the mayor's own choice</StatusTag>
              ) : (
                eligibility && (
                  <StatusTag tone={eligibility.eligible ? 'info' : 'neutral'}>
                    {eligibility.eligible ? 'Eligible' : 'Not eligible'}
                  </StatusTag>
                )
              )}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
