import '@fontsource-variable/public-sans';
import './index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { reportCaughtError } from './app/report-error';
import { createAppRouter } from './app/router';
import { holdRequestsUntil } from './api/requests-held';

function render(): void {
  const queryClient = createQueryClient();
  const router = createAppRouter(queryClient);
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  createRoot(container, { onCaughtError: reportCaughtError }).render(
    <StrictMode>
      <App queryClient={queryClient} router={router} />
    </StrictMode>,
  );
}

// The embedded mock API starts beside the first page, not before it: the page's code loads while
// the mock does, and requests wait for the mock (requests-held.ts). A compile-time constant and a
// dynamic import: MSW is its own chunk, and a build for a real API (VITE_API_URL) has none of it.
if (__MOCK_API__) {
  const started = import('../mocks/browser').then(({ startMockApi }) => startMockApi());
  started.catch((error: unknown) => {
    // Without the mock every request fails; the pages say so, not a white page.
    console.error('The embedded mock API did not start.', error);
  });
  holdRequestsUntil(started);
}
render();
