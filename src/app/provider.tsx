import { useEffect, type ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { DeferredToaster } from '@/components/ui/toast';
import { connectPreviewGuard } from '@/features/preview/api/connect-preview-guard';

/** The app-wide providers: the query cache, toasts, and the read-only guard on the fetch client. */
export function AppProvider({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  useEffect(() => connectPreviewGuard(queryClient), [queryClient]);
  return (
    <QueryClientProvider client={queryClient}>
      {children}
      <DeferredToaster />
    </QueryClientProvider>
  );
}
