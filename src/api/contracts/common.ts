import { z } from 'zod';

/** Times are ISO 8601 with an offset; calendar dates are plain YYYY-MM-DD. */
export const isoDateTime = z.iso.datetime({ offset: true });
export const isoDate = z.iso.date();
/** Money is always integer cents. */
export const cents = z.number().int().nonnegative();
export const id = z.string().min(1).max(80);

export const scopeSchema = z.enum(['meetings', 'memos', 'dues']);
export type Scope = z.infer<typeof scopeSchema>;

export const personRefSchema = z
  .object({ id, name: z.string(), title: z.string().nullable() })
  .meta({ id: 'PersonRef' });
export type PersonRef = z.infer<typeof personRefSchema>;

/**
 * Who made a record and for whom. When a delegate acts, actor ≠ subject and every surface shows
 * "Jordan Lee for Mayor Ana Ortiz".
 */
export const attributionSchema = z
  .object({ actor: personRefSchema, subject: personRefSchema })
  .meta({ id: 'Attribution' });
export type Attribution = z.infer<typeof attributionSchema>;

export const policyAreaSchema = z
  .object({ id, name: z.string() })
  .meta({ id: 'PolicyArea' });
export type PolicyArea = z.infer<typeof policyAreaSchema>;

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      fieldErrors: z.record(z.string(), z.array(z.string())).optional(),
    }),
  })
  .meta({ id: 'ErrorBody' });
export type ErrorBody = z.infer<typeof errorBodySchema>;

export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export function paginated<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
    total: z.number().int().nonnegative(),
  });
}

export const emptySchema = z.null().meta({ id: 'Empty', description: 'No content (204).' });
