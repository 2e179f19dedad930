import { useOverview } from '@/api/queries/overview-queries';
import { Fact, Facts } from '@/components/ui/facts';
import { Widget } from '@/components/ui/widget';
import { formatCount, formatDate } from '@/lib/format';
import { MembershipStatusTag } from './membership-status-tag';

/** The dashboard's membership card: status, year, and the facts the dues are based on. */
export function MembershipWidget({ memberId, className }: { memberId: string; className?: string }) {
  return (
    <Widget title="Membership" className={className}>
      <MembershipDetails memberId={memberId} />
    </Widget>
  );
}

function MembershipDetails({ memberId }: { memberId: string }) {
  const { member } = useOverview(memberId);
  const { membership } = member;
  return (
    <div className="space-y-4">
      <MembershipStatusTag membership={membership} />
      <Facts>
        {membership.yearLabel && <Fact term="Membership year">{membership.yearLabel}</Fact>}
        <Fact term="Mayor">
          {member.mayor.name}
          <span className="block text-sm font-normal text-slate-600">
            in office since {formatDate(member.mayor.termStartedOn)}
          </span>
        </Fact>
        <Fact term="Population">{formatCount(member.population)}</Fact>
      </Facts>
    </div>
  );
}
