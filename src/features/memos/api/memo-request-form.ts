import * as z from 'zod/mini';
import {
  memoDraftBodySchema,
  memoRequestBodySchema,
  type MemoDraft,
  type MemoDraftBody,
  type MemoRequestBody,
} from '@/api/contracts/memos';

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

/** The draft the account keeps: the fields as typed (the API trims them), no area or date until chosen. */
export function toMemoDraftBody(values: MemoRequestFormValues): MemoDraftBody {
  return {
    title: values.title,
    policyAreaId: values.policyAreaId === '' ? null : values.policyAreaId,
    question: values.question,
    background: values.background,
    desiredDate: values.desiredDate === '' ? null : values.desiredDate,
  };
}

/**
 * Whether the account would keep this draft, checked before sending it: only the request's upper
 * limits apply. The first message names what is in the way, or null when the draft fits.
 */
export function whyDraftNotKept(body: MemoDraftBody): string | null {
  const parsed = z.safeParse(memoDraftBodySchema, body);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? null);
}

/** The account's draft as the form's values. */
export function fromMemoDraft(draft: MemoDraft): MemoRequestFormValues {
  return {
    title: draft.title,
    policyAreaId: draft.policyAreaId ?? '',
    question: draft.question,
    background: draft.background,
    desiredDate: draft.desiredDate ?? '',
  };
}

/** Whether anything was typed: an empty form is no draft to keep or restore. */
export function hasAnyText(values: MemoRequestFormValues): boolean {
  return (Object.keys(BLANK_MEMO_REQUEST) as (keyof MemoRequestFormValues)[]).some(
    (field) => values[field].trim() !== '',
  );
}
