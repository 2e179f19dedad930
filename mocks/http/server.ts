import { clock } from '../clock';
import { createMockApiServer } from './create-mock-api-server';

/**
 * `npm run api`: the mock API over HTTP on 127.0.0.1:8787 (PORT overrides). MOCK_NOW (an ISO
 * date-time) starts the mock's clock at that moment, so end-to-end runs see the same day every time.
 */
const port = Number(process.env.PORT ?? 8787);
const host = '127.0.0.1';
if (process.env.MOCK_NOW) clock.startAt(process.env.MOCK_NOW);

createMockApiServer().listen(port, host, () => {
  console.log(`Mock API listening on http://${host}:${port}`);
});
