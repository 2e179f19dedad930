import { useSuspenseQuery } from '@tanstack/react-query';
import { useOverview } from '@/api/queries/overview-queries';
import { Card } from '@/components/ui/card';
import { ExternalLinkList } from '@/components/ui/external-link-list';
import { PageHeading } from '@/components/ui/page-heading';
import { StatusTag } from '@/components/ui/status-tag';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { trackMeetingsQueryOptions, trackQueryOptions } from '../api/tracks-queries';
import { TrackMembership } from './track-membership';

/** A track: who it is for, what it offers, its meetings and resources, and joining or leaving. */
export function TrackPage({ memberId, trackId }: { memberId: string; trackId: string }) {
  const { data: track } = useSuspenseQuery(trackQueryOptions(trackId));
  const { data: meetings } = useSuspenseQuery(trackMeetingsQueryOptions(memberId, trackId));
  const { member } = useOverview(memberId);
  return (
    <article>
      <p>
        <TextLink to={paths.member.tracks.href(memberId)}>All tracks</TextLink>
      </p>
      <PageHeading className="mt-3">{track.name}</PageHeading>
      <p className="mt-3 max-w-3xl text-lg text-slate-700">{track.summary}</p>
      <div className="mt-8 grid gap-8 lg:grid-cols-3 lg:items-start">
        <div className="lg:col-start-3">
          <Card>
            <h2 className="text-lg font-bold text-slate-900">Membership</h2>
            <div className="mt-3">
              <TrackMembership track={track} mayor={member.mayor} />
            </div>
          </Card>
        </div>
        <div className="space-y-8 lg:col-span-2 lg:col-start-1 lg:row-start-1">
          <section aria-labelledby="who-for">
            <h2 id="who-for" className="text-xl font-bold text-slate-900">
              Who it is for
            </h2>
            <p className="mt-2 text-slate-800">{track.whoFor}</p>
          </section>
          <section aria-labelledby="offers">
            <h2 id="offers" className="text-xl font-bold text-slate-900">
              What it offers
            </h2>
            <ul className="mt-2 list-disc space-y-1 pl-6 text-slate-800">
              {track.offers.map((offer) => (
                <li key={offer}>{offer}</li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="track-meetings">
            <h2 id="track-meetings" className="text-xl font-bold text-slate-900">
              Meetings
            </h2>
            {meetings.length === 0 ? (
              <p className="mt-2 text-slate-700">No meetings of this track for your city yet.</p>
            ) : (
              <ul className="mt-2 space-y-2">
                {meetings.map((meeting) => (
                  <li key={meeting.id} className="flex flex-wrap items-center gap-2">
                    <TextLink to={paths.member.meeting.href(memberId, meeting.id)}>{meeting.title}</TextLink>
                    {meeting.kind === 'invite_only' && <StatusTag>Invite-only</StatusTag>}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="track-resources">
            <h2 id="track-resources" className="text-xl font-bold text-slate-900">
              Resources
            </h2>
            <ExternalLinkList links={track.resources} className="mt-2 space-y-2" />
          </section>
        </div>
      </div>
    </article>
  );
}
