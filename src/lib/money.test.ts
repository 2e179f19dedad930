import fc from 'fast-check';
import { dollarsToCents } from './money';
import { formatMoney } from './format';

describe('dollarsToCents', () => {
  it('reads the ways people write dollars', () => {
    expect(dollarsToCents('1,250.50')).toBe(125_050);
    expect(dollarsToCents('$1,250.50')).toBe(125_050);
    expect(dollarsToCents(' 1250 ')).toBe(125_000);
    expect(dollarsToCents('500')).toBe(50_000);
    expect(dollarsToCents('0')).toBe(0);
    expect(dollarsToCents('0.5')).toBe(50);
    expect(dollarsToCents('.75')).toBe(75);
    expect(dollarsToCents('1,000,000')).toBe(100_000_000);
    expect(dollarsToCents('$ 20')).toBe(2000);
  });

  it('refuses what is not an amount', () => {
    for (const text of ['', ' ', '$', 'about 900', '12.345', '-5', '1,25', '12,50.00', '1.2.3', '1e3', '.', '5.']) {
      expect(dollarsToCents(text)).toBeNull();
    }
  });

  it('is exact where floating point is not (0.29 × 100 = 28.999…)', () => {
    expect(dollarsToCents('0.29')).toBe(29);
    expect(dollarsToCents('1.15')).toBe(115);
  });

  it('reads back every amount formatMoney writes', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000_000 }), (cents) => {
        expect(dollarsToCents(formatMoney(cents))).toBe(cents);
      }),
    );
  });
});
