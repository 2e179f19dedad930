/** The largest population the API accepts: no US city comes close to it. */
export const MAX_POPULATION = 20_000_000;

export const POPULATION_MESSAGES = {
  missing: "Enter your city's population",
  notANumber: 'Enter the population as a whole number, like 45,000',
  negative: "The population can't be a negative number",
  tooLarge: 'Check the population: no US city has more than 20 million people',
} as const;

export type PopulationReading =
  { kind: 'empty' } | { kind: 'number'; population: number } | { kind: 'invalid'; message: string };

/**
 * Reads a population as people type it: "45000", "45,000" and " 45 000 " are all 45,000. Anything
 * else gets a message that says what to type instead (never "invalid input").
 */
export function readPopulation(text: string): PopulationReading {
  const compact = text.replace(/[\s,]/g, '');
  if (compact === '') return { kind: 'empty' };
  if (/^-\d+$/.test(compact)) return { kind: 'invalid', message: POPULATION_MESSAGES.negative };
  if (!/^\d+$/.test(compact)) return { kind: 'invalid', message: POPULATION_MESSAGES.notANumber };
  const population = Number(compact);
  if (population > MAX_POPULATION) return { kind: 'invalid', message: POPULATION_MESSAGES.tooLarge };
  return { kind: 'number', population };
}
