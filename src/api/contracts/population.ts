import * as z from 'zod/mini';

/** The largest population accepted: no US city comes close to it. */
export const MAX_POPULATION = 20_000_000;

export const POPULATION_MESSAGES = {
  missing: "Enter your city's population",
  notANumber: 'Enter the population as a whole number, like 45,000',
  negative: "The population can't be a negative number",
  zero: "Enter your city's population: it can't be 0",
  tooLarge: 'Check the population: no US city has more than 20 million people',
} as const;

/**
 * A city's population: a whole number of people, at least one. The one rule for the application,
 * the fee quote and the Join page's calculator, so a blank answer can never pass as 0 anywhere.
 */
export const populationSchema = z
  .int({
    // Beyond the safe integers (a digit string of 22 digits) a number is still a number: too large.
    error: (issue) => (issue.code === 'too_big' ? POPULATION_MESSAGES.tooLarge : POPULATION_MESSAGES.notANumber),
  })
  .check(
    z.minimum(1, {
      error: (issue) =>
        typeof issue.input === 'number' && issue.input < 0 ? POPULATION_MESSAGES.negative : POPULATION_MESSAGES.zero,
    }),
    z.maximum(MAX_POPULATION, { error: POPULATION_MESSAGES.tooLarge }),
  );

/**
 * The population as a query parameter: text of digits. Absent or blank is a missing answer, refused
 * in words (a plain number coercion would read "" as 0 and quote the smallest tier).
 */
export const populationParamSchema = z.pipe(
  z
    .string({ error: POPULATION_MESSAGES.missing })
    .check(
      z.minLength(1, { error: POPULATION_MESSAGES.missing, abort: true }),
      z.regex(/^-?\d+$/, { error: POPULATION_MESSAGES.notANumber, abort: true }),
    ),
  z.pipe(
    z.transform((text: string) => Number(text)),
    populationSchema,
  ),
);
