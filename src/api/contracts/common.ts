import './zod-config';
import * as z from 'zod/mini';

/** Times are ISO 8601 with an offset; calendar dates are plain YYYY-MM-DD. */
export const isoDateTime = z.iso.datetime({ offset: true });
export const isoDate = z.iso.date({ error: 'Enter a real date as year, month and day, like 2027-06-30' });
/** Money is always integer cents. */
export const cents = z.int().check(z.nonnegative());

/** A password a person chooses (applying to join, or from MIP's welcome e-mail). */
export const newPasswordSchema = z
  .string()
  .check(
    z.minLength(10, { error: 'Choose a password of at least 10 characters' }),
    z.maxLength(200, { error: 'Keep the password under 200 characters' }),
  );
export const id = z.string().check(z.minLength(1), z.maxLength(80));

export const scopeSchema = z.enum(['meetings', 'memos', 'dues']);
export type Scope = z.infer<typeof scopeSchema>;

export const personRefSchema = z
  .object({ id, name: z.string(), title: z.nullable(z.string()) })
  .register(z.globalRegistry, { id: 'PersonRef' });
export type PersonRef = z.infer<typeof personRefSchema>;

/**
 * Who made a record and for whom. When a delegate acts, actor ≠ subject and every surface shows
 * "Jordan Lee for Mayor Ana Ortiz".
 */
export const attributionSchema = z
  .object({ actor: personRefSchema, subject: personRefSchema })
  .register(z.globalRegistry, { id: 'Attribution' });
export type Attribution = z.infer<typeof attributionSchema>;

export const policyAreaSchema = z.object({ id, name: z.string() }).register(z.globalRegistry, { id: 'PolicyArea' });
export type PolicyArea = z.infer<typeof policyAreaSchema>;

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      fieldErrors: z.optional(z.record(z.string(), z.array(z.string()))),
    }),
  })
  .register(z.globalRegistry, { id: 'ErrorBody' });
export type ErrorBody = z.infer<typeof errorBodySchema>;

export const pageQuerySchema = z.object({
  page: z._default(z.pipe(z.coerce.number(), z.int().check(z.minimum(1))), 1),
  pageSize: z._default(z.pipe(z.coerce.number(), z.int().check(z.minimum(1), z.maximum(100))), 20),
});

export function paginated<T extends z.ZodMiniType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.int().check(z.minimum(1)),
    pageSize: z.int().check(z.minimum(1)),
    total: z.int().check(z.nonnegative()),
  });
}

export const emptySchema = z.null().register(z.globalRegistry, { id: 'Empty', description: 'No content (204).' });

/**
 * A file's bytes as the client reads them. Checked by shape rather than `instanceof`: a Blob made by
 * another realm's fetch (Node's, under a DOM emulation in tests) is still a Blob.
 */
const isBlobLike = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Partial<Blob>).arrayBuffer === 'function' &&
  typeof (value as Partial<Blob>).type === 'string';
export const fileSchema = z.custom<Blob>(isBlobLike);
