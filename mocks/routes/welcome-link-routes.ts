import { endpoints } from '../../src/api/contracts/endpoints';
import { acceptWelcomeLink, welcomeLinkView } from '../../server/rules/welcome-links';
import { limitAttempts } from '../lib/attempt-limits';
import { HttpError } from '../lib/http-error';
import { publicRoute } from '../lib/route';
import { startSessionFor } from '../lib/start-session';

/**
 * A refused token counts as a refused sign-in from its address (and for the token), so guessing
 * links is limited like guessing passwords; the token's 256 bits make it hopeless anyway.
 */
async function limited<T>(ctx: Parameters<typeof limitAttempts>[0], token: string, work: () => Promise<T>) {
  const refused = await limitAttempts(ctx, `welcome-link:${token.slice(0, 80)}`);
  try {
    return await work();
  } catch (error) {
    if (error instanceof HttpError && (error.status === 404 || error.status === 410)) refused();
    throw error;
  }
}

/** The first sign-in of an account MIP made, from the link of its welcome e-mail (public). */
export const welcomeLinkRoutes = [
  publicRoute(endpoints.getWelcomeLink, (ctx) =>
    limited(ctx, ctx.params.token ?? '', () => welcomeLinkView(ctx.tx, ctx.params.token ?? '')),
  ),

  publicRoute(endpoints.acceptWelcomeLink, (ctx) =>
    limited(ctx, ctx.params.token ?? '', async () => {
      const person = await acceptWelcomeLink(ctx.tx, ctx.params.token ?? '', ctx.body.password, ctx.passwords);
      return startSessionFor(ctx, person);
    }),
  ),
];
