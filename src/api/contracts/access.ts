import * as z from 'zod/mini';
import { defineEndpoint } from './endpoint';
import { emptySchema, id, isoDateTime, personRefSchema } from './common';
import { membershipStatusSchema } from './members';
import { previewSchema } from './session';

export const accessLogEntrySchema = z
  .object({
    id,
    kind: z.enum(['delegate_action', 'staff_preview']),
    actor: personRefSchema,
    /** For a delegate action, what they did ("Registered Jordan Lee for Winter Meeting 2027"); for a preview, the stated reason. */
    description: z.string(),
    startedAt: isoDateTime,
    endedAt: z.nullable(isoDateTime),
  })
  .register(z.globalRegistry, { id: 'AccessLogEntry' });
export type AccessLogEntry = z.infer<typeof accessLogEntrySchema>;

export const staffMemberListItemSchema = z
  .object({
    id,
    city: z.string(),
    state: z.string(),
    population: z.int().check(z.nonnegative()),
    mayor: personRefSchema,
    membershipStatus: membershipStatusSchema,
  })
  .register(z.globalRegistry, { id: 'StaffMemberListItem' });
export type StaffMemberListItem = z.infer<typeof staffMemberListItemSchema>;

export const previewCreateBodySchema = z
  .object({
    memberId: id,
    reason: z.string().check(
      z.trim(),
      z.minLength(10, {
        error: 'Give a reason of at least 10 characters; the member will see it in their access history',
      }),
      z.maxLength(500, { error: 'Keep the reason under 500 characters' }),
    ),
  })
  .register(z.globalRegistry, { id: 'PreviewCreateBody' });
export type PreviewCreateBody = z.infer<typeof previewCreateBodySchema>;

export const accessEndpoints = {
  getAccessLog: defineEndpoint({
    operationId: 'getAccessLog',
    method: 'GET',
    path: '/members/{memberId}/access-log',
    summary: 'Who acted for the member and who previewed their hub, newest first.',
    tag: 'access',
    auth: 'session',
    response: z.object({ items: z.array(accessLogEntrySchema) }).register(z.globalRegistry, { id: 'AccessLog' }),
  }),
  listStaffMembers: defineEndpoint({
    operationId: 'listStaffMembers',
    method: 'GET',
    path: '/staff/members',
    summary: 'All member and prospective cities (MIP staff only).',
    tag: 'staff',
    auth: 'session',
    response: z
      .object({ items: z.array(staffMemberListItemSchema) })
      .register(z.globalRegistry, { id: 'StaffMemberList' }),
  }),
  startPreview: defineEndpoint({
    operationId: 'startPreview',
    method: 'POST',
    path: '/staff/previews',
    summary: "Start a read-only preview of a member's hub, with a reason; ends after 60 minutes at most.",
    tag: 'staff',
    auth: 'session',
    body: previewCreateBodySchema,
    response: previewSchema,
    successStatus: 201,
  }),
  endPreview: defineEndpoint({
    operationId: 'endPreview',
    method: 'DELETE',
    path: '/staff/previews/current',
    summary: 'End the current preview.',
    tag: 'staff',
    auth: 'session',
    response: emptySchema,
    successStatus: 204,
  }),
};
