import { useId } from 'react';
import { useReadOnlyReason, type ChangeContext } from '@/api/queries/read-only-reason';
import { Button, type ButtonProps } from './button';

interface ChangeButtonProps extends ButtonProps {
  /** Whose data the button changes, and the delegation scope it needs. */
  change?: ChangeContext;
  /** A further reason this person may not make the change (a rule of this feature), or null. */
  notAllowedBecause?: string | null;
}

/**
 * A button that changes data. During a preview (or outside a delegate's scope) it stays visible
 * and focusable but inert, with the reason tied to it by aria-describedby, so people learn why
 * instead of wondering where the button went.
 */
export function ChangeButton({ change, notAllowedBecause = null, ...props }: ChangeButtonProps) {
  const reason = useReadOnlyReason(change) ?? notAllowedBecause;
  const reasonId = useId();
  if (!reason) return <Button {...props} />;
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Button
        {...props}
        aria-disabled
        aria-describedby={[props['aria-describedby'], reasonId].filter(Boolean).join(' ')}
      />
      <span id={reasonId} className="text-sm text-slate-600">
        {reason}
      </span>
    </span>
  );
}
