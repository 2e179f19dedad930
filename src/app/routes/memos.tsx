import { PageHeading } from '@/components/ui/page-heading';
import { memoAllowanceQueryOptions } from '@/features/memos/api/memo-allowance-queries';
import { memoRequestListQueryOptions } from '@/features/memos/api/memo-queries';
import { MemoAllowancePanel } from '@/features/memos/components/memo-allowance-panel';
import { MemoRequestList } from '@/features/memos/components/memo-request-list';
import type { ClientLoader } from '../route-module';
import { useMemberId } from './use-member-id';

export const clientLoader: ClientLoader =
  (queryClient) =>
  async ({ params }) => {
    const memberId = params.memberId ?? '';
    await Promise.all([
      queryClient.query(memoAllowanceQueryOptions(memberId)),
      queryClient.query(memoRequestListQueryOptions(memberId)),
    ]);
    return null;
  };

export function Component() {
  const memberId = useMemberId();
  return (
    <>
      <PageHeading>Policy memos</PageHeading>
      <p className="mt-2 max-w-3xl text-lg text-slate-700">
        Short memos from MIP's policy staff on a question your city faces: what other cities have done, the options, and
        a recommendation.
      </p>
      <div className="mt-8 grid gap-8 lg:grid-cols-3 lg:items-start">
        <div className="lg:col-start-3">
          <MemoAllowancePanel memberId={memberId} />
        </div>
        <div className="lg:col-span-2 lg:col-start-1 lg:row-start-1">
          <MemoRequestList memberId={memberId} />
        </div>
      </div>
    </>
  );
}
