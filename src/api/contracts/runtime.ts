/**
 * The contract's schemas and the parser, loaded by the fetch client on its first request (in
 * parallel with it), so zod is not part of the JavaScript the first page waits for.
 */
export { safeParse } from 'zod/mini';
export { endpoints } from './endpoints';
export { errorBodySchema } from './common';
