/**
 * zod's parser and the error body's schema, loaded by the fetch client with its first request (in
 * parallel with it), so zod is not part of the JavaScript the first page waits for. Each area's
 * endpoint schemas load apart, with that area's first request (`contractAreas` in
 * routes.generated.ts): an error answer needs only this file.
 */
export { safeParse } from 'zod/mini';
export { errorBodySchema } from './common';
