import * as z from 'zod/mini';
import { STAFF_POPULATION_MESSAGES, staffPopulationSchema } from '@/api/contracts/population';
import { populationInputSchema, type PopulationInput } from '@/api/contracts/staff-cities';
import { readPopulation } from '@/lib/read-population';
import { requiredDateField } from '@/lib/required-date-field';

/**
 * A city's population as finance staff type it: the figure as text ("305,000"), checked with the
 * contract's rule in words about the city; the source and the date as the contract has them. That
 * the date is not in the future is the API's rule (it knows today), answered next to the field.
 */
export const populationFormSchema = z.object({
  population: z.string().check(
    z.superRefine((text, ctx) => {
      const reading = readPopulation(text, staffPopulationSchema);
      if (reading.kind === 'number') return;
      const message = reading.kind === 'empty' ? STAFF_POPULATION_MESSAGES.missing : reading.message;
      ctx.addIssue({ code: 'custom', message, input: text });
    }),
  ),
  source: populationInputSchema.shape.source,
  asOf: requiredDateField('Enter the date the figure counts'),
});

export type PopulationFormValues = z.input<typeof populationFormSchema>;

export const POPULATION_FIELDS = ['population', 'source', 'asOf'] as const;

export const BLANK_POPULATION: PopulationFormValues = { population: '', source: '', asOf: '' };

/** The figure the form holds, once it reads as one: the tier it would bring is said before saving. */
export function populationTyped(text: string): number | null {
  const reading = readPopulation(text, staffPopulationSchema);
  return reading.kind === 'number' ? reading.population : null;
}

export function toPopulationInput(values: PopulationFormValues): PopulationInput {
  return {
    population: populationTyped(values.population) ?? 0,
    source: values.source.trim(),
    asOf: values.asOf,
  };
}
