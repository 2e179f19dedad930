import { serve } from '@hono/node-server';
import { clock } from '../clock';
import { createMockHubApp } from './mock-hub-app';

/**
 * `npm run api`: the mock API over HTTP on 127.0.0.1:8787 (PORT overrides), in memory. MOCK_NOW (an
 * ISO date-time) starts the mock's clock at that moment. The Member Hub server is `npm run server`.
 */
const port = Number(process.env.PORT ?? 8787);
const hostname = '127.0.0.1';
if (process.env.MOCK_NOW) clock.startAt(process.env.MOCK_NOW);

serve({ fetch: createMockHubApp().fetch, hostname, port }, (info) => {
  console.log(`Mock API listening on http://${hostname}:${String(info.port)}`);
});
