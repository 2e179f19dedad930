import type { DuesTier } from '../api/contracts/dues';
import { formatCount } from './format';

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

/**
 * The tier a population falls in, from a tier table (MIP's, or the API's copy of it, in any
 * order): the one whose bounds contain it. Pure and synchronous, so the Join page's calculator
 * answers on every keystroke without asking the API.
 */
export function tierFor(tiers: readonly DuesTier[], population: number): DuesTier {
  if (!Number.isInteger(population) || population < 0) {
    throw new RangeError(`Population must be a whole number of people, got ${population}`);
  }
  const tier = tiers.find(
    (t) => population >= t.minPopulation && (t.maxPopulation === null || population <= t.maxPopulation),
  );
  if (!tier) throw new RangeError(`No dues tier for population ${population}`);
  return tier;
}

/** The tier from MIP's own table (the API's quote, and its invoices, use this). */
export function duesTierFor(population: number): DuesTier {
  return tierFor(DUES_TIERS, population);
}

/** A tier's populations in words: "200,000–299,999 people", "1,000,000 or more people". */
export function tierRange(tier: DuesTier): string {
  if (tier.maxPopulation === null) return `${formatCount(tier.minPopulation)} or more people`;
  return `${formatCount(tier.minPopulation)}–${formatCount(tier.maxPopulation)} people`;
}
