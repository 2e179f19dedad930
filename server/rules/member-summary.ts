import type { MemberSummary } from '../../src/api/contracts/members';
import type { MemberRow } from '../../mocks/db/rows/people';
import type { StoreTx } from '../store/store';
import { membershipOf } from './membership';
import { mayorOf, personRefOf } from './people';

export async function memberSummaryView(tx: StoreTx, member: MemberRow): Promise<MemberSummary> {
  const mayor = await mayorOf(tx, member);
  return {
    id: member.id,
    city: member.city,
    state: member.state,
    population: member.population,
    mayor: { ...personRefOf(mayor), termStartedOn: mayor.termStartedOn ?? member.joinedOn ?? '2000-01-01' },
    membership: await membershipOf(tx, member),
  };
}
