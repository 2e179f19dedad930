import { useSuspenseQuery } from '@tanstack/react-query';
import { Alert } from '@/components/ui/alert';
import { PageHeading } from '@/components/ui/page-heading';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { duesQueryOptions } from '../api/dues-queries';
import { CONFIDENTIAL_NOTE } from './assistance-card';
import { AssistanceForm } from './assistance-form';

/** A confidential request for help with this year's dues, or where the year's request stands. */
export function AssistancePage({ memberId, draftKey }: { memberId: string; draftKey: string }) {
  const { data: dues } = useSuspenseQuery(duesQueryOptions(memberId));
  // One request a year: while MIP considers it, or once approved, another form would only be refused.
  const request = dues.assistanceRequest;
  const answered = request?.status === 'approved';
  const pending = request?.status === 'submitted' || request?.status === 'under_review';
  const paid = dues.currentInvoice?.status === 'paid';
  return (
    <div className="max-w-3xl">
      <p>
        <TextLink to={paths.member.dues.href(memberId)}>Back to dues</TextLink>
      </p>
      <PageHeading className="mt-3">Ask for financial assistance</PageHeading>
      <p className="mt-2 text-lg text-slate-700">
        If this year's dues don't fit your city's budget, MIP can reduce them or give more time. Tell MIP why, and what
        the city can pay.
      </p>
      <Alert tone="info" className="mt-6" title="Confidential">
        <p>{CONFIDENTIAL_NOTE} It never appears in the directory or anywhere else in the network.</p>
      </Alert>
      <div className="mt-8">
        {paid ? (
          <Alert tone="info" title="This year's dues are paid">
            <p>There is nothing left to pay this year, so there is nothing to ask help with.</p>
          </Alert>
        ) : answered || pending ? (
          <Alert tone="info" title={answered ? "MIP approved your city's request" : "Your city's request is with MIP"}>
            <p>
              {answered ? 'What MIP decided is' : 'Where it stands is'} on the{' '}
              <TextLink to={paths.member.dues.href(memberId)}>dues page</TextLink>.
            </p>
          </Alert>
        ) : (
          <AssistanceForm
            memberId={memberId}
            duesCents={dues.currentInvoice?.amountCents ?? dues.tier.feeCents}
            draftKey={draftKey}
          />
        )}
      </div>
    </div>
  );
}
