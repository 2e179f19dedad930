import * as z from 'zod/mini';
import { defineEndpoint } from './endpoint';
import { id, isoDateTime } from './common';
import { staffAreaSchema, staffText } from './staff-work';

/**
 * MIP's own staff accounts, kept by MIP's admins (issue 19): invite a colleague with the areas
 * of work they answer, change those areas, deactivate an account. The Hub always keeps an admin.
 */

/**
 * The welcome e-mail of an account MIP made, while its person hasn't used the link yet: when it
 * was sent and until when the link works. Null once they set their password (or for accounts
 * that never needed one).
 */
export const invitationSchema = z
  .object({ sentAt: isoDateTime, expiresAt: isoDateTime, expired: z.boolean() })
  .register(z.globalRegistry, { id: 'Invitation' });
export type Invitation = z.infer<typeof invitationSchema>;

/** Sending the welcome link again: a new link (the older one stops working) and a new e-mail. */
export const resendWelcomeSchema = z.object({}).register(z.globalRegistry, { id: 'ResendWelcome' });

export const staffAccountSchema = z
  .object({
    id,
    name: z.string(),
    email: z.string(),
    title: z.nullable(z.string()),
    areas: z.array(staffAreaSchema),
    status: z.enum(['active', 'deactivated']),
    deactivatedAt: z.nullable(isoDateTime),
    invitation: z.nullable(invitationSchema),
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
  resendStaffWelcome: defineEndpoint({
    operationId: 'resendStaffWelcome',
    method: 'POST',
    path: '/staff/accounts/{personId}/welcome-link',
    summary:
      "Sends an invited colleague's welcome e-mail again with a new link (the older link stops working); refused once they have set their password (409 already_set_up). MIP admins only.",
    tag: 'staff',
    auth: 'session',
    idempotencyKey: true,
    body: resendWelcomeSchema,
    response: staffAccountSchema,
  }),
};
