import * as z from 'zod/mini';
import { defineEndpoint } from './endpoint';
import { id, isoDate, isoDateTime, personRefSchema } from './common';
import { duesTierSchema } from './dues';
import { membershipSchema } from './members';
import { staffPopulationSchema } from './population';
import { invitationSchema, resendWelcomeSchema } from './staff-accounts';
import { staffActionSchema, staffChange, staffText, type StaffArea } from './staff-work';

/**
 * City records as MIP's staff keep them (issue 19): every staff member reads one; finance and
 * admin record a city's population, which bills from the next membership year.
 */

/** Who changes a city's record: finance (its dues follow the population) and admin. */
export const CITY_RECORD_AREAS: readonly StaffArea[] = ['finance', 'admin'];

export const populationFigureSchema = z
  .object({
    population: z.int().check(z.nonnegative()),
    /** Where the figure comes from ("US Census Bureau, 2020 Census"). */
    source: z.string(),
    /** The day the figure counts. */
    asOf: isoDate,
  })
  .register(z.globalRegistry, { id: 'PopulationFigure' });
export type PopulationFigure = z.infer<typeof populationFigureSchema>;

export const populationChangeSchema = z
  .extend(populationFigureSchema, {
    /** The first day of the membership year whose invoice follows it. */
    appliesFrom: isoDate,
    yearLabel: z.string(),
    tier: duesTierSchema,
    recordedAt: isoDateTime,
    recordedBy: personRefSchema,
  })
  .register(z.globalRegistry, { id: 'PopulationChange' });
export type PopulationChange = z.infer<typeof populationChangeSchema>;

export const staffCitySchema = z
  .object({
    id,
    city: z.string(),
    state: z.string(),
    kind: z.enum(['member', 'prospective']),
    joinedOn: z.nullable(isoDate),
    mayor: z.extend(personRefSchema, {
      email: z.string(),
      termStartedOn: z.nullable(isoDate),
      /** The welcome e-mail of a mayor MIP recorded, until they set their password. */
      invitation: z.nullable(invitationSchema),
    }),
    membership: membershipSchema,
    /** Why the status is what it is, from dues and dates: it is never set by hand. */
    membershipReason: z.string(),
    /** The figure this membership year's dues follow, and their tier. */
    population: populationFigureSchema,
    tier: duesTierSchema,
    /** A newer figure waiting for its membership year; null when there is none. */
    populationChange: z.nullable(populationChangeSchema),
    /** The membership year a population recorded today applies from. */
    nextYear: z.object({ label: z.string(), startsOn: isoDate }),
    /** What MIP's staff changed on the record, oldest first. */
    actions: z.array(staffActionSchema),
    version: z.int().check(z.nonnegative()),
  })
  .register(z.globalRegistry, { id: 'StaffCity' });
export type StaffCity = z.infer<typeof staffCitySchema>;

export const populationInputSchema = z
  .object({
    population: staffPopulationSchema,
    source: staffText(
      1,
      200,
      'Say where the figure comes from, like "US Census Bureau, 2024 estimate"',
      'Keep the source under 200 characters',
    ),
    asOf: isoDate,
  })
  .register(z.globalRegistry, { id: 'PopulationInput' });
export type PopulationInput = z.input<typeof populationInputSchema>;

export const newMayorInputSchema = z
  .object({
    name: staffText(2, 120, "Enter the new mayor's name", 'Keep the name under 120 characters'),
    email: z.pipe(
      z.string().check(z.trim()),
      z.email({ error: "Enter the new mayor's e-mail address, like mayor@city.gov" }),
    ),
    /** The day the term began: first-term eligibility follows it. */
    termStartedOn: isoDate,
  })
  .register(z.globalRegistry, { id: 'NewMayorInput' });
export type NewMayorInput = z.input<typeof newMayorInputSchema>;

export const staffCityEndpoints = {
  getStaffCity: defineEndpoint({
    operationId: 'getStaffCity',
    method: 'GET',
    path: '/staff/cities/{memberId}',
    summary:
      "A city's record as MIP's staff keep it: mayor, membership status and why, population and dues tier. MIP staff only.",
    tag: 'staff',
    auth: 'session',
    response: staffCitySchema,
  }),
  recordCityPopulation: staffChange({
    operationId: 'recordCityPopulation',
    path: '/staff/cities/{memberId}/population',
    summary:
      "Records a city's population with its source and date; its dues tier applies from the next membership year's invoice. MIP finance and admin staff only.",
    body: populationInputSchema,
    response: staffCitySchema,
  }),
  recordNewMayor: staffChange({
    operationId: 'recordNewMayor',
    path: '/staff/cities/{memberId}/mayor',
    summary:
      "Records a member city's new mayor: a new account for them; the former mayor's account leaves the city (sign-in, delegations and tracks end). MIP finance and admin staff only.",
    body: newMayorInputSchema,
    response: staffCitySchema,
  }),
  resendMayorWelcome: defineEndpoint({
    operationId: 'resendMayorWelcome',
    method: 'POST',
    path: '/staff/cities/{memberId}/mayor/welcome-link',
    summary:
      "Sends the city's new mayor their welcome e-mail again with a new link (the older link stops working); refused once they have set their password (409 already_set_up). MIP finance and admin staff only.",
    tag: 'staff',
    auth: 'session',
    idempotencyKey: true,
    body: resendWelcomeSchema,
    response: staffCitySchema,
  }),
};
