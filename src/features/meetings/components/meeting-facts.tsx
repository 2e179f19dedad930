import type { Meeting } from '@/api/contracts/meetings';
import { Card } from '@/components/ui/card';
import { Fact, Facts } from '@/components/ui/facts';
import { formatMeetingTimes, viewerTimeZone } from './meeting-dates';
import { capacityText, registrationWindowText } from './registration-window';

/** When, where, registration and seats: the facts a mayor's office plans travel with. */
export function MeetingFacts({ meeting }: { meeting: Meeting }) {
  const here = formatMeetingTimes(meeting.startsAt, meeting.endsAt, meeting.timeZone);
  const yours = formatMeetingTimes(meeting.startsAt, meeting.endsAt, viewerTimeZone());
  const differs = yours.join() !== here.join();
  const { venue } = meeting;
  return (
    <Card>
      <h2 className="sr-only">Details</h2>
      <Facts>
        <Fact term="When">
          <span className="block">{here[0]} to</span>
          <span className="block">{here[1]}</span>
          {differs && (
            <span className="mt-1 block font-normal text-slate-700">
              Your time: {yours[0]} to {yours[1]}
            </span>
          )}
        </Fact>
        <Fact term="Where">
          {venue.name}
          <span className="block font-normal text-slate-700">
            {venue.address}, {venue.city}, {venue.state}
          </span>
        </Fact>
        <Fact term="Registration">{registrationWindowText(meeting, new Date())}</Fact>
        <Fact term="Seats">{capacityText(meeting)}</Fact>
        <Fact term="Travel support">{meeting.travelSupportOffered ? 'Offered' : 'Not offered'}</Fact>
      </Facts>
    </Card>
  );
}
