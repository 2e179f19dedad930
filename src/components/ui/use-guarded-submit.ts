import { useEffect, useRef, useState, type BaseSyntheticEvent, type RefObject } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { isApiError } from '@/api/api-error';
import type { SummaryError } from './error-summary';

interface GuardedSubmitOptions<Input extends FieldValues, Values> {
  /** The form's fields in the order they appear: the error summary lists them so. */
  fields: readonly Path<Input>[];
  /** Sends the values; settles when the request has worked (and what follows is done) or failed. */
  send: (values: Values) => Promise<unknown>;
  /**
   * Which field an error the API names belongs on, when the names differ (the API's `canPayCents`
   * is the form's `canPay`); by default the field of the same name.
   */
  fieldForApi?: (apiField: string) => Path<Input> | undefined;
  /**
   * Where focus goes when the API faults a field: to the error summary (by `focusKey`), or, in a
   * small form that has no summary (a dialog's), to the first field it faulted.
   */
  focus?: 'summary' | 'field';
}

export interface GuardedSubmit<Input extends FieldValues> {
  onSubmit: (event: BaseSyntheticEvent) => void;
  /** For ErrorSummary: changes on every failed submit, so focus moves to the summary each time. */
  focusKey: number;
  /** Why the last request failed, when it was not about a field (put it in an alert with this ref). */
  requestError: unknown;
  requestErrorRef: RefObject<HTMLDivElement | null>;
  /** The summary's lines: each field's message, linked to the field's id. */
  summary: (fieldId: (field: Path<Input>) => string, fields?: readonly Path<Input>[]) => SummaryError[];
}

/**
 * The submit of every form that sends something (GOV.UK pattern): invalid → the error summary
 * takes focus; one request per intent (a double click, or a click while the answer is on its way
 * or after it worked, sends nothing more); the API's field errors go next to their fields and
 * the summary; any other failure is kept for an alert that takes focus. Nothing typed is touched.
 * Destructure the answer (the React compiler treats an object holding a ref as a ref).
 */
export function useGuardedSubmit<Input extends FieldValues, Values>(
  form: UseFormReturn<Input, unknown, Values>,
  { fields, send, fieldForApi, focus = 'summary' }: GuardedSubmitOptions<Input, Values>,
): GuardedSubmit<Input> {
  const [focusKey, setFocusKey] = useState(0);
  const [requestError, setRequestError] = useState<unknown>(null);
  const requestErrorRef = useRef<HTMLDivElement>(null);
  const inFlight = useRef(false);
  const fieldFor = fieldForApi ?? ((apiField: string) => fields.find((field) => field === apiField));

  // Focus follows the alert once React has drawn it: a frame timer could run before a busy
  // device commits the render, and focus would stay on the button.
  useEffect(() => {
    if (requestError !== null) requestErrorRef.current?.focus();
  }, [requestError]);

  /** Puts the API's messages on their fields; true when at least one found its field. */
  function placeFieldErrors(error: unknown): boolean {
    if (!isApiError(error)) return false;
    const placed = new Set<Path<Input>>();
    for (const [apiField, messages] of Object.entries(error.fieldErrors)) {
      const field = fieldFor(apiField);
      const message = messages[0];
      // Two of the API's fields may land on one field of the form: the first message stays.
      if (!field || !message || placed.has(field)) continue;
      form.setError(field, { type: error.code, message }, { shouldFocus: focus === 'field' && placed.size === 0 });
      placed.add(field);
    }
    return placed.size > 0;
  }

  async function sendOnce(values: Values) {
    if (inFlight.current) return;
    inFlight.current = true;
    setRequestError(null);
    try {
      await send(values);
      // The guard stays shut: the page is moving on, and a second click must not send again.
    } catch (error) {
      inFlight.current = false;
      if (placeFieldErrors(error)) {
        setFocusKey((k) => k + 1);
        return;
      }
      setRequestError(error);
    }
  }

  return {
    onSubmit: (event) => void form.handleSubmit(sendOnce, () => setFocusKey((k) => k + 1))(event),
    focusKey,
    requestError,
    requestErrorRef,
    summary: (fieldId, shown = fields) =>
      shown.flatMap((field) => {
        const message = form.getFieldState(field, form.formState).error?.message;
        return message ? [{ fieldId: fieldId(field), message }] : [];
      }),
  };
}
