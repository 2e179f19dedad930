import { Info } from 'lucide-react';
import { useOverview } from '@/api/queries/overview-queries';
import { Fact, Facts } from '@/components/ui/facts';
import { Widget } from '@/components/ui/widget';
import { formatCount } from '@/lib/format';
import { MembershipStatusTag } from './membership-status-tag';

/** For a prospective city: where joining stands, and the population the fee is based on. */
export function JoinStatusWidget({ memberId }: { memberId: string }) {
  return (
    <Widget title="Your membership">
      <JoinStatus memberId={memberId} />
    </Widget>
  );
}

function JoinStatus({ memberId }: { memberId: string }) {
  const { member, actions } = useOverview(memberId);
  return (
    <div className="space-y-4">
      <MembershipStatusTag membership={member.membership} />
      <Facts>
        <Fact term="City">
          {member.city}, {member.state}
        </Fact>
        <Fact term="Population on file">{formatCount(member.population)}</Fact>
      </Facts>
      {actions.length > 0 && (
        <ul className="space-y-2">
          {actions.map((action) => (
            <li key={action.id} className="flex gap-2 text-slate-800">
              <Info aria-hidden="true" className="mt-1 size-4 shrink-0 text-accent-700" />
              {action.title}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
