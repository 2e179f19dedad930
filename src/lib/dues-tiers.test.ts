import fc from 'fast-check';
import type { DuesTier } from '../api/contracts/dues';
import { DUES_TIERS, duesTierFor, tierFor, tierRange } from './dues-tiers';

describe('duesTierFor', () => {
  // Every tier boundary from the seed table, lower bound inclusive.
  it.each([
    [0, 75_000],
    [9_999, 75_000],
    [10_000, 125_000],
    [29_999, 125_000],
    [30_000, 150_000],
    [49_999, 150_000],
    [50_000, 250_000],
    [99_999, 250_000],
    [100_000, 300_000],
    [199_999, 300_000],
    [200_000, 400_000],
    [299_999, 400_000],
    [300_000, 500_000],
    [399_999, 500_000],
    [400_000, 600_000],
    [499_999, 600_000],
    [500_000, 700_000],
    [999_999, 700_000],
    [1_000_000, 800_000],
    [8_000_000, 800_000],
  ])('a city of %i people pays %i cents', (population, feeCents) => {
    expect(duesTierFor(population).feeCents).toBe(feeCents);
  });

  it('matches the demo cities', () => {
    expect(duesTierFor(212_000).feeCents).toBe(400_000); // Riverton
    expect(duesTierFor(1_250_000).feeCents).toBe(800_000); // Lakeport
    expect(duesTierFor(8_400).feeCents).toBe(75_000); // Cedar Falls
    expect(duesTierFor(45_000).feeCents).toBe(150_000); // Millbrook
  });

  it('puts every population in exactly one tier, and a bigger city never pays less', () => {
    fc.assert(
      fc.property(fc.nat({ max: 20_000_000 }), fc.nat({ max: 20_000_000 }), (a, b) => {
        const containing = DUES_TIERS.filter(
          (t) => a >= t.minPopulation && (t.maxPopulation === null || a <= t.maxPopulation),
        );
        expect(containing).toHaveLength(1);
        expect(duesTierFor(a)).toBe(containing[0]);
        const [small, large] = a <= b ? [a, b] : [b, a];
        expect(duesTierFor(large).feeCents).toBeGreaterThanOrEqual(duesTierFor(small).feeCents);
      }),
    );
  });

  it('refuses populations that are not whole, non-negative numbers', () => {
    expect(() => duesTierFor(-1)).toThrow(RangeError);
    expect(() => duesTierFor(1.5)).toThrow(RangeError);
    expect(() => duesTierFor(Number.NaN)).toThrow(RangeError);
  });
});

describe('tierFor', () => {
  it('finds the tier in any table, at the boundaries the Join page shows', () => {
    expect(tierFor(DUES_TIERS, 9_999)).toEqual({ minPopulation: 0, maxPopulation: 9_999, feeCents: 75_000 });
    expect(tierFor(DUES_TIERS, 10_000)).toEqual({ minPopulation: 10_000, maxPopulation: 29_999, feeCents: 125_000 });
    expect(tierFor(DUES_TIERS, 999_999).feeCents).toBe(700_000);
    expect(tierFor(DUES_TIERS, 1_000_000)).toEqual({
      minPopulation: 1_000_000,
      maxPopulation: null,
      feeCents: 800_000,
    });
  });

  it('does not depend on the order of the table (the API may send it smallest first)', () => {
    const ascending = [...DUES_TIERS].reverse();
    fc.assert(
      fc.property(fc.nat({ max: 20_000_000 }), (population) => {
        expect(tierFor(ascending, population)).toBe(duesTierFor(population));
      }),
    );
  });

  it('uses the table it is given, so a changed table from the API changes the answer', () => {
    const table: DuesTier[] = [
      { minPopulation: 0, maxPopulation: 49_999, feeCents: 100_000 },
      { minPopulation: 50_000, maxPopulation: null, feeCents: 200_000 },
    ];
    expect(tierFor(table, 45_000).feeCents).toBe(100_000);
    expect(tierFor(table, 50_000).feeCents).toBe(200_000);
  });

  it('refuses a population the table has no tier for, and populations that are not whole, non-negative numbers', () => {
    const gap: DuesTier[] = [{ minPopulation: 10_000, maxPopulation: null, feeCents: 125_000 }];
    expect(() => tierFor(gap, 9_999)).toThrow(RangeError);
    expect(() => tierFor([], 100)).toThrow(RangeError);
    expect(() => tierFor(DUES_TIERS, -1)).toThrow(RangeError);
    expect(() => tierFor(DUES_TIERS, 2.5)).toThrow(RangeError);
    expect(() => tierFor(DUES_TIERS, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('tierRange', () => {
  it('says which populations a tier covers', () => {
    expect(tierRange(duesTierFor(212_000))).toBe('200,000–299,999 people');
    expect(tierRange(duesTierFor(5_000))).toBe('0–9,999 people');
    expect(tierRange(duesTierFor(2_000_000))).toBe('1,000,000 or more people');
  });
});
