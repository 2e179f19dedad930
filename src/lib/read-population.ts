import * as z from 'zod/mini';
import { POPULATION_MESSAGES, populationSchema } from '@/api/contracts/population';

export type PopulationReading =
  { kind: 'empty' } | { kind: 'number'; population: number } | { kind: 'invalid'; message: string };

/**
 * Reads a population as people type it: "45000", "45,000" and " 45 000 " are all 45,000. Anything
 * else gets a message that says what to type instead (never "invalid input"); 0 is refused, as the
 * API refuses it, so the calculator never quotes a fee for it. `schema` is the contract's rule in
 * the words of whoever types it (the mayor's city, or a city MIP's staff keep).
 */
export function readPopulation(text: string, schema: z.ZodMiniType<number> = populationSchema): PopulationReading {
  const compact = text.replace(/[\s,]/g, '');
  if (compact === '') return { kind: 'empty' };
  if (!/^-?\d+$/.test(compact)) return { kind: 'invalid', message: POPULATION_MESSAGES.notANumber };
  const parsed = z.safeParse(schema, Number(compact));
  if (parsed.success) return { kind: 'number', population: parsed.data };
  return { kind: 'invalid', message: parsed.error.issues[0]?.message ?? POPULATION_MESSAGES.notANumber };
}
