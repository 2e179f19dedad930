import * as z from 'zod/mini';
import { defineEndpoint } from './endpoint';
import { isoDateTime, newPasswordSchema } from './common';
import { sessionSchema } from './session';

/**
 * The first sign-in of an account MIP's staff made (a city's new mayor, an invited colleague):
 * MIP's welcome e-mail carries a link with a token; the person opens it, chooses a password and
 * is signed in. A link works once and for 14 days; a newer one for the same person ends it.
 */

export const welcomeLinkSchema = z
  .object({
    /** Whose account the link sets up: shown so the person knows it is theirs. */
    name: z.string(),
    email: z.string(),
    expiresAt: isoDateTime,
  })
  .register(z.globalRegistry, { id: 'WelcomeLink' });
export type WelcomeLink = z.infer<typeof welcomeLinkSchema>;

export const welcomePasswordSchema = z
  .object({ password: newPasswordSchema })
  .register(z.globalRegistry, { id: 'WelcomePassword' });
export type WelcomePassword = z.infer<typeof welcomePasswordSchema>;

export const welcomeLinkEndpoints = {
  getWelcomeLink: defineEndpoint({
    operationId: 'getWelcomeLink',
    method: 'GET',
    path: '/welcome-links/{token}',
    summary:
      'Whose account a welcome link sets up: 404 when it is unknown, used or replaced by a newer one, 410 when it expired.',
    tag: 'session',
    auth: 'public',
    response: welcomeLinkSchema,
  }),
  acceptWelcomeLink: defineEndpoint({
    operationId: 'acceptWelcomeLink',
    method: 'POST',
    path: '/welcome-links/{token}',
    summary:
      "Sets the account's password from its welcome link and signs in (sets the session cookie); the link then stops working.",
    tag: 'session',
    auth: 'public',
    body: welcomePasswordSchema,
    response: sessionSchema,
    successStatus: 201,
  }),
};
