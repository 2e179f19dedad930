import { useSession } from '@/api/queries/session-queries';
import { PageHeading } from '@/components/ui/page-heading';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { memoAllowanceQueryOptions } from '@/features/memos/api/memo-allowance-queries';
import { MemoAllowanceNote } from '@/features/memos/components/memo-allowance-note';
import { MemoRequestForm } from '@/features/memos/components/memo-request-form';
import { draftKey } from '@/lib/drafts';
import type { ClientLoader } from '../route-module';
import { useMemberId } from './use-member-id';
import { policyAreaListQueryOptions } from '@/api/queries/policy-area-queries';

export const clientLoader: ClientLoader =
  (queryClient) =>
  async ({ params }) => {
    await Promise.all([
      queryClient.query(policyAreaListQueryOptions()),
      queryClient.query(memoAllowanceQueryOptions(params.memberId ?? '')),
    ]);
    return null;
  };

export function Component() {
  const memberId = useMemberId();
  const session = useSession();
  return (
    <div className="max-w-3xl">
      <p>
        <TextLink to={paths.member.memos.href(memberId)}>All policy memos</TextLink>
      </p>
      <PageHeading className="mt-3">Request a policy memo</PageHeading>
      <MemoAllowanceNote memberId={memberId} />
      <p className="mt-2 text-slate-700">
        What you type is kept in this browser tab until you send it, even if you reload the page or have to sign in
        again.
      </p>
      <div className="mt-8">
        <MemoRequestForm memberId={memberId} draftKey={draftKey('memo-request', session.person.id, memberId)} />
      </div>
    </div>
  );
}
