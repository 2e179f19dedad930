/** The rule and its words are the contract's, shared with the API. */
export { MAX_POPULATION, POPULATION_MESSAGES } from '@/api/contracts/population';
export { readPopulation, type PopulationReading } from '@/lib/read-population';
