import type * as core from 'zod/v4/core';
import type { FieldErrors } from './http-error';

/** zod issues as `{ field: [messages] }`; issues about the whole object go under "_form". */
export function fieldErrorsOf(error: core.$ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '_form';
    (out[field] ??= []).push(issue.message);
  }
  return out;
}
