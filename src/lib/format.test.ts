import {
  daysBetween,
  formatCount,
  formatDate,
  formatDateTimeInZone,
  formatLongDate,
  formatMoney,
  formatPrice,
} from './format';

describe('formatting for US readers', () => {
  it('formats calendar dates without shifting them by the viewer’s zone', () => {
    expect(formatDate('2027-06-30')).toBe('Jun 30, 2027');
    expect(formatDate('2027-01-01')).toBe('Jan 1, 2027');
    expect(formatLongDate('2027-07-01')).toBe('July 1, 2027');
  });

  it('formats money from integer cents', () => {
    expect(formatMoney(400_000)).toBe('$4,000.00');
    expect(formatMoney(125_050)).toBe('$1,250.50');
    expect(formatMoney(0)).toBe('$0.00');
    expect(formatMoney(66_667)).toBe('$666.67');
    expect(formatPrice(400_000)).toBe('$4,000');
    expect(formatPrice(75_000)).toBe('$750');
    expect(formatPrice(125_050)).toBe('$1,250.50');
  });

  it('formats counts and instants in a given zone', () => {
    expect(formatCount(1_250_000)).toBe('1,250,000');
    expect(formatDateTimeInZone('2027-01-20T14:00:00Z', 'America/New_York')).toBe('Jan 20, 2027, 9:00 AM EST');
  });

  it('counts whole days between calendar dates', () => {
    expect(daysBetween('2026-11-26', '2026-12-10')).toBe(14);
    expect(daysBetween('2026-12-10', '2026-11-26')).toBe(-14);
  });
});
