import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { onTestFinished } from 'vitest';
import { apiRequest } from '@/api/client';
import { App } from '@/app/app';
import { createQueryClient } from '@/app/query-client';
import { reportCaughtError } from '@/app/report-error';
import { createAppRoutes } from '@/app/router';

/** The demo accounts (docs/product.md); every one signs in with the password "demo". */
export const demo = {
  ana: 'ana.ortiz@riverton.example',
  marcus: 'marcus.bell@lakeport.example',
  dana: 'dana.whitfield@cedarfalls.example',
  jordan: 'jordan.lee@riverton.example',
  morgan: 'morgan.hale@mayorsinnovation.example',
  theo: 'theo.grant@mayorsinnovation.example',
  elena: 'elena.park@mayorsinnovation.example',
  leeChen: 'lee.chen@millbrook.example',
} as const;

interface RenderAppOptions {
  /** Signs in through the real API (POST /session) before the app starts. */
  signedInAs?: string;
}

/**
 * Renders the real app (its routes, loaders, providers and a fresh query cache) at `url` in a
 * memory router. Only the network is mocked (MSW with the seeded mock API).
 */
export async function renderApp(url: string, { signedInAs }: RenderAppOptions = {}) {
  if (signedInAs) await apiRequest('signIn', { body: { email: signedInAs, password: 'demo' } });
  const queryClient = createQueryClient();
  const router = createMemoryRouter(createAppRoutes(queryClient), { initialEntries: [url] });
  const user = userEvent.setup();
  const view = render(<App queryClient={queryClient} router={router} />, { onCaughtError: reportCaughtError });
  onTestFinished(() => {
    router.dispose();
    queryClient.clear();
  });
  return { ...view, user, router, queryClient };
}
