import { http, HttpResponse } from 'msw';
import * as z from 'zod/mini';
import { checkoutPageData, finishCheckout } from '../lib/checkout-processor';
import { commitChanges } from '../lib/durability';
import { fieldErrorsOf } from '../lib/field-errors';
import { HttpError, errorBody, errorResponse } from '../lib/http-error';

const outcomeSchema = z.object({ outcome: z.enum(['paid', 'declined']) });

function errorAnswer(error: unknown): Response {
  if (error instanceof HttpError) return errorResponse(error);
  throw error;
}

/**
 * The card processor's side of a checkout, mock-only and outside the contract (a real API has
 * none): the in-app mock checkout page reads a checkout and pays or declines it with the test card.
 * Like the other /__mock/ endpoints it needs no session.
 */
export const checkoutControlRoutes = [
  http.get('*/__mock/checkout-sessions/:id', ({ params }) => {
    try {
      return HttpResponse.json(checkoutPageData(String(params.id)));
    } catch (error) {
      return errorAnswer(error);
    }
  }),
  http.post('*/__mock/checkout-sessions/:id', async ({ params, request }) => {
    const json: unknown = await request.json().catch(() => undefined);
    const parsed = z.safeParse(outcomeSchema, json);
    if (!parsed.success) {
      return HttpResponse.json(
        errorBody('validation_failed', 'Say whether the test card paid or was declined.', fieldErrorsOf(parsed.error)),
        { status: 422 },
      );
    }
    try {
      const finished = finishCheckout(String(params.id), parsed.data.outcome);
      // Stored before the test checkout sends the browser back to the app, which reads it.
      await commitChanges();
      return HttpResponse.json(finished);
    } catch (error) {
      return errorAnswer(error);
    }
  }),
];
