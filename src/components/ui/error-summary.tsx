import { useEffect, useRef, type MouseEvent } from 'react';

export interface SummaryError {
  /** The id of the field the message is about; the link moves focus there. */
  fieldId: string;
  message: string;
}

interface ErrorSummaryProps {
  errors: SummaryError[];
  /** Changes on every failed submit, so focus moves to the summary each time. */
  focusKey: number;
  title?: string;
}

/**
 * The GOV.UK error summary: after a failed submit, focus lands here, a screen reader reads every
 * problem, and each one links to its field.
 */
export function ErrorSummary({ errors, focusKey, title = 'There is a problem' }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const focusedKey = useRef(0);
  const shown = errors.length > 0;
  // The new key and the errors may arrive in different renders (a resolver settles later): focus
  // once per failed submit, as soon as the summary is on screen.
  useEffect(() => {
    if (focusKey > focusedKey.current && shown) {
      focusedKey.current = focusKey;
      ref.current?.focus();
    }
  }, [focusKey, shown]);

  if (errors.length === 0) return null;

  function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
    const field = document.getElementById(fieldId);
    if (!field) return;
    // Moving focus (not just jumping to the anchor) puts the cursor in the field, and scrolls to it.
    event.preventDefault();
    field.focus();
  }

  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="rounded-md border-4 border-red-700 bg-white p-4 sm:p-5"
    >
      <h2 id="error-summary-title" className="text-lg font-bold text-slate-900">
        {title}
      </h2>
      <ul className="mt-2 space-y-1">
        {errors.map((error) => (
          <li key={`${error.fieldId}-${error.message}`}>
            <a
              href={`#${error.fieldId}`}
              onClick={(event) => focusField(event, error.fieldId)}
              className="font-semibold text-red-800 underline underline-offset-2 hover:text-red-900"
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
