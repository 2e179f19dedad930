import type { FieldErrors } from './http-error';

/**
 * Text a database can't keep: a NUL character, or half of a UTF-16 surrogate pair (JSON can carry
 * "\ud800" alone; UTF-8, and so PostgreSQL, has no way to write it). No keyboard types either.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
export const isUnstorable = (text: string): boolean => text.includes('\u0000') || LONE_SURROGATE.test(text);

export const UNSTORABLE_TEXT_MESSAGE = 'This contains a character that can’t be saved. Retype it and try again.';

/**
 * Every string in a request's JSON (keys too) or query that a store could not keep as sent, by
 * field: refused as a validation error on every runtime, rather than answered 500 by SQL alone or
 * quietly changed.
 */
export function unstorableTextErrors(value: unknown, path: string[] = []): FieldErrors {
  const errors: FieldErrors = {};
  const visit = (item: unknown, at: string[]) => {
    if (typeof item === 'string') {
      if (isUnstorable(item)) (errors[at.length > 0 ? at.join('.') : '_form'] ??= []).push(UNSTORABLE_TEXT_MESSAGE);
    } else if (Array.isArray(item)) {
      item.forEach((entry, index) => {
        visit(entry, [...at, String(index)]);
      });
    } else if (item !== null && typeof item === 'object') {
      for (const [key, entry] of Object.entries(item)) {
        if (isUnstorable(key)) (errors[[...at, '_key'].join('.')] ??= []).push(UNSTORABLE_TEXT_MESSAGE);
        visit(entry, [...at, key]);
      }
    }
  };
  visit(value, path);
  return errors;
}
