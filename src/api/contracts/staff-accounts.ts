import * as z from 'zod/mini';
import { defineEndpoint } from './endpoint';
import { id, isoDateTime } from './common';
import { staffAreaSchema, staffText } from './staff-work';

/**
 * MIP's own staff accounts, kept by MIP's admins (issue 19): invite a colleague with the areas
 * of work they answer, change those areas, deactivate an account. The Hub always keeps an admin.
 */

export const staffAccountSchema = z
  .object({
    id,
    name: z.string(),
    email: z.string(),
    title: z.nullable(z.string()),
    areas: z.array(staffAreaSchema),
    status: z.enum(['active', 'deactivated']),
    deactivatedAt: z.nullable(isoDateTime),
  })
  .register(z.globalRegistry, { id: 'StaffAccount' });
export type StaffAccount = z.infer<typeof staffAccountSchema>;

/** The areas a colleague works in: at least one, each once (the order is the API's). */
export const staffAreasSchema = z
  .array(staffAreaSchema)
  .check(z.minLength(1, { error: 'Choose at least one area of work' }), z.maxLength(4));

export const staffInviteSchema = z
  .object({
    name: staffText(2, 120, "Enter your colleague's name", 'Keep the name under 120 characters'),
    email: z.pipe(
      z.string().check(z.trim()),
      z.email({ error: "Enter your colleague's e-mail address, like name@mayorsinnovation.org" }),
    ),
    title: staffText(0, 120, '', 'Keep the title under 120 characters'),
    areas: staffAreasSchema,
  })
  .register(z.globalRegistry, { id: 'StaffInvite' });
export type StaffInvite = z.input<typeof staffInviteSchema>;

export const staffAreasChangeSchema = z
  .object({ areas: staffAreasSchema })
  .register(z.globalRegistry, { id: 'StaffAreasChange' });
export type StaffAreasChange = z.input<typeof staffAreasChangeSchema>;

export const staffAccountEndpoints = {
  listStaffAccounts: defineEndpoint({
    operationId: 'listStaffAccounts',
    method: 'GET',
    path: '/staff/accounts',
    summary: "MIP's staff accounts with their areas of work, active first, by name. MIP admins only.",
    tag: 'staff',
    auth: 'session',
    response: z.object({ items: z.array(staffAccountSchema) }).register(z.globalRegistry, { id: 'StaffAccounts' }),
  }),
  inviteStaffAccount: defineEndpoint({
    operationId: 'inviteStaffAccount',
    method: 'POST',
    path: '/staff/accounts',
    summary:
      'Invites a colleague: a staff account with the areas they work in; an e-mail already in use is refused at the field. MIP admins only.',
    tag: 'staff',
    auth: 'session',
    idempotencyKey: true,
    body: staffInviteSchema,
    response: staffAccountSchema,
    successStatus: 201,
  }),
  changeStaffAreas: defineEndpoint({
    operationId: 'changeStaffAreas',
    method: 'POST',
    path: '/staff/accounts/{personId}/areas',
    summary:
      "Sets a colleague's areas of work; taking admin from the last active admin is refused (409 last_admin). MIP admins only.",
    tag: 'staff',
    auth: 'session',
    body: staffAreasChangeSchema,
    response: staffAccountSchema,
  }),
  deactivateStaffAccount: defineEndpoint({
    operationId: 'deactivateStaffAccount',
    method: 'POST',
    path: '/staff/accounts/{personId}/deactivation',
    summary:
      "Deactivates a colleague's account: they are signed out and can't sign in; what they did stays theirs. Not the last active admin (409 last_admin), not one's own. MIP admins only.",
    tag: 'staff',
    auth: 'session',
    body: z.object({}).register(z.globalRegistry, { id: 'StaffDeactivation' }),
    response: staffAccountSchema,
  }),
};
