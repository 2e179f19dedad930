/**
 * The library searches both benchmarks time (scripts/bench-library.mjs in the browser,
 * scripts/bench-library-sql.ts on the server's SQL store): single words and pairs, common and rare.
 */
export const LIBRARY_QUERIES = [
  'transit',
  'housing',
  'water',
  'budget',
  'park',
  'bus transit',
  'fare transit',
  'housing trust',
  'water affordability',
  'water fees',
  'lead lines',
  'park equity',
  'trail networks',
  'community solar',
  'climate plans',
];
