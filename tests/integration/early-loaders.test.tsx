import { waitFor } from '@testing-library/react';
import { server } from '@mocks/node';
import { apiRequest } from '@/api/client';
import { createQueryClient } from '@/app/query-client';
import { createAppRouter } from '@/app/router';
import { demo } from '../setup/render-app';

/**
 * Holds back the code of the pages below, as a slow phone network would, until released. (A
 * vitest mock throws on reading an export it lacks: the router asks each page for a loader.)
 */
const held = vi.hoisted(() => {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  /** A route module's every export named, so the router can read the ones it lacks. */
  const page = async (importOriginal: () => Promise<object>) => {
    await gate;
    const none = { clientLoader: undefined, shouldRevalidate: undefined, ErrorBoundary: undefined };
    return { ...none, ...(await importOriginal()) };
  };
  return { page, release: () => release() };
});
vi.mock('@/app/routes/dashboard', (importOriginal) => held.page(importOriginal));
vi.mock('@/app/routes/member-layout', (importOriginal) => held.page(importOriginal));

/**
 * The loaders of the routes a phone opens first are part of the first file (decision 043): the
 * dashboard's requests leave while its code is still on its way, not after it has arrived.
 */
describe('the data of a first page starts with its code', () => {
  const asked: string[] = [];
  beforeEach(() => {
    asked.length = 0;
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'GET') asked.push(new URL(request.url).pathname);
    });
  });
  afterEach(() => server.events.removeAllListeners('request:start'));

  it("asks for every dashboard widget's data before the dashboard's code has arrived", async () => {
    await apiRequest('signIn', { body: { email: demo.ana, password: 'demo' } });
    window.history.replaceState(null, '', '/m/riverton');
    const router = createAppRouter(createQueryClient());
    const widgetsData = [
      '/api/v1/members/riverton/overview',
      '/api/v1/members/riverton/memo-allowance',
      '/api/v1/members/riverton/registrations',
      '/api/v1/members/riverton/dues',
      '/api/v1/meetings',
      '/api/v1/tracks',
    ];
    await waitFor(() => expect(asked).toEqual(expect.arrayContaining(widgetsData)));
    expect(router.state.initialized).toBe(false); // the page's code is still held back

    held.release();
    await waitFor(() => expect(router.state.initialized).toBe(true));
    expect(router.state.location.pathname).toBe('/m/riverton');
    expect(router.state.errors).toBeNull();
    router.dispose();
  });
});
