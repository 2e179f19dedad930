import { QueryClient } from '@tanstack/react-query';
import { server } from '@mocks/node';
import { apiRequest } from './client';
import { holdRequestsUntil, requestsHeld } from './requests-held';

describe('requests held while the embedded mock starts', () => {
  afterEach(() => server.events.removeAllListeners('request:start'));

  it('leave once the mock has started, then nothing waits; after a failed start they go ahead', async () => {
    const client = new QueryClient();
    const sent: string[] = [];
    server.events.on('request:start', ({ request }) => {
      sent.push(new URL(request.url).pathname);
    });
    let start: (value: null) => void = () => undefined;
    holdRequestsUntil(new Promise<null>((resolve) => (start = resolve)));
    const answer = apiRequest('listDuesTiers', { client });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sent).toEqual([]);
    start(null);
    await expect(answer).resolves.toBeDefined();
    expect(sent).toEqual(['/api/v1/dues-tiers']);
    expect(requestsHeld()).toBeNull();

    holdRequestsUntil(Promise.reject(new Error('no service worker')));
    await expect(apiRequest('listDuesTiers', { client })).resolves.toBeDefined();
    expect(requestsHeld()).toBeNull();
  });
});
