import type { ReactNode } from 'react';
import type { MemoRequest } from '@/api/contracts/memos';
import { Card } from '@/components/ui/card';
import { Fact, Facts } from '@/components/ui/facts';
import { formatInstantDate, formatLongDate } from '@/lib/format';

/** What a memo request asks, and its background: the same words for the member and for MIP. */
export function MemoQuestion({ request, heading }: { request: MemoRequest; heading: string }) {
  return (
    <section aria-labelledby="question-heading">
      <h2 id="question-heading" className="text-xl font-bold text-slate-900">
        {heading}
      </h2>
      <p className="mt-2 whitespace-pre-line text-slate-800">{request.question}</p>
      {request.background && (
        <>
          <h3 className="mt-5 font-semibold text-slate-900">Background</h3>
          <p className="mt-1 whitespace-pre-line text-slate-800">{request.background}</p>
        </>
      )}
    </section>
  );
}

/** A memo request's details; `children` adds facts only one side shows (the allowance, for MIP). */
export function MemoRequestFacts({ request, children }: { request: MemoRequest; children?: ReactNode }) {
  return (
    <Card>
      <h2 className="sr-only">Details</h2>
      <Facts>
        <Fact term="Policy area">{request.policyArea.name}</Fact>
        <Fact term="Requested">{formatInstantDate(request.submittedAt)}</Fact>
        <Fact term="Wanted by">{request.desiredDate ? formatLongDate(request.desiredDate) : 'No date given'}</Fact>
        <Fact term="Membership year">{request.membershipYearLabel}</Fact>
        {children}
      </Facts>
    </Card>
  );
}
