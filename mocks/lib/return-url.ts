import { allowedOrigins } from '../http/cors';
import { HttpError } from './http-error';

/** The app's own origins when nothing else says: `vite`, `vite preview` (see http/cors.ts). */
const isAppOrigin = allowedOrigins(undefined);

/**
 * Where a hosted checkout may send the person back to: the app that started it, never another
 * site (an open redirect would let a link to the checkout forward people anywhere). The app is the
 * page that sent the request (its Origin header), the API's own origin (the embedded mock, where
 * the app and the API share one) or one of the app's known origins.
 */
export function requireAppReturnUrl(returnUrl: string, request: Request): URL {
  const url = parseUrl(returnUrl);
  const sender = request.headers.get('Origin');
  const fromApp = (origin: string) =>
    origin === new URL(request.url).origin ||
    (sender !== null && sender !== 'null' && origin === sender) ||
    isAppOrigin(origin);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !fromApp(url.origin)) {
    throw new HttpError(422, 'validation_failed', 'Some answers need correcting.', {
      returnUrl: ['The checkout can only return to a page of the Member Hub'],
    });
  }
  return url;
}

function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}
