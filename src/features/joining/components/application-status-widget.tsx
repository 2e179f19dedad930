import { useSuspenseQuery } from '@tanstack/react-query';
import type { Application } from '@/api/contracts/joining';
import { Fact, Facts } from '@/components/ui/facts';
import { StatusTag } from '@/components/ui/status-tag';
import { TextLink } from '@/components/ui/text-link';
import { Widget } from '@/components/ui/widget';
import { paths } from '@/config/paths';
import { formatCount, formatInstantDate, formatPrice } from '@/lib/format';
import { US_STATES } from '@/lib/us-states';
import { applicationQueryOptions } from '../api/joining-queries';
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
      return `MIP is reviewing your application, received ${formatInstantDate(application.submittedAt)}. MIP staff will write to you if they have questions.`;
    case 'approved':
      return `MIP approved your application${decided ? ` on ${decided}` : ''}. Your membership starts once the first payment is made; the membership packet follows within 2–3 weeks.`;
    case 'declined':
      return `MIP did not approve your application${decided ? ` (${decided})` : ''}. MIP staff will write to you to explain why.`;
  }
}

function stateName(code: string): string {
  return code in US_STATES ? US_STATES[code as keyof typeof US_STATES] : code;
}
