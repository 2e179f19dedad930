import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { useResetDemoData } from '../api/reset-demo-data';

/** The confirmation for "Reset demo data" (its own chunk: loaded on the first click). */
export default function ResetDemoDataDialog({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const reset = useResetDemoData();
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Reset the demo data?"
      description="Every change made in this demo (registrations, memo requests, payments, previews) is undone, and you are signed out."
    >
      {reset.isError && (
        <Alert tone="danger" role="alert" className="mb-4" title="The reset did not work">
          {reset.error.message}
        </Alert>
      )}
      <div className="flex flex-wrap gap-3">
        <Button
          variant="danger"
          pending={reset.isPending}
          pendingLabel="Resetting…"
          onClick={() => reset.mutate(undefined, { onSuccess: () => onOpenChange(false) })}
        >
          Reset demo data
        </Button>
        <Button variant="secondary" onClick={() => onOpenChange(false)}>
          Cancel
        </Button>
      </div>
    </Dialog>
  );
}
