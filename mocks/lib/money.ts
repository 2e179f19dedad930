const dollarsAndCents = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** "$4,000.00": amounts on checkouts, receipts and in messages about a fee, always with cents. */
export function formatDollars(amountCents: number): string {
  return dollarsAndCents.format(amountCents / 100);
}
