import { useEffect, type ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { connectSession } from '@/api/client';
import { Toaster } from '@/components/ui/toast';
import { sessionHooksFor } from './session-hooks';

/** The app-wide providers: the query cache, toasts, and the fetch client's hooks into its session. */
export function AppProvider({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  useEffect(() => connectSession(sessionHooksFor(queryClient)), [queryClient]);
  return (
    <QueryClientProvider client={queryClient}>
      {children}
      <Toaster />
    </QueryClientProvider>
  );
}
