import * as z from 'zod/mini';
import { defineEndpoint } from './endpoint';
import { id, isoDateTime, pageQuerySchema, paginated } from './common';

/**
 * The e-mails the API queued about members' requests (issue 17): when MIP's staff act on a request
 * in a way the member should know, each person concerned whose "request updates" preference is on
 * gets one. The API keeps them in an outbox; sending them by SMTP is issue 21 (decision 023).
 */
export const outboxRecordKindSchema = z.enum([
  'memo_request',
  'travel_support',
  'assistance_request',
  'application',
  'invoice',
  'meeting',
  /** A welcome e-mail: the record is the person's account. */
  'account',
]);
export type OutboxRecordKind = z.infer<typeof outboxRecordKindSchema>;

export const outboxQuerySchema = z.extend(pageQuerySchema, {
  /** A member city's id: only e-mails about that city's requests. */
  city: z.optional(id),
});
export type OutboxQuery = z.input<typeof outboxQuerySchema>;

export const outboxEmailSchema = z
  .object({
    id,
    /** Who it is addressed to: the person and the address it went to. */
    to: z.object({ personId: id, name: z.string(), email: z.string() }),
    subject: z.string(),
    /** Plain text. A welcome e-mail's sign-in link is left out: only its person may use it. */
    body: z.string(),
    recordKind: outboxRecordKindSchema,
    recordId: id,
    /** The city it concerns; null for an e-mail to MIP's own staff (a colleague's welcome). */
    memberId: z.nullable(id),
    city: z.nullable(z.string()),
    state: z.nullable(z.string()),
    createdAt: isoDateTime,
    /** When it was sent; null while it waits in the outbox. */
    sentAt: z.nullable(isoDateTime),
  })
  .register(z.globalRegistry, { id: 'OutboxEmail' });
export type OutboxEmail = z.infer<typeof outboxEmailSchema>;

export const outboxSchema = paginated(outboxEmailSchema).register(z.globalRegistry, { id: 'Outbox' });
export type Outbox = z.infer<typeof outboxSchema>;

export const staffOutboxEndpoints = {
  listStaffOutbox: defineEndpoint({
    operationId: 'listStaffOutbox',
    method: 'GET',
    path: '/staff/outbox',
    summary:
      "The e-mails the API queued about members' requests, newest first, optionally for one city. Any MIP staff; those about financial assistance only for finance.",
    tag: 'staff',
    auth: 'session',
    query: outboxQuerySchema,
    response: outboxSchema,
  }),
};
