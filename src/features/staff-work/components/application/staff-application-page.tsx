import { useSuspenseQuery } from '@tanstack/react-query';
import { describeError } from '@/api/api-error';
import {
  applicationAskBodySchema,
  applicationDeclineBodySchema,
  type ApplicationApproveBody,
  type ApplicationAskBody,
  type ApplicationDeclineBody,
  type StaffApplication,
} from '@/api/contracts/staff-applications';
import { useSession } from '@/api/queries/session-queries';
import { Card } from '@/components/ui/card';
import { Fact, Facts } from '@/components/ui/facts';
import { PageHeading } from '@/components/ui/page-heading';
import { StatusTag } from '@/components/ui/status-tag';
import type { Tone } from '@/components/ui/tone';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { draftKey } from '@/lib/drafts';
import { formatCount, formatDate, formatInstant, formatInstantDate, formatMoney } from '@/lib/format';
import { US_STATES } from '@/lib/us-states';
import {
  useApproveApplication,
  useAskApplicationQuestion,
  useDeclineApplication,
} from '../../api/staff-application-mutations';
import { staffApplicationQueryOptions } from '../../api/staff-application-queries';
import { useOvertaken } from '../../api/use-overtaken';
import { OvertakenAlert } from '../overtaken-alert';
import { StaffRecord } from '../staff-record';
import { TextActionForm } from '../text-action-form';
import { ApproveForm } from './approve-form';
import { PreviewReadOnly } from '../preview-read-only';
import { StaffActions } from '../staff-actions';

const STATUS: Record<StaffApplication['status'], { text: string; tone: Tone }> = {
  received: { text: "Waiting for MIP's decision", tone: 'info' },
  information_requested: { text: 'Waiting for the applicant’s answer', tone: 'neutral' },
  answered: { text: 'Answered: waiting for MIP', tone: 'info' },
  approved: { text: 'Approved: a member', tone: 'success' },
  declined: { text: 'Declined', tone: 'warning' },
};

const UNDECIDED = new Set<StaffApplication['status']>(['received', 'information_requested', 'answered']);

/** One membership application as MIP's finance staff decide it: what the city wrote, MIP's questions, the record. */
export function StaffApplicationPage({ applicationId }: { applicationId: string }) {
  const { data: application } = useSuspenseQuery(staffApplicationQueryOptions(applicationId));
  const previewing = useSession().preview !== null;
  const status = STATUS[application.status];
  const open = UNDECIDED.has(application.status);
  const approve = useApproveApplication(application);
  const decline = useDeclineApplication(application);
  const ask = useAskApplicationQuestion(application);
  const { overtaken, track } = useOvertaken(open);
  return (
    <article>
      <p>
        <TextLink to={paths.staff.href('?kind=application')}>Applications in the inbox</TextLink>
      </p>
      <p className="mt-4 text-sm font-semibold tracking-wide text-slate-600 uppercase">
        Membership application · {application.city}, {application.state}
      </p>
      <PageHeading className="mt-1">
        {application.city}, {stateName(application.state)} applies to join
      </PageHeading>
      <p className="mt-3 flex flex-wrap items-center gap-3 text-slate-700">
        <StatusTag tone={status.tone}>{status.text}</StatusTag>
        <span>
          Applied by {application.applicant.name} on {formatInstantDate(application.submittedAt)}
        </span>
      </p>
      <div className="mt-8 grid gap-8 lg:grid-cols-3 lg:items-start">
        <div className="space-y-10 lg:col-span-2">
          <section aria-labelledby="wrote-heading">
            <h2 id="wrote-heading" className="text-xl font-bold text-slate-900">
              What the city wrote
            </h2>
            <div className="mt-3">
              <Facts>
                <Fact term="Mayor">{application.mayorName}</Fact>
                <Fact term="Mayor's e-mail">
                  <span className="break-all">{application.email}</span>
                </Fact>
                <Fact term="Term started">
                  {application.termStartedOn ? formatDate(application.termStartedOn) : 'Not given'}
                </Fact>
                <Fact term="Billing contact">
                  {application.billingContactName}
                  <span className="block font-normal break-all text-slate-700">{application.billingContactEmail}</span>
                </Fact>
              </Facts>
            </div>
          </section>
          {application.questions.length > 0 && <Questions application={application} />}
          {overtaken && (
            <OvertakenAlert>{describeError(overtaken)} Here is the application as it now stands.</OvertakenAlert>
          )}
          {!open && <Decision application={application} />}
          {open && previewing && <PreviewReadOnly />}
          {open && !previewing && (
            <ApplicationActions
              application={application}
              approve={(body) => track(approve.mutateAsync(body))}
              decline={(body) => track(decline.mutateAsync(body))}
              ask={(body) => track(ask.mutateAsync(body))}
            />
          )}
        </div>
        <div className="space-y-6 lg:col-start-3 lg:row-start-1">
          <Card>
            <h2 className="sr-only">Details</h2>
            <Facts>
              <Fact term="City">
                {application.city}, {stateName(application.state)}
              </Fact>
              <Fact term="Population">{formatCount(application.population)}</Fact>
              <Fact term="Dues tier">{tierWords(application.tier)}</Fact>
              <Fact term="Annual fee">{formatMoney(application.feeCents)}</Fact>
              <Fact term="Applied">{formatInstantDate(application.submittedAt)}</Fact>
            </Facts>
          </Card>
          <StaffRecord actions={application.actions} />
        </div>
      </div>
    </article>
  );
}

function Questions({ application }: { application: StaffApplication }) {
  return (
    <section aria-labelledby="questions-heading">
      <h2 id="questions-heading" className="text-xl font-bold text-slate-900">
        MIP's questions
      </h2>
      <ol className="mt-3 space-y-5">
        {application.questions.map((q) => (
          <li key={q.id} className="space-y-1">
            <p className="font-semibold text-slate-900">
              Asked <time dateTime={q.askedAt}>{formatInstant(q.askedAt)}</time>
            </p>
            <p className="whitespace-pre-line text-slate-800">{q.question}</p>
            {q.answer !== null && q.answeredAt !== null ? (
              <>
                <p className="pt-2 font-semibold text-slate-900">
                  {application.applicant.name} answered{' '}
                  <time dateTime={q.answeredAt}>{formatInstant(q.answeredAt)}</time>
                </p>
                <p className="whitespace-pre-line text-slate-800">{q.answer}</p>
              </>
            ) : (
              <p className="text-slate-700">Not answered yet.</p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function Decision({ application }: { application: StaffApplication }) {
  const on = application.decidedAt ? ` on ${formatInstantDate(application.decidedAt)}` : '';
  return (
    <section aria-labelledby="decision-heading">
      <h2 id="decision-heading" className="text-xl font-bold text-slate-900">
        MIP's decision
      </h2>
      {application.status === 'approved' ? (
        <p className="mt-2 text-slate-800">
          Approved{on}: {application.city} is a member, invoiced {formatMoney(application.feeCents)} for its first year,
          with {application.applicant.name} as its mayor.
        </p>
      ) : (
        <p className="mt-2 text-slate-800">Declined{on}.</p>
      )}
      {application.declineReason && (
        <p className="mt-2 whitespace-pre-line text-slate-800">Reason given: {application.declineReason}</p>
      )}
      {application.welcomeMessage && (
        <p className="mt-2 whitespace-pre-line text-slate-800">Welcome message: {application.welcomeMessage}</p>
      )}
    </section>
  );
}

interface ApplicationActionsProps {
  application: StaffApplication;
  approve: (body: ApplicationApproveBody) => Promise<unknown>;
  decline: (body: ApplicationDeclineBody) => Promise<unknown>;
  ask: (body: ApplicationAskBody) => Promise<unknown>;
}

function ApplicationActions({ application, approve, decline, ask }: ApplicationActionsProps) {
  const personId = useSession().person.id;
  const keyFor = (form: string) => draftKey(`staff-application-${form}`, personId, application.id);
  return (
    <StaffActions heading="Decide the application">
      <ApproveForm application={application} send={approve} draftKey={keyFor('approve')} />
      {application.status === 'information_requested' ? (
        <p className="text-slate-700">
          MIP asked {application.applicant.name} a question; you can ask another once they answer.
        </p>
      ) : (
        <TextActionForm
          id="ask-question"
          heading="Ask for more information"
          label="Your question to the applicant"
          hint="They read it on their welcome page and answer there; the application waits for the answer."
          rows={3}
          rule={applicationAskBodySchema.shape.question}
          submitLabel="Ask the applicant"
          pendingLabel="Asking…"
          done="Question sent; the applicant sees it on their welcome page"
          send={(question) => ask({ question })}
          draftKey={keyFor('ask')}
        />
      )}
      <TextActionForm
        id="decline-reason"
        heading="Decline the application"
        label="Why MIP declines it"
        hint="The applicant reads this on their welcome page."
        rows={3}
        rule={applicationDeclineBodySchema.shape.reason}
        submitLabel="Decline the application"
        pendingLabel="Declining…"
        variant="danger"
        done="Application declined; the applicant sees your reason"
        send={(reason) => decline({ reason })}
        draftKey={keyFor('decline')}
      />
    </StaffActions>
  );
}

function tierWords(tier: StaffApplication['tier']): string {
  return tier.maxPopulation === null
    ? `${formatCount(tier.minPopulation)} people or more`
    : `${formatCount(tier.minPopulation)} to ${formatCount(tier.maxPopulation)} people`;
}

function stateName(code: string): string {
  return code in US_STATES ? US_STATES[code as keyof typeof US_STATES] : code;
}
