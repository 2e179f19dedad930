import { lazy, Suspense } from 'react';
import { Database } from 'lucide-react';

/**
 * Only a mock build has demo data. The compile-time constant guards the import itself, so a
 * real-API build drops the reset code and its chunks entirely (tests/build checks dist-real/).
 */
const ResetDemoDataButton = __MOCK_API__
  ? lazy(() =>
      import('@/features/demo-data/components/reset-demo-data-button').then((module) => ({
        default: module.ResetDemoDataButton,
      })),
    )
  : null;

/** In the footer in mock mode: says the data is made up, and offers to start it over. */
export function DemoNotice() {
  if (!ResetDemoDataButton) return null;
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <p className="flex items-center gap-2">
        <Database aria-hidden="true" className="size-4 shrink-0" />
        Demo data (embedded mock API)
      </p>
      <Suspense fallback={null}>
        <ResetDemoDataButton />
      </Suspense>
    </div>
  );
}
