import * as z from 'zod/mini';
import { defineEndpoint } from './endpoint';
import { personRefSchema } from './common';
import { duesTierSchema } from './dues';
import { applicationSchema } from './joining';
import { MESSAGE_MAX, staffActionSchema, staffChange, staffReasonSchema, staffText } from './staff-work';

/** A membership application as MIP's finance staff decide it: the applicant's view plus what only MIP sees. */
export const staffApplicationSchema = z
  .extend(applicationSchema, {
    /** The person who applied: the city's mayor once approved. */
    applicant: personRefSchema,
    /** The dues tier the city's population puts it in: its first invoice is at this fee. */
    tier: duesTierSchema,
    actions: z.array(staffActionSchema),
    /** Changes with every change to the application; send it back as If-Match so a stale page can't overwrite. */
    version: z.int().check(z.nonnegative()),
  })
  .register(z.globalRegistry, { id: 'StaffApplication' });
export type StaffApplication = z.infer<typeof staffApplicationSchema>;

export const applicationApproveBodySchema = z
  .object({
    /** A welcome the new member reads on its hub; optional. */
    message: z.optional(
      staffText(
        10,
        MESSAGE_MAX,
        'Write the welcome in at least 10 characters, or leave it empty',
        'Keep the welcome under 2,000 characters',
      ),
    ),
  })
  .register(z.globalRegistry, { id: 'ApplicationApproveBody' });
export type ApplicationApproveBody = z.infer<typeof applicationApproveBodySchema>;

export const applicationDeclineBodySchema = z
  .object({ reason: staffReasonSchema })
  .register(z.globalRegistry, { id: 'ApplicationDeclineBody' });
export type ApplicationDeclineBody = z.infer<typeof applicationDeclineBodySchema>;

export const applicationAskBodySchema = z
  .object({
    question: staffText(
      10,
      MESSAGE_MAX,
      'Write the question in at least 10 characters',
      'Keep the question under 2,000 characters',
    ),
  })
  .register(z.globalRegistry, { id: 'ApplicationAskBody' });
export type ApplicationAskBody = z.infer<typeof applicationAskBodySchema>;

/** A decision on one application by MIP's finance staff: the application as it now stands comes back. */
const staffApplicationChange = <B extends z.ZodMiniType>(operationId: string, path: string, summary: string, body: B) =>
  staffChange({
    operationId,
    path: `/staff/applications/{applicationId}${path}`,
    summary: `${summary} MIP finance staff only.`,
    body,
    response: staffApplicationSchema,
  });

export const staffApplicationEndpoints = {
  getStaffApplication: defineEndpoint({
    operationId: 'getStaffApplication',
    method: 'GET',
    path: '/staff/applications/{applicationId}',
    summary:
      "A city's membership application as MIP's finance staff decide it: what the applicant wrote, the tier and fee, MIP's questions and answers, and MIP's record of actions.",
    tag: 'staff',
    auth: 'session',
    response: staffApplicationSchema,
  }),
  approveApplication: staffApplicationChange(
    'approveApplication',
    '/approve',
    'Approves an undecided application: the city becomes a member, its membership year starts, its first invoice is made at its tier and the applicant becomes its mayor. 409 once decided.',
    applicationApproveBodySchema,
  ),
  declineApplication: staffApplicationChange(
    'declineApplication',
    '/decline',
    'Declines an undecided application with a reason the applicant reads. 409 once decided.',
    applicationDeclineBodySchema,
  ),
  askApplicationQuestion: staffApplicationChange(
    'askApplicationQuestion',
    '/ask',
    'Asks the applicant for more information; the application waits for their answer. 409 when decided or a question already waits.',
    applicationAskBodySchema,
  ),
};
