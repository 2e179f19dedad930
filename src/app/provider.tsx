import { useEffect, type ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { Toaster } from 'sonner';
import { connectPreviewGuard } from '@/features/preview/api/connect-preview-guard';

/** The app-wide providers: the query cache, toasts, and the read-only guard on the fetch client. */
export function AppProvider({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  useEffect(() => connectPreviewGuard(queryClient), [queryClient]);
  return (
    <QueryClientProvider client={queryClient}>
      {children}
      <Toaster position="bottom-center" closeButton toastOptions={{ className: 'font-sans text-base' }} />
    </QueryClientProvider>
  );
}
