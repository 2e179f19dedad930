import type { MemberSummary } from '../../src/api/contracts/members';
import type { MemberRow } from '../../mocks/db/rows/people';
import type { StoreTx } from '../store/store';
import { membershipOf } from './membership';
import { mayorOf, personRefOf } from './people';
import { populationOn } from './population';
import { today } from './invoices';

export async function memberSummaryView(tx: StoreTx, member: MemberRow): Promise<MemberSummary> {
  const mayor = await mayorOf(tx, member);
  return {
    id: member.id,
    city: member.city,
    state: member.state,
    population: populationOn(member, today()).population,
    mayor: { ...personRefOf(mayor), termStartedOn: mayor.termStartedOn ?? member.joinedOn ?? '2000-01-01' },
    membership: await membershipOf(tx, member),
  };
}
