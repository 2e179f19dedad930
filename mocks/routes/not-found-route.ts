import { http, HttpResponse } from 'msw';
import type { Store } from '../../server/store/store';
import { SESSION_COOKIE, lookupSession } from '../../server/rules/sessions';
import { errorBody, errorResponse, previewReadOnly } from '../lib/http-error';
import { mockStore } from '../store/mock-store';

/**
 * Anything under /api/v1 that no route answered: the contract's 404 envelope, never a passthrough.
 * A changing request from a previewing session is refused as read-only first, so even hand-made
 * requests to paths that don't exist learn nothing but "read-only".
 */
export async function notFoundAnswer(request: Request, cookies: Record<string, string>, store: Store) {
  const lookup = await store.transaction((tx) => lookupSession(tx, cookies[SESSION_COOKIE]));
  if (request.method !== 'GET' && lookup.state === 'active' && lookup.session.preview) {
    return errorResponse(previewReadOnly());
  }
  return HttpResponse.json(errorBody('not_found', 'There is nothing at this address.'), { status: 404 });
}

export const notFoundRoute = http.all('*/api/v1/*', ({ request, cookies }) =>
  notFoundAnswer(request, cookies, mockStore),
);
