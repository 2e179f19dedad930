import * as z from 'zod/mini';
import { defineEndpoint } from './endpoint';
import { cents, id, isoDate, isoDateTime, newPasswordSchema } from './common';
import { usStateSchema } from './dues';
import { populationSchema } from './population';

function text(min: number, max: number, missing: string, tooLong: string) {
  return z.string().check(z.trim(), z.minLength(min, { error: missing }), z.maxLength(max, { error: tooLong }));
}
const email = (error: string) => z.pipe(z.string().check(z.trim()), z.email({ error }));

/** The membership form that replaces MIP's PDF: it creates a prospective account for the mayor. */
export const applicationBodySchema = z
  .object({
    city: text(1, 80, 'Enter the name of your city', 'Keep the city name under 80 characters'),
    state: usStateSchema,
    population: populationSchema,
    mayorName: text(2, 120, "Enter the mayor's name", 'Keep the name under 120 characters'),
    email: email("Enter the mayor's e-mail address, like mayor@city.gov"),
    termStartedOn: isoDate,
    billingContactName: text(
      1,
      120,
      'Enter who handles the invoice, or the mayor again',
      'Keep the name under 120 characters',
    ),
    billingContactEmail: email('Enter the billing contact’s e-mail address, like finance@city.gov'),
    /** The password the mayor will sign in with. */
    password: newPasswordSchema,
  })
  .register(z.globalRegistry, { id: 'ApplicationBody' });
export type ApplicationBody = z.infer<typeof applicationBodySchema>;
export type ApplicationBodyInput = z.input<typeof applicationBodySchema>;

/**
 * Where an application stands: received (waiting for MIP), information_requested (MIP asked a
 * question, waiting for the applicant), answered (the applicant answered, back with MIP), then
 * approved or declined.
 */
export const applicationStatusSchema = z.enum([
  'received',
  'information_requested',
  'answered',
  'approved',
  'declined',
]);
export type ApplicationStatus = z.infer<typeof applicationStatusSchema>;

/** A question MIP asked about the application, and the applicant's answer once given. */
export const applicationQuestionSchema = z
  .object({
    id,
    question: z.string(),
    askedAt: isoDateTime,
    answer: z.nullable(z.string()),
    answeredAt: z.nullable(isoDateTime),
  })
  .register(z.globalRegistry, { id: 'ApplicationQuestion' });
export type ApplicationQuestion = z.infer<typeof applicationQuestionSchema>;

export const applicationSchema = z
  .object({
    id,
    memberId: id,
    status: applicationStatusSchema,
    submittedAt: isoDateTime,
    decidedAt: z.nullable(isoDateTime),
    city: z.string(),
    state: z.string(),
    population: z.int().check(z.nonnegative()),
    /** The annual fee the population puts the city in. */
    feeCents: cents,
    mayorName: z.string(),
    email: z.string(),
    termStartedOn: z.nullable(isoDate),
    billingContactName: z.string(),
    billingContactEmail: z.string(),
    /** MIP's questions about the application, oldest first; the last may wait for an answer. */
    questions: z.array(applicationQuestionSchema),
    /** Why MIP declined, once it did. */
    declineReason: z.nullable(z.string()),
    /** MIP's welcome to the new member, if it wrote one when approving. */
    welcomeMessage: z.nullable(z.string()),
  })
  .register(z.globalRegistry, { id: 'Application' });
export type Application = z.infer<typeof applicationSchema>;

export const APPLICATION_ANSWER_MAX = 2000;

/** The applicant's answer to MIP's question about the application. */
export const applicationAnswerBodySchema = z
  .object({
    answer: text(2, APPLICATION_ANSWER_MAX, 'Write your answer to MIP', 'Keep the answer under 2,000 characters'),
  })
  .register(z.globalRegistry, { id: 'ApplicationAnswerBody' });
export type ApplicationAnswerBody = z.infer<typeof applicationAnswerBodySchema>;

export const joiningEndpoints = {
  createApplication: defineEndpoint({
    operationId: 'createApplication',
    method: 'POST',
    path: '/applications',
    summary:
      'A city applies to join. Creates a prospective account for the mayor and signs it in (the session cookie is set). 409 email_taken when the e-mail already has an account.',
    tag: 'public',
    auth: 'public',
    idempotencyKey: true,
    body: applicationBodySchema,
    response: applicationSchema,
    successStatus: 201,
  }),
  getApplication: defineEndpoint({
    operationId: 'getApplication',
    method: 'GET',
    path: '/members/{memberId}/application',
    summary: "A prospective city's membership application and where it stands (the prospective mayor and MIP staff).",
    tag: 'joining',
    auth: 'session',
    response: applicationSchema,
  }),
  answerApplicationQuestion: defineEndpoint({
    operationId: 'answerApplicationQuestion',
    method: 'POST',
    path: '/members/{memberId}/application/answers',
    summary:
      "The applicant answers MIP's question about the city's application; the application goes back to MIP. Only the person who applied; 409 when no question waits.",
    tag: 'joining',
    auth: 'session',
    body: applicationAnswerBodySchema,
    response: applicationSchema,
  }),
};
