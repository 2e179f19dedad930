import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { Application } from '@/api/contracts/joining';
import { sessionQueryOptions, useSession } from '@/api/queries/session-queries';
import { Button } from '@/components/ui/button';
import { Fact, Facts } from '@/components/ui/facts';
import { StatusTag } from '@/components/ui/status-tag';
import { TextLink } from '@/components/ui/text-link';
import { Widget } from '@/components/ui/widget';
import { paths } from '@/config/paths';
import { draftKey } from '@/lib/drafts';
import { formatCount, formatInstant, formatInstantDate, formatPrice } from '@/lib/format';
import { US_STATES } from '@/lib/us-states';
import { applicationQueryOptions } from '../api/joining-queries';
import { AnswerQuestionForm } from './answer-question-form';
import { applicationStatusWords } from './application-status-words';

/** For a prospective mayor: where the city's application stands, and what it said. */
export function ApplicationStatusWidget({ memberId, className }: { memberId: string; className?: string }) {
  return (
    <Widget title="Your application" skeletonLines={5} className={className}>
      <ApplicationStatus memberId={memberId} />
    </Widget>
  );
}

function ApplicationStatus({ memberId }: { memberId: string }) {
  const { data: application } = useSuspenseQuery(applicationQueryOptions(memberId));
  if (!application) {
    return (
      <p className="text-slate-700">
        Your city hasn't applied to join yet. <TextLink to={paths.join.href()}>Apply to join</TextLink>
      </p>
    );
  }
  const status = applicationStatusWords[application.status];
  return (
    <div className="space-y-4">
      <StatusTag tone={status.tone}>{status.text}</StatusTag>
      <p className="text-slate-800">{statusSentence(application)}</p>
      {application.declineReason && (
        <p className="whitespace-pre-line text-slate-800">
          <span className="font-semibold">MIP's reason:</span> {application.declineReason}
        </p>
      )}
      {application.welcomeMessage && (
        <p className="whitespace-pre-line text-slate-800">
          <span className="font-semibold">MIP's welcome:</span> {application.welcomeMessage}
        </p>
      )}
      {application.status === 'approved' && <GoToHub />}
      {application.questions.length > 0 && <Questions application={application} />}
      <Facts>
        <Fact term="City">
          {application.city}, {stateName(application.state)}
        </Fact>
        <Fact term="Population">{formatCount(application.population)}</Fact>
        <Fact term="Annual fee">{formatPrice(application.feeCents)} a year</Fact>
        <Fact term="Billing contact">
          {application.billingContactName}
          <span className="block font-normal break-all text-slate-700">{application.billingContactEmail}</span>
        </Fact>
      </Facts>
    </div>
  );
}

function statusSentence(application: Application): string {
  const decided = application.decidedAt ? formatInstantDate(application.decidedAt) : null;
  switch (application.status) {
    case 'received':
      return `MIP is reviewing your application, received ${formatInstantDate(application.submittedAt)}. If MIP staff have a question, it shows here for you to answer.`;
    case 'information_requested':
      return 'MIP needs more information before deciding: answer the question below.';
    case 'answered':
      return 'Thank you for your answer. MIP is reviewing your application again.';
    case 'approved':
      return `MIP approved your application${decided ? ` on ${decided}` : ''}: ${application.city} is a member. Your first invoice is in your member hub; the membership packet follows within 2–3 weeks of payment.`;
    case 'declined':
      return `MIP did not approve your application${decided ? ` (${decided})` : ''}.`;
  }
}

/** MIP's questions and the applicant's answers; the one waiting gets the answer form. */
function Questions({ application }: { application: Application }) {
  const personId = useSession().person.id;
  return (
    <section aria-labelledby="application-questions-heading" className="space-y-4">
      <h3 id="application-questions-heading" className="font-bold text-slate-900">
        MIP's questions
      </h3>
      <ol className="space-y-4">
        {application.questions.map((q) => (
          <li key={q.id} className="space-y-1">
            <p className="text-[0.9375rem] text-slate-700">
              Asked <time dateTime={q.askedAt}>{formatInstant(q.askedAt)}</time>
            </p>
            <p className="whitespace-pre-line text-slate-900">{q.question}</p>
            {q.answer !== null && q.answeredAt !== null && (
              <p className="whitespace-pre-line text-slate-800">
                <span className="font-semibold">Your answer</span> (
                <time dateTime={q.answeredAt}>{formatInstant(q.answeredAt)}</time>): {q.answer}
              </p>
            )}
          </li>
        ))}
      </ol>
      {application.status === 'information_requested' && application.questions.some((q) => q.answer === null) && (
        <AnswerQuestionForm
          memberId={application.memberId}
          draftKey={draftKey('application-answer', personId, application.memberId)}
        />
      )}
    </section>
  );
}

/** The city is a member now: the session is read again (the person is its mayor) and the hub opens. */
function GoToHub() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const session = useSession();
  const open = async () => {
    const fresh = await queryClient.query({ ...sessionQueryOptions(), staleTime: 0 });
    await navigate(paths.member.dashboard.href(fresh.ownMemberId ?? session.ownMemberId ?? ''));
  };
  return (
    <Button type="button" variant="primary" onClick={() => void open()}>
      Go to your member hub
    </Button>
  );
}

function stateName(code: string): string {
  return code in US_STATES ? US_STATES[code as keyof typeof US_STATES] : code;
}
