import { useDeferredValue, useState } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Eye, Search } from 'lucide-react';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import type { StaffMemberListItem } from '@/api/contracts/access';
import { ChangeButton } from '@/components/ui/change-button';
import { Input } from '@/components/ui/input';
import { MembershipStatusTag } from '@/components/membership-status-tag';
import { formatCount } from '@/lib/format';
import { staffMembersQueryOptions } from '@/api/queries/staff-members-queries';
import { StartPreviewDialog } from './start-preview-dialog';

/** Every member city for MIP staff, filterable by city or mayor, each with "Preview as member". */
export function StaffMemberList() {
  const { data } = useSuspenseQuery(staffMembersQueryOptions());
  const [filter, setFilter] = useState('');
  const deferredFilter = useDeferredValue(filter);
  const [previewing, setPreviewing] = useState<StaffMemberListItem | null>(null);
  const shown = data.items.filter((member) => matches(member, deferredFilter));

  return (
    <div className="space-y-5">
      <div className="max-w-md">
        <label htmlFor="member-filter" className="block font-semibold text-slate-900">
          Filter by city or mayor
        </label>
        <div className="relative mt-1.5">
          <Search
            aria-hidden="true"
            className="pointer-events-none absolute top-1/2 left-3 size-5 -translate-y-1/2 text-slate-500"
          />
          <Input
            id="member-filter"
            type="search"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            className="pl-10"
          />
        </div>
      </div>
      <p role="status" className="text-slate-600">
        {shown.length === data.items.length
          ? `${data.items.length} cities`
          : `Showing ${shown.length} of ${data.items.length} cities`}
      </p>
      {shown.length > 0 && (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white shadow-sm">
          {shown.map((member) => (
            <li
              key={member.id}
              className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center sm:justify-between sm:px-5"
            >
              <div className="min-w-0">
                <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <span className="text-lg font-semibold">
                    <TextLink to={paths.staff.city.href(member.id)}>
                      {member.city}, {member.state}
                    </TextLink>
                  </span>
                  <MembershipStatusTag status={member.membershipStatus} />
                </p>
                <p className="text-[0.9375rem] text-slate-600">
                  Mayor {member.mayor.name} · population {formatCount(member.population)}
                </p>
              </div>
              <ChangeButton
                variant="secondary"
                size="sm"
                className="shrink-0"
                aria-label={`Preview as member: ${member.city}`}
                onClick={() => setPreviewing(member)}
              >
                <Eye aria-hidden="true" className="size-4" />
                Preview as member
              </ChangeButton>
            </li>
          ))}
        </ul>
      )}
      {shown.length === 0 && <p className="text-slate-700">No city or mayor matches “{filter}”.</p>}
      <StartPreviewDialog member={previewing} onClose={() => setPreviewing(null)} />
    </div>
  );
}

function matches(member: StaffMemberListItem, filter: string): boolean {
  const needle = filter.trim().toLowerCase();
  if (!needle) return true;
  return [member.city, member.state, member.mayor.name].some((text) => text.toLowerCase().includes(needle));
}
