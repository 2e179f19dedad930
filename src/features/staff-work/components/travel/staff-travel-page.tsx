import { useSuspenseQuery } from '@tanstack/react-query';
import { describeError } from '@/api/api-error';
import {
  travelDeclineBodySchema,
  type StaffTravelSupport,
  type TravelApproveBody,
  type TravelDeclineBody,
} from '@/api/contracts/staff-travel';
import { useSession } from '@/api/queries/session-queries';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { Fact, Facts } from '@/components/ui/facts';
import { PageHeading } from '@/components/ui/page-heading';
import { StatusTag } from '@/components/ui/status-tag';
import type { Tone } from '@/components/ui/tone';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { attendeeKindLabel } from '@/lib/attendee-kind-words';
import { attributionText } from '@/lib/attribution-text';
import { draftKey } from '@/lib/drafts';
import { formatDateInZone, formatInstantDate, formatMoney } from '@/lib/format';
import { useNow } from '@/lib/use-now';
import { useApproveTravelSupport, useDeclineTravelSupport } from '../../api/staff-travel-mutations';
import { staffTravelSupportQueryOptions } from '../../api/staff-travel-queries';
import { useOvertaken } from '../../api/use-overtaken';
import { OvertakenAlert } from '../overtaken-alert';
import { StaffRecord } from '../staff-record';
import { TextActionForm } from '../text-action-form';
import { ApproveForm } from './approve-form';
import { PreviewReadOnly } from '../preview-read-only';
import { StaffActions } from '../staff-actions';

const STATUS: Record<StaffTravelSupport['status'], { text: string; tone: Tone }> = {
  requested: { text: "Waiting for MIP's decision", tone: 'info' },
  approved: { text: 'Approved', tone: 'success' },
  declined: { text: 'Declined', tone: 'warning' },
};

/** One travel-support request as MIP's programs staff decide it: what was asked, the answer, the record. */
export function StaffTravelPage({ registrationId }: { registrationId: string }) {
  const { data: request } = useSuspenseQuery(staffTravelSupportQueryOptions(registrationId));
  const previewing = useSession().preview !== null;
  const status = STATUS[request.status];
  const { meeting } = request;
  const over = Date.parse(meeting.endsAt) <= useNow();
  const open = request.status === 'requested' && request.registrationStatus !== 'cancelled' && !over;
  const approve = useApproveTravelSupport(request);
  const decline = useDeclineTravelSupport(request);
  const { overtaken, track } = useOvertaken(open);
  return (
    <article>
      <p>
        <TextLink to={paths.staff.href('?kind=travel_support')}>Travel support in the inbox</TextLink>
      </p>
      <p className="mt-4 text-sm font-semibold tracking-wide text-slate-600 uppercase">
        Travel support · {request.city}, {request.state}
      </p>
      <PageHeading className="mt-1">
        {request.attendee.name} to the {meeting.title}
      </PageHeading>
      <p className="mt-3 flex flex-wrap items-center gap-3 text-slate-700">
        <StatusTag tone={status.tone}>{status.text}</StatusTag>
        <span>{attributionText('Requested', request.attribution)}</span>
      </p>
      <div className="mt-8 grid gap-8 lg:grid-cols-3 lg:items-start">
        <div className="space-y-10 lg:col-span-2">
          <section aria-labelledby="ask-heading">
            <h2 id="ask-heading" className="text-xl font-bold text-slate-900">
              What the city asks
            </h2>
            <p className="mt-2 text-slate-800">
              {formatMoney(request.estimatedCostCents)} for {request.attendee.name}'s travel
              {request.note ? `: ${request.note}` : '.'}
            </p>
          </section>
          {overtaken && (
            <OvertakenAlert>{describeError(overtaken)} Here is the request as it now stands.</OvertakenAlert>
          )}
          {request.decision && <Decision decision={request.decision} />}
          {request.status === 'requested' && !open && (
            <Alert tone="info" title="This request can no longer be decided">
              {request.registrationStatus === 'cancelled'
                ? `${request.attendee.name}'s registration was canceled.`
                : `The ${meeting.title} is over.`}
            </Alert>
          )}
          {open && previewing && <PreviewReadOnly />}
          {open && !previewing && (
            <TravelActions
              request={request}
              approve={(body) => track(approve.mutateAsync(body))}
              decline={(body) => track(decline.mutateAsync(body))}
            />
          )}
        </div>
        <div className="space-y-6 lg:col-start-3 lg:row-start-1">
          <Card>
            <h2 className="sr-only">Details</h2>
            <Facts>
              <Fact term="Meeting">{meeting.title}</Fact>
              <Fact term="Dates">
                {formatDateInZone(meeting.startsAt, meeting.timeZone)} to{' '}
                {formatDateInZone(meeting.endsAt, meeting.timeZone)}
              </Fact>
              <Fact term="Attendee">
                {request.attendee.name}, {request.attendee.title || attendeeKindLabel[request.attendee.kind]}
              </Fact>
              <Fact term="Registration">{request.registrationStatus === 'cancelled' ? 'Canceled' : 'Active'}</Fact>
              <Fact term="Requested">{formatInstantDate(request.requestedAt)}</Fact>
              <Fact term="Estimated cost">{formatMoney(request.estimatedCostCents)}</Fact>
            </Facts>
          </Card>
          <StaffRecord actions={request.actions} />
        </div>
      </div>
    </article>
  );
}

function Decision({ decision }: { decision: NonNullable<StaffTravelSupport['decision']> }) {
  const by = decision.decidedBy ? ` by ${decision.decidedBy.name}` : '';
  return (
    <section aria-labelledby="decision-heading">
      <h2 id="decision-heading" className="text-xl font-bold text-slate-900">
        MIP's decision
      </h2>
      <p className="mt-2 text-slate-800">
        {decision.approvedCents === null
          ? `Declined${by} on ${formatInstantDate(decision.decidedAt)}.`
          : `Approved${by} on ${formatInstantDate(decision.decidedAt)}: MIP covers ${formatMoney(decision.approvedCents)}.`}
      </p>
      {decision.note && (
        <p className="mt-2 whitespace-pre-line text-slate-800">
          {decision.approvedCents === null ? 'Reason' : 'Message'} to the member: {decision.note}
        </p>
      )}
    </section>
  );
}

interface TravelActionsProps {
  request: StaffTravelSupport;
  approve: (body: TravelApproveBody) => Promise<unknown>;
  decline: (body: TravelDeclineBody) => Promise<unknown>;
}

function TravelActions({ request, approve, decline }: TravelActionsProps) {
  const personId = useSession().person.id;
  const keyFor = (form: string) => draftKey(`staff-travel-${form}`, personId, request.registrationId);
  return (
    <StaffActions heading="Decide the request">
      <ApproveForm request={request} send={approve} draftKey={keyFor('approve')} />
      <TextActionForm
        id="decline-reason"
        heading="Decline the request"
        label="Why MIP declines it"
        hint="The member reads this on the meeting page."
        rows={3}
        rule={travelDeclineBodySchema.shape.reason}
        submitLabel="Decline the request"
        pendingLabel="Declining…"
        variant="danger"
        done="Request declined; the member sees your reason"
        send={(reason) => decline({ reason })}
        draftKey={keyFor('decline')}
      />
    </StaffActions>
  );
}
