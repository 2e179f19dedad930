import { Database } from 'lucide-react';
import { ResetDemoDataButton } from '@/features/demo-data/components/reset-demo-data-button';

/** In the footer in mock mode: says the data is made up, and offers to start it over. */
export function DemoNotice() {
  // The compile-time constant (not env.mockApi) lets a real-API build drop the reset code entirely.
  if (!__MOCK_API__) return null;
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <p className="flex items-center gap-2">
        <Database aria-hidden="true" className="size-4 shrink-0" />
        Demo data (embedded mock API)
      </p>
      <ResetDemoDataButton />
    </div>
  );
}
