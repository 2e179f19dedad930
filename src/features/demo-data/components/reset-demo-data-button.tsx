import { lazy, Suspense, useState } from 'react';
import { Button } from '@/components/ui/button';

const ResetDemoDataDialog = lazy(() => import('./reset-demo-data-dialog'));

/** "Reset demo data", behind a confirmation: it undoes every change made in the demo. */
export function ResetDemoDataButton() {
  const [open, setOpen] = useState(false);
  const [wanted, setWanted] = useState(false);
  return (
    <>
      <Button
        variant="secondary"
        size="sm"
        onClick={() => {
          setWanted(true);
          setOpen(true);
        }}
      >
        Reset demo data
      </Button>
      {wanted && (
        <Suspense fallback={null}>
          <ResetDemoDataDialog open={open} onOpenChange={setOpen} />
        </Suspense>
      )}
    </>
  );
}
