import { http, HttpResponse } from 'msw';
import * as z from 'zod/mini';
import { checkoutPageData, finishCheckout } from '../../server/rules/checkout-processor';
import { commitChanges } from '../lib/durability';
import { fieldErrorsOf } from '../lib/field-errors';
import { HttpError, errorBody, errorResponse } from '../lib/http-error';
import { mockStore } from '../store/mock-store';

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
  http.get('*/__mock/checkout-sessions/:id', async ({ params }) => {
    try {
      return HttpResponse.json(await mockStore.transaction((tx) => checkoutPageData(tx, String(params.id))));
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
      const { outcome } = parsed.data;
      const finished = await mockStore.transaction((tx) => finishCheckout(tx, String(params.id), outcome));
      // Stored before the test checkout sends the browser back to the app, which reads it.
      await commitChanges();
      return HttpResponse.json(finished);
    } catch (error) {
      return errorAnswer(error);
    }
  }),
];
