import type { DelegationRow } from '../rows/people';
import type { SeedContext } from './seed-context';

/**
 * Jordan acts for Ana (meetings, memos, dues) and for Dana (meetings only); Priya for Marcus. Sam,
 * Ana's former aide, kept a revoked grant: it shows in history and grants nothing.
 */
export function seedDemoDelegations(ctx: SeedContext): DelegationRow[] {
  const grantedAt = `${ctx.year.startsOn}T15:00:00.000Z`;
  return [
    {
      id: 'del-jordan-ana',
      memberId: 'riverton',
      mayorId: 'ana-ortiz',
      delegateId: 'jordan-lee',
      scopes: ['meetings', 'memos', 'dues'],
      endsOn: null,
      createdAt: '2025-01-13T15:00:00.000Z',
      revokedAt: null,
    },
    {
      id: 'del-jordan-dana',
      memberId: 'cedar-falls',
      mayorId: 'dana-whitfield',
      delegateId: 'jordan-lee',
      scopes: ['meetings'],
      endsOn: null,
      createdAt: grantedAt,
      revokedAt: null,
    },
    {
      id: 'del-sam-ana',
      memberId: 'riverton',
      mayorId: 'ana-ortiz',
      delegateId: 'sam-reyes',
      scopes: ['meetings', 'memos'],
      endsOn: null,
      createdAt: '2025-01-13T15:05:00.000Z',
      revokedAt: '2025-06-30T21:00:00.000Z',
    },
    {
      id: 'del-priya-marcus',
      memberId: 'lakeport',
      mayorId: 'marcus-bell',
      delegateId: 'priya-natarajan',
      scopes: ['meetings', 'memos', 'dues'],
      endsOn: null,
      createdAt: '2019-02-01T15:00:00.000Z',
      revokedAt: null,
    },
  ];
}
