import { waitFor } from '@testing-library/react';
import { server } from '@mocks/node';
import { apiRequest } from '@/api/client';
import { createQueryClient } from '@/app/query-client';
import { createAppRouter } from '@/app/router';
import { demo } from '../setup/render-app';

/**
 * The browser's router asks for the session before its routes' code has loaded, and the first
 * page's loaders share that one answer: a signed-out visitor's "/" costs one session request,
 * not one per loader, and a signed-in mayor's dashboard finds the session already asked for.
 */
describe('the session the app asks for as it opens', () => {
  let sessionRequests = 0;
  beforeEach(() => {
    sessionRequests = 0;
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'GET' && new URL(request.url).pathname === '/api/v1/session') sessionRequests += 1;
    });
  });
  afterEach(() => server.events.removeAllListeners('request:start'));

  function openAt(path: string) {
    window.history.replaceState(null, '', path);
    const queryClient = createQueryClient();
    const router = createAppRouter(queryClient);
    return { queryClient, router };
  }

  it('sends a signed-out visitor from "/" to the sign-in page with one session request', async () => {
    const { router } = openAt('/');
    expect(sessionRequests).toBe(1); // asked before any route's code has arrived
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    await waitFor(() => expect(router.state.navigation.state).toBe('idle'));
    expect(sessionRequests).toBe(1);
    router.dispose();
  });

  it("opens a signed-in mayor's dashboard on the same answer, and asks the cache afterwards", async () => {
    await apiRequest('signIn', { body: { email: demo.ana, password: 'demo' } });
    const { router, queryClient } = openAt('/m/riverton');
    await waitFor(() => expect(router.state.initialized).toBe(true));
    expect(router.state.location.pathname).toBe('/m/riverton');
    expect(sessionRequests).toBe(1);
    expect(queryClient.getQueryData(['session'])).toMatchObject({ person: { id: 'ana-ortiz' } });
    router.dispose();
  });

  it('asks for nothing early on a public page: a welcome link is for someone not signed in', async () => {
    const { router } = openAt('/set-up/not-a-real-token');
    await waitFor(() => expect(router.state.initialized).toBe(true));
    expect(sessionRequests).toBe(0);
    router.dispose();
  });
});
