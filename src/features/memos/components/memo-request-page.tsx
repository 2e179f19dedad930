import { useState } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { ChangeButton } from '@/components/ui/change-button';
import { PageHeading } from '@/components/ui/page-heading';
import { StatusTag } from '@/components/ui/status-tag';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { attributionText } from '@/lib/attribution-text';
import { memoRequestQueryOptions } from '../api/memo-queries';
import { DeliveredMemo } from './delivered-memo';
import { memoStatusWords } from '@/lib/memo-status-words';
import { MemoQuestion, MemoRequestFacts } from '@/components/memo-request-parts';
import { MemoTimeline } from '@/components/memo-timeline';
import { WithdrawMemoDialog } from './withdraw-memo-dialog';

/** One request: where it stands, what was asked, and the memo once delivered. */
export function MemoRequestPage({ memberId, memoRequestId }: { memberId: string; memoRequestId: string }) {
  const { data: request } = useSuspenseQuery(memoRequestQueryOptions(memoRequestId));
  const [withdrawing, setWithdrawing] = useState(false);
  const status = memoStatusWords[request.status];
  return (
    <article>
      <p>
        <TextLink to={paths.member.memos.href(memberId)}>All policy memos</TextLink>
      </p>
      <PageHeading className="mt-3">{request.title}</PageHeading>
      <p className="mt-3 flex flex-wrap items-center gap-3 text-slate-700">
        <StatusTag tone={status.tone}>{status.text}</StatusTag>
        <span>{attributionText('Requested', request.attribution)}</span>
      </p>
      <div className="mt-8 grid gap-8 lg:grid-cols-3 lg:items-start">
        <div className="space-y-8 lg:col-span-2">
          <DeliveredMemo memberId={memberId} request={request} />
          <MemoQuestion request={request} heading="What was asked" />
        </div>
        <div className="space-y-6 lg:col-start-3 lg:row-start-1">
          <MemoRequestFacts request={request} />
          <MemoTimeline history={request.history} />
          {request.status === 'submitted' && (
            <div>
              <ChangeButton
                variant="secondary"
                change={{ memberId, scope: 'memos' }}
                onClick={() => setWithdrawing(true)}
              >
                Withdraw request
              </ChangeButton>
              <p className="mt-2 text-[0.9375rem] text-slate-600">
                Possible until MIP starts scoping it; the memo goes back to your allowance.
              </p>
              <WithdrawMemoDialog
                memberId={memberId}
                memo={request}
                open={withdrawing}
                onClose={() => setWithdrawing(false)}
              />
            </div>
          )}
        </div>
      </div>
    </article>
  );
}
