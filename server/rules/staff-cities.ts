import { CITY_RECORD_AREAS, type PopulationInput, type StaffCity } from '../../src/api/contracts/staff-cities';
import { duesTierFor } from '../../src/lib/dues-tiers';
import { formatCount, formatDate } from '../../src/lib/format';
import { membershipYearOf } from '../../src/lib/membership-year';
import { clock } from '../../mocks/clock';
import type { MemberRow } from '../../mocks/db/rows/people';
import { HttpError, notFound } from '../../mocks/lib/http-error';
import type { StoreTx } from '../store/store';
import { requireStaff, requireStaffArea } from './access';
import { today } from './invoices';
import { standingOf } from './membership';
import { mayorOf, personRef, personRefOf } from './people';
import { nextMembershipYearStart, pendingPopulationChange, populationOn, recordPopulation } from './population';
import type { ActiveSession } from './sessions';
import { invitationOf } from './welcome-links';
import { recordStaffAction, staffActionsOf } from './staff-changes';

/** The city, for any of MIP's staff; a change holds its row, and only finance and admin may make one. */
export async function staffCityFor(
  tx: StoreTx,
  session: ActiveSession,
  memberId: string | undefined,
  forUpdate = false,
): Promise<MemberRow> {
  if (forUpdate) requireStaffArea(session, CITY_RECORD_AREAS);
  else requireStaff(session);
  const key = { id: memberId ?? '' };
  const row = await (forUpdate ? tx.members.getForUpdate(key) : tx.members.get(key));
  if (memberId === undefined || !row) throw notFound('That city');
  return row;
}

export async function staffCityView(tx: StoreTx, row: MemberRow): Promise<StaffCity> {
  const on = today();
  const mayor = await mayorOf(tx, row);
  const standing = await standingOf(tx, row, on);
  const figure = populationOn(row, on);
  const change = pendingPopulationChange(row, on);
  const nextStart = nextMembershipYearStart(on);
  return {
    id: row.id,
    city: row.city,
    state: row.state,
    kind: row.kind,
    joinedOn: row.joinedOn,
    mayor: {
      ...personRefOf(mayor),
      email: mayor.email,
      termStartedOn: mayor.termStartedOn,
      invitation: await invitationOf(tx, mayor.id),
    },
    membership: standing.membership,
    membershipReason: standing.reason,
    population: figure,
    tier: duesTierFor(figure.population),
    populationChange: change && {
      population: change.population,
      source: change.source,
      asOf: change.asOf,
      appliesFrom: change.appliesFrom,
      yearLabel: membershipYearOf(change.appliesFrom).label,
      tier: duesTierFor(change.population),
      recordedAt: change.recordedAt,
      recordedBy: await personRef(tx, change.recordedById),
    },
    nextYear: { label: membershipYearOf(nextStart).label, startsOn: nextStart },
    actions: await staffActionsOf(tx, 'city', row.id),
    version: row.version,
  };
}

/**
 * Records the city's population as of a day that has come (a count can't be of the future); its
 * tier bills from the next membership year, and MIP's record of actions says who and what.
 */
export async function recordCityPopulation(
  tx: StoreTx,
  row: MemberRow,
  session: ActiveSession,
  input: PopulationInput,
): Promise<MemberRow> {
  const on = today();
  if (input.asOf > on) {
    const message = 'Enter the date the figure counts: it must be today or earlier';
    throw new HttpError(422, 'validation_failed', message, { asOf: [message] });
  }
  const at = clock.now().toISOString();
  const { appliesFrom } = recordPopulation(row, input, { at, byId: session.person.id, on });
  return recordCityChange(tx, row, session, at, {
    action: `Recorded a population of ${formatCount(input.population)}, applying from ${formatDate(appliesFrom)}`,
    detail: `${input.source}, as of ${formatDate(input.asOf)}`,
  });
}

/**
 * Writes a changed city back with MIP's record of what changed: its version moves on. A city is
 * its own member: the line is kept under the city, like a request under its city.
 */
export async function recordCityChange(
  tx: StoreTx,
  row: MemberRow,
  session: ActiveSession,
  at: string,
  { action, detail }: { action: string; detail: string },
): Promise<MemberRow> {
  const record = { id: row.id, memberId: row.id, version: row.version };
  await recordStaffAction(tx, 'city', record, session.person, at, action, detail);
  row.version = record.version;
  await tx.members.update(row);
  return row;
}
