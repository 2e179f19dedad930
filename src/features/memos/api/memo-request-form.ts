import * as z from 'zod/mini';
import { memoRequestBodySchema, type MemoRequestBody } from '@/api/contracts/memos';

/**
 * The request form: the contract's schema, with the date as the date field gives it ('' for
 * none) and one check only the browser can make before sending, that the date is after today
 * (the API makes it again with its own clock).
 */
export function memoRequestFormSchema(todayIso: string) {
  return z.extend(memoRequestBodySchema, {
    desiredDate: z.string().check(
      z.refine((value) => value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value), {
        error: 'Enter the date as month, day and year',
      }),
      z.refine((value) => value === '' || value > todayIso, { error: 'Choose a date after today' }),
    ),
  });
}

export type MemoRequestFormInput = z.input<ReturnType<typeof memoRequestFormSchema>>;

export interface MemoRequestFormValues {
  title: string;
  policyAreaId: string;
  question: string;
  background: string;
  desiredDate: string;
}

export const BLANK_MEMO_REQUEST: MemoRequestFormValues = {
  title: '',
  policyAreaId: '',
  question: '',
  background: '',
  desiredDate: '',
};

export function toMemoRequestBody(values: MemoRequestFormValues): MemoRequestBody {
  return {
    title: values.title.trim(),
    policyAreaId: values.policyAreaId,
    question: values.question.trim(),
    background: values.background.trim(),
    desiredDate: values.desiredDate === '' ? null : values.desiredDate,
  };
}

/** A stored draft may be from an older version of the form: keep only the fields it still has, as text. */
export function restoreDraft(draft: Partial<MemoRequestFormValues> | null): MemoRequestFormValues {
  const values = { ...BLANK_MEMO_REQUEST };
  if (!draft) return values;
  for (const field of Object.keys(values) as (keyof MemoRequestFormValues)[]) {
    const value = draft[field];
    if (typeof value === 'string') values[field] = value;
  }
  return values;
}
