/**
 * What a person typed as an amount of dollars ("$1,250.50", "1250", "1,250", "0.5") as whole
 * cents, or null when it isn't one: commas only between groups of three digits, at most two
 * decimals, no sign. Worked out on the digits, never through floating point, so "1,250.50" is
 * exactly 125050.
 */
export function dollarsToCents(text: string): number | null {
  const cleaned = text.trim().replace(/^\$\s*/, '');
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!match || (match[1] === undefined && match[2] === undefined)) return null;
  const dollars = (match[1] ?? '0').replace(/,/g, '');
  // More than a trillion dollars is a typing slip, not an amount (and beyond exact integers).
  if (dollars.replace(/^0+/, '').length > 12) return null;
  const cents = (match[2] ?? '').padEnd(2, '0');
  return Number(dollars) * 100 + Number(cents);
}
