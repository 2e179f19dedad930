import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** The mock API for Node tests (vitest): intercepts fetch to any origin's /api/v1. */
export const server = setupServer(...handlers);
