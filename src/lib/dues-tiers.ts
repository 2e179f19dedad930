import type { DuesTier } from '../api/contracts/dues';

/**
 * Annual dues by city population, lower bound inclusive. From MIP's "Become a Member" page; the
 * page's "400,000-500,00" is a typo for 500,000 (see docs/product.md).
 */
export const DUES_TIERS: readonly DuesTier[] = [
  { minPopulation: 1_000_000, maxPopulation: null, feeCents: 800_000 },
  { minPopulation: 500_000, maxPopulation: 999_999, feeCents: 700_000 },
  { minPopulation: 400_000, maxPopulation: 499_999, feeCents: 600_000 },
  { minPopulation: 300_000, maxPopulation: 399_999, feeCents: 500_000 },
  { minPopulation: 200_000, maxPopulation: 299_999, feeCents: 400_000 },
  { minPopulation: 100_000, maxPopulation: 199_999, feeCents: 300_000 },
  { minPopulation: 50_000, maxPopulation: 99_999, feeCents: 250_000 },
  { minPopulation: 30_000, maxPopulation: 49_999, feeCents: 150_000 },
  { minPopulation: 10_000, maxPopulation: 29_999, feeCents: 125_000 },
  { minPopulation: 0, maxPopulation: 9_999, feeCents: 75_000 },
];

export function duesTierFor(population: number): DuesTier {
  if (!Number.isInteger(population) || population < 0) {
    throw new RangeError(`Population must be a whole number of people, got ${population}`);
  }
  // Tiers are sorted from the largest lower bound down, so the first match is the right one.
  const tier = DUES_TIERS.find((t) => population >= t.minPopulation);
  if (!tier) throw new RangeError(`No dues tier for population ${population}`);
  return tier;
}
