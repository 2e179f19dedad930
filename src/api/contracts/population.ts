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

/** MIP's staff record a city's population: the same rule, in words about the city. */
export const STAFF_POPULATION_MESSAGES = {
  ...POPULATION_MESSAGES,
  missing: "Enter the city's population",
  zero: "Enter the city's population: it can't be 0",
} as const;

/** A population's rule with the words of whoever enters it. */
function populationWith(messages: typeof POPULATION_MESSAGES | typeof STAFF_POPULATION_MESSAGES) {
  return z
    .int({
      // Beyond the safe integers (a digit string of 22 digits) a number is still a number: too large.
      error: (issue) => (issue.code === 'too_big' ? messages.tooLarge : messages.notANumber),
    })
    .check(
      z.minimum(1, {
        error: (issue) => (typeof issue.input === 'number' && issue.input < 0 ? messages.negative : messages.zero),
      }),
      z.maximum(MAX_POPULATION, { error: messages.tooLarge }),
    );
}

/**
 * A city's population: a whole number of people, at least one. The one rule for the application,
 * the fee quote, the Join page's calculator and MIP's city records, so a blank answer can never
 * pass as 0 anywhere.
 */
export const populationSchema = populationWith(POPULATION_MESSAGES);
export const staffPopulationSchema = populationWith(STAFF_POPULATION_MESSAGES);

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
