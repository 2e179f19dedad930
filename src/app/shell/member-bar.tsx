import { useOverview } from '@/api/queries/overview-queries';
import { useSession } from '@/api/queries/session-queries';
import { MemberNav } from '@/components/layout/member-nav';
import { paths } from '@/config/paths';
import { MembershipStatusTag } from '@/features/membership/components/membership-status-tag';

/**
 * On every page of a member's hub: which city this is, its membership status, and the sections.
 * Only sections that exist are linked; "Access" (delegates and access history) only for the mayor,
 * and MIP staff previewing, since delegation can't be delegated.
 */
export function MemberBar({ memberId }: { memberId: string }) {
  const { member } = useOverview(memberId);
  const session = useSession();
  const managesAccess =
    session.preview?.memberId === memberId || (session.person.role === 'mayor' && session.ownMemberId === memberId);
  return (
    <div className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-end justify-between gap-x-6 gap-y-2 px-4 pt-3 sm:px-6">
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 pb-2">
          <span className="text-lg font-semibold text-slate-900">
            {member.city}, {member.state}
          </span>
          <MembershipStatusTag membership={member.membership} />
        </p>
        <MemberNav
          items={[
            { to: paths.member.dashboard.href(memberId), label: 'Dashboard', end: true },
            { to: paths.member.meetings.href(memberId), label: 'Meetings' },
            { to: paths.member.memos.href(memberId), label: 'Policy memos' },
            { to: paths.member.library.href(memberId), label: 'Library' },
            { to: paths.member.tracks.href(memberId), label: 'Tracks' },
            { to: paths.member.directory.href(memberId), label: 'Directory' },
            { to: paths.member.dues.href(memberId), label: 'Dues' },
            { to: paths.member.settings.href(memberId), label: 'Settings' },
            ...(managesAccess ? [{ to: paths.member.delegates.href(memberId), label: 'Delegates' }] : []),
          ]}
        />
      </div>
    </div>
  );
}
