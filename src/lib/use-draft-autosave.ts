import { useEffect } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { saveDraft } from './drafts';

const asIs = (values: unknown): unknown => values;

/**
 * Keeps every change of a form as its draft in this tab (see drafts.ts), so a reload, an expired
 * session or a failed request loses nothing. `toDraft` leaves out what must never be stored (a
 * password); pass a function defined outside the component, so the subscription stays put.
 */
export function useDraftAutosave<Input extends FieldValues, Values>(
  form: UseFormReturn<Input, unknown, Values>,
  draftKey: string,
  toDraft: (values: Input) => unknown = asIs,
): void {
  useEffect(
    () =>
      form.subscribe({ formState: { values: true }, callback: ({ values }) => saveDraft(draftKey, toDraft(values)) }),
    [form, draftKey, toDraft],
  );
}
