import { RotateCcw } from 'lucide-react';
import { Alert } from './alert';
import { Button } from './button';

interface ErrorPanelProps {
  message: string;
  /** Omitted when trying again cannot help (no access, say). */
  onRetry?: () => void;
  title?: string;
}

/** A failure in words, with a way to try again. */
export function ErrorPanel({ message, onRetry, title = "This couldn't be loaded" }: ErrorPanelProps) {
  return (
    <Alert tone="danger" title={title} role="alert">
      <p>{message}</p>
      {onRetry && (
        <Button variant="secondary" size="sm" className="mt-3" onClick={onRetry}>
          <RotateCcw aria-hidden="true" className="size-4" />
          Try again
        </Button>
      )}
    </Alert>
  );
}
