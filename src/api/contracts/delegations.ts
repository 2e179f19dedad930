import * as z from 'zod/mini';
import { defineEndpoint } from './endpoint';
import { emptySchema, id, isoDate, isoDateTime, scopeSchema } from './common';

/**
 * A mayor's grant to a staff member, seen from the mayor's side (the delegate's side is the
 * session's `grants`). Ended grants stay in the list so the mayor can see who had access.
 */
export const delegationSchema = z
  .object({
    id,
    delegate: z.object({ id, name: z.string(), email: z.email(), title: z.nullable(z.string()) }),
    scopes: z.array(scopeSchema),
    /** The last day the delegate may act; null: until revoked. */
    endsOn: z.nullable(isoDate),
    createdAt: isoDateTime,
    revokedAt: z.nullable(isoDateTime),
    /** `expired`: the end date has passed; `revoked`: the mayor took access away. */
    status: z.enum(['active', 'expired', 'revoked']),
  })
  .register(z.globalRegistry, { id: 'Delegation' });
export type Delegation = z.infer<typeof delegationSchema>;
export type DelegationStatus = Delegation['status'];

const scopesField = z.array(scopeSchema).check(
  z.minLength(1, { error: 'Choose at least one area they may act in' }),
  z.maxLength(3),
  z.refine((scopes) => new Set(scopes).size === scopes.length, { error: 'Choose each area once' }),
);

/** Optional last day; the API also checks it isn't in the past (422 on `endsOn`). */
const endsOnField = z.nullable(isoDate);

export const delegationCreateBodySchema = z
  .object({
    name: z
      .string()
      .check(
        z.trim(),
        z.minLength(1, { error: "Enter the staff member's name" }),
        z.maxLength(120, { error: 'Keep the name under 120 characters' }),
      ),
    email: z.email({ error: 'Enter an e-mail address in the right format, like name@city.gov' }),
    scopes: scopesField,
    endsOn: endsOnField,
  })
  .register(z.globalRegistry, { id: 'DelegationCreateBody' });
export type DelegationCreateBody = z.infer<typeof delegationCreateBodySchema>;

export const delegationUpdateBodySchema = z
  .object({ scopes: scopesField, endsOn: endsOnField })
  .register(z.globalRegistry, { id: 'DelegationUpdateBody' });
export type DelegationUpdateBody = z.infer<typeof delegationUpdateBodySchema>;

export const delegationEndpoints = {
  listDelegations: defineEndpoint({
    operationId: 'listDelegations',
    method: 'GET',
    path: '/members/{memberId}/delegations',
    summary: "The mayor's delegates, current first, then ended ones (mayor only; MIP staff while previewing).",
    tag: 'access',
    auth: 'session',
    response: z.object({ items: z.array(delegationSchema) }).register(z.globalRegistry, { id: 'DelegationList' }),
  }),
  createDelegation: defineEndpoint({
    operationId: 'createDelegation',
    method: 'POST',
    path: '/members/{memberId}/delegations',
    summary:
      "Lets a staff member act for the mayor, by e-mail, in the chosen areas and optionally until a date (mayor only). A new e-mail gets an account; a mayor's or MIP's can't be a delegate (422); 409 `already_delegate` when they already act for the mayor.",
    tag: 'access',
    auth: 'session',
    idempotencyKey: true,
    body: delegationCreateBodySchema,
    response: delegationSchema,
    successStatus: 201,
  }),
  updateDelegation: defineEndpoint({
    operationId: 'updateDelegation',
    method: 'PATCH',
    path: '/delegations/{delegationId}',
    summary:
      'Changes what a delegate may do and until when (mayor only); takes effect on their next request. 409 `delegation_revoked` once revoked.',
    tag: 'access',
    auth: 'session',
    body: delegationUpdateBodySchema,
    response: delegationSchema,
  }),
  revokeDelegation: defineEndpoint({
    operationId: 'revokeDelegation',
    method: 'DELETE',
    path: '/delegations/{delegationId}',
    summary:
      "Takes a delegate's access away (mayor only); their very next request is refused with 403 `delegation_revoked`.",
    tag: 'access',
    auth: 'session',
    response: emptySchema,
    successStatus: 204,
  }),
};
