import * as z from 'zod/mini';
import { defineEndpoint } from './endpoint';
import { emptySchema, id, isoDate, isoDateTime, personRefSchema, scopeSchema } from './common';

/**
 * What a member of MIP's staff works on: programs (travel support), policy (memo requests),
 * finance (invoices, payments, financial assistance, applications); admin manages staff accounts.
 */
export const staffAreaSchema = z.enum(['programs', 'policy', 'finance', 'admin']);
export type StaffArea = z.infer<typeof staffAreaSchema>;

export const roleSchema = z.enum(['mayor', 'city_staff', 'mip_staff', 'prospective']);
export type Role = z.infer<typeof roleSchema>;

export const signInBodySchema = z
  .object({
    email: z.email({ error: 'Enter an e-mail address in the right format, like name@city.gov' }),
    password: z.string().check(z.minLength(1, { error: 'Enter your password' })),
  })
  .register(z.globalRegistry, { id: 'SignInBody' });
export type SignInBody = z.infer<typeof signInBodySchema>;

/** A mayor's grant to a delegate, seen from the delegate's side. */
export const grantSchema = z
  .object({
    delegationId: id,
    memberId: id,
    city: z.string(),
    state: z.string(),
    mayor: personRefSchema,
    scopes: z.array(scopeSchema),
    endsOn: z.nullable(isoDate),
  })
  .register(z.globalRegistry, { id: 'Grant' });
export type Grant = z.infer<typeof grantSchema>;

export const previewSchema = z
  .object({
    memberId: id,
    city: z.string(),
    mayor: personRefSchema,
    reason: z.string(),
    startedAt: isoDateTime,
    expiresAt: isoDateTime,
  })
  .register(z.globalRegistry, { id: 'Preview' });
export type Preview = z.infer<typeof previewSchema>;

export const sessionSchema = z
  .object({
    person: z.object({
      id,
      name: z.string(),
      email: z.email(),
      title: z.nullable(z.string()),
      role: roleSchema,
      /** MIP staff: the areas whose work they see and answer; empty for everyone else. */
      staffAreas: z.array(staffAreaSchema),
    }),
    /** The member (city) the person belongs to, if any: a mayor's or a prospective mayor's city. */
    ownMemberId: z.nullable(id),
    grants: z.array(grantSchema),
    preview: z.nullable(previewSchema),
    expiresAt: isoDateTime,
  })
  .register(z.globalRegistry, { id: 'Session' });
export type Session = z.infer<typeof sessionSchema>;

export const demoAccountSchema = z
  .object({ email: z.email(), name: z.string(), description: z.string(), role: roleSchema })
  .register(z.globalRegistry, { id: 'DemoAccount' });
export type DemoAccount = z.infer<typeof demoAccountSchema>;

export const sessionEndpoints = {
  signIn: defineEndpoint({
    operationId: 'signIn',
    method: 'POST',
    path: '/session',
    summary: 'Sign in with e-mail and password; sets the session cookie.',
    tag: 'session',
    auth: 'public',
    body: signInBodySchema,
    response: sessionSchema,
    successStatus: 201,
  }),
  getSession: defineEndpoint({
    operationId: 'getSession',
    method: 'GET',
    path: '/session',
    summary: 'Who I am, my grants, and the preview I am in, if any.',
    tag: 'session',
    auth: 'session',
    response: sessionSchema,
  }),
  signOut: defineEndpoint({
    operationId: 'signOut',
    method: 'DELETE',
    path: '/session',
    summary: 'Sign out; ends any preview and clears the session cookie.',
    tag: 'session',
    auth: 'public',
    response: emptySchema,
    successStatus: 204,
  }),
  listDemoAccounts: defineEndpoint({
    operationId: 'listDemoAccounts',
    method: 'GET',
    path: '/demo-accounts',
    summary: 'The demo accounts for one-click sign-in (mock API only; a real API answers 404).',
    tag: 'session',
    auth: 'public',
    response: z.object({ items: z.array(demoAccountSchema) }),
  }),
};
