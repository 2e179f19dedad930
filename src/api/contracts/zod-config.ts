import { config } from 'zod/mini';

/**
 * zod probes whether it may compile parsers with `new Function`; under the app's strict
 * Content-Security-Policy (no 'unsafe-eval') that probe is a reported violation. Switch it off
 * before any schema is built: every contract module imports common.ts, which imports this first.
 */
config({ jitless: true });
