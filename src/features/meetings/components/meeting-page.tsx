import type { ReactNode } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Alert } from '@/components/ui/alert';
import { PageHeading } from '@/components/ui/page-heading';
import { StatusTag } from '@/components/ui/status-tag';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { meetingQueryOptions } from '../api/meetings-queries';
import { AddToCalendarButton } from './add-to-calendar-button';
import { MeetingAgenda } from './meeting-agenda';
import { MeetingFacts } from './meeting-facts';
import { meetingKindLabel } from './meeting-kind';
import { MeetingRegistrations } from './meeting-registrations';

interface MeetingPageProps {
  memberId: string;
  meetingId: string;
  /**
   * The meeting's briefing book, from the briefing-books feature; the route passes it in (features
   * don't import each other), and only when the meeting has one.
   */
  renderBriefingBook?: (meetingId: string) => ReactNode;
}

/** Everything about one meeting in one place. */
export function MeetingPage({ memberId, meetingId, renderBriefingBook }: MeetingPageProps) {
  const { data: meeting } = useSuspenseQuery(meetingQueryOptions(memberId, meetingId));
  return (
    <article>
      <p>
        <TextLink to={paths.member.meetings.href(memberId)}>All meetings</TextLink>
      </p>
      <PageHeading className="mt-3">{meeting.title}</PageHeading>
      <p className="mt-3 flex flex-wrap items-center gap-3">
        <StatusTag tone="neutral">{meetingKindLabel[meeting.kind]}</StatusTag>
        {meeting.status === 'canceled' && <StatusTag tone="warning">Canceled</StatusTag>}
      </p>
      {meeting.status === 'canceled' && (
        <div className="mt-4 max-w-3xl">
          <Alert tone="warning" title="MIP canceled this meeting">
            It will not take place, and no one can register for it. MIP e-mailed the cities that had people registered.
          </Alert>
        </div>
      )}
      <p className="mt-4 max-w-3xl text-lg text-slate-700">{meeting.summary}</p>
      {/* On a narrow screen the city's registrations (and the way to register) come first, then the
          facts, then the rest; on a wide one the facts sit in a column on the right. */}
      <div className="mt-6 grid gap-8 lg:grid-cols-3 lg:grid-rows-[auto_1fr] lg:items-start">
        <div className="lg:col-span-2 lg:col-start-1 lg:row-start-1">
          <MeetingRegistrations memberId={memberId} meeting={meeting} />
        </div>
        <div className="space-y-4 lg:col-start-3 lg:row-span-2 lg:row-start-1">
          <MeetingFacts meeting={meeting} />
          <AddToCalendarButton memberId={memberId} meetingId={meeting.id} />
        </div>
        <div className="space-y-8 lg:col-span-2 lg:col-start-1 lg:row-start-2">
          {meeting.briefingBookId && renderBriefingBook?.(meeting.id)}
          <MeetingAgenda meeting={meeting} />
        </div>
      </div>
    </article>
  );
}
