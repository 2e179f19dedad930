import '@fontsource-variable/public-sans';
import './index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { reportCaughtError } from './app/report-error';
import { createAppRouter } from './app/router';

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

// The embedded mock API starts before the first request. A compile-time constant and a dynamic
// import: MSW is its own chunk, and a build for a real API (VITE_API_URL) contains none of it.
// Not a top-level await: with one, no other chunk may import from this entry (it would wait on
// itself), so the bundler split every shared module out of it into dozens of small chunks.
if (__MOCK_API__) {
  void import('../mocks/browser')
    .then(({ startMockApi }) => startMockApi())
    .then(render, (error: unknown) => {
      // Without the mock every request fails; the app still renders and says so, not a white page.
      console.error('The embedded mock API did not start.', error);
      render();
    });
} else {
  render();
}
