import { useSuspenseQuery } from '@tanstack/react-query';
import { readOnlyReason } from '@/api/queries/read-only-reason';
import { sessionQueryOptions, useSession } from '@/api/queries/session-queries';
import { Alert } from '@/components/ui/alert';
import { PageHeading } from '@/components/ui/page-heading';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { memoAllowanceQueryOptions } from '@/features/memos/api/memo-allowance-queries';
import { memoDraftQueryOptions } from '@/features/memos/api/memo-draft-queries';
import { MemoAllowanceNote, noMemosLeftReason } from '@/features/memos/components/memo-allowance-note';
import { MemoRequestForm } from '@/features/memos/components/memo-request-form';
import { draftKey } from '@/lib/drafts';
import type { ClientLoader } from '../route-module';
import { useMemberId } from './use-member-id';
import { policyAreaListQueryOptions } from '@/api/queries/policy-area-queries';

const MEMOS = 'memos' as const;

export const clientLoader: ClientLoader =
  (queryClient) =>
  async ({ params }) => {
    const memberId = params.memberId ?? '';
    const session = await queryClient.query(sessionQueryOptions());
    // A delegate without the memos scope has no draft to read (the API says 403): they get the reason.
    const seesDraft = session.preview !== null || readOnlyReason(session, { memberId, scope: MEMOS }) === null;
    await Promise.all([
      queryClient.query(policyAreaListQueryOptions()),
      queryClient.query(memoAllowanceQueryOptions(memberId)),
      seesDraft ? queryClient.query(memoDraftQueryOptions(memberId)) : null,
    ]);
    return null;
  };

export function Component() {
  const memberId = useMemberId();
  const session = useSession();
  const reason = readOnlyReason(session, { memberId, scope: MEMOS });
  return (
    <div className="max-w-3xl">
      <p>
        <TextLink to={paths.member.memos.href(memberId)}>All policy memos</TextLink>
      </p>
      <PageHeading className="mt-3">Request a policy memo</PageHeading>
      {reason && (
        <Alert className="mt-4" title={session.preview ? 'Read-only preview' : "You can't request memos here"}>
          {reason}
        </Alert>
      )}
      {/* A preview shows what the mayor sees: their draft, read-only. Anyone else who can't send has no form. */}
      {(!reason || session.preview) && (
        <RequestSection memberId={memberId} personId={session.person.id} readOnly={reason !== null} />
      )}
    </div>
  );
}

function RequestSection({ memberId, personId, readOnly }: { memberId: string; personId: string; readOnly: boolean }) {
  const { data: allowance } = useSuspenseQuery(memoAllowanceQueryOptions(memberId));
  const { data: accountDraft } = useSuspenseQuery(memoDraftQueryOptions(memberId));
  return (
    <>
      <MemoAllowanceNote memberId={memberId} />
      {!readOnly && allowance.remaining > 0 && (
        <p className="mt-2 text-slate-700">
          What you type is saved to your account as you go, so it waits for you here until you send it, in this tab or
          on another computer.
        </p>
      )}
      <div className="mt-8">
        <MemoRequestForm
          memberId={memberId}
          draftKey={draftKey('memo-request', personId, memberId)}
          accountDraft={accountDraft}
          sendClosedBecause={noMemosLeftReason(allowance)}
          readOnly={readOnly}
        />
      </div>
    </>
  );
}
