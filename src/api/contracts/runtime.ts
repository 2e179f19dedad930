/**
 * The contract's schemas and the parser, loaded by the fetch client on its first request (in
 * parallel with it), so zod is not part of the JavaScript the first page waits for. MIP staff's
 * endpoints are in `staff-contract.ts`, loaded only by a staff endpoint's first request.
 */
export { safeParse } from 'zod/mini';
export { memberSideEndpoints } from './member-side-endpoints';
export { errorBodySchema } from './common';
