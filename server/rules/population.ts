import { membershipYearOf } from '../../src/lib/membership-year';
import { addDays } from '../../mocks/db/dates';
import type { MemberRow, PopulationChangeRow } from '../../mocks/db/rows/people';

/** A city's population as a record keeps it: the figure, where it comes from, the day it counts. */
export interface PopulationFigure {
  population: number;
  source: string;
  asOf: string;
}

/**
 * The population a city's dues follow on a day: the figure on file, or the change MIP's staff
 * recorded once its membership year has begun. Read, never stored, so no job has to move it on.
 */
export function populationOn(member: MemberRow, on: string): PopulationFigure {
  const change = member.populationChange;
  if (change && on >= change.appliesFrom)
    return { population: change.population, source: change.source, asOf: change.asOf };
  return { population: member.population, source: member.populationSource, asOf: member.populationAsOf };
}

/** The change MIP recorded that has not begun to apply on `on`, if any. */
export function pendingPopulationChange(member: MemberRow, on: string): PopulationChangeRow | null {
  const change = member.populationChange;
  return change && on < change.appliesFrom ? change : null;
}

/** The first day of the membership year after the one `on` falls in: when a change made today bills. */
export function nextMembershipYearStart(on: string): string {
  return addDays(membershipYearOf(on).endsOn, 1);
}

/**
 * Records a city's new population: it applies from the next membership year, so this year's
 * invoice (sent or still to come) keeps the tier it has. A change whose year has already begun
 * becomes the figure on file first; a second change in one year replaces the first.
 */
export function recordPopulation(
  member: MemberRow,
  figure: PopulationFigure,
  recorded: { at: string; byId: string; on: string },
): PopulationChangeRow {
  const current = populationOn(member, recorded.on);
  member.population = current.population;
  member.populationSource = current.source;
  member.populationAsOf = current.asOf;
  const change = {
    population: figure.population,
    source: figure.source,
    asOf: figure.asOf,
    appliesFrom: nextMembershipYearStart(recorded.on),
    recordedAt: recorded.at,
    recordedById: recorded.byId,
  };
  member.populationChange = change;
  return change;
}
