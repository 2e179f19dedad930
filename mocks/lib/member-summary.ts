import type { MemberSummary } from '../../src/api/contracts/members';
import type { MemberRow } from '../db/rows/people';
import { membershipOf } from './membership';
import { mayorOf, personRefOf } from './people';

export function memberSummaryView(member: MemberRow): MemberSummary {
  const mayor = mayorOf(member);
  return {
    id: member.id,
    city: member.city,
    state: member.state,
    population: member.population,
    mayor: { ...personRefOf(mayor), termStartedOn: mayor.termStartedOn ?? member.joinedOn ?? '2000-01-01' },
    membership: membershipOf(member),
  };
}
