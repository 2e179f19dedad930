import { useEffect, type ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { Toaster } from '@/components/ui/toast';
import { connectPreviewGuard } from '@/features/preview/api/connect-preview-guard';
import { connectAccessWatch } from '@/features/session/api/connect-access-watch';

/** The app-wide providers: the query cache, toasts, and the read-only guard on the fetch client, and the watch for a delegate's access ending. */
export function AppProvider({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  useEffect(() => connectPreviewGuard(queryClient), [queryClient]);
  useEffect(() => connectAccessWatch(queryClient), [queryClient]);
  return (
    <QueryClientProvider client={queryClient}>
      {children}
      <Toaster />
    </QueryClientProvider>
  );
}
