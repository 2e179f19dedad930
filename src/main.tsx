import '@fontsource-variable/public-sans';
import './index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { reportCaughtError } from './app/report-error';
import { createAppRouter } from './app/router';

// The embedded mock API starts before the first request. A compile-time constant and a dynamic
// import: MSW is its own chunk, and a build for a real API (VITE_API_URL) contains none of it.
if (__MOCK_API__) {
  const { startMockApi } = await import('../mocks/browser');
  await startMockApi();
}

const queryClient = createQueryClient();
const router = createAppRouter(queryClient);
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container, { onCaughtError: reportCaughtError }).render(
  <StrictMode>
    <App queryClient={queryClient} router={router} />
  </StrictMode>,
);
