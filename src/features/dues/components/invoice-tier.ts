import type { DuesTier } from '@/api/contracts/dues';
import { DUES_TIERS } from '@/lib/dues-tiers';

/**
 * The tier an invoice was billed at, from its amount: each tier has its own fee, so the amount
 * names it, also for a year when the city's population (and so its tier) was different. Null for
 * an amount no tier has (a fee MIP reduced after a request for assistance).
 */
export function tierOfInvoiceAmount(amountCents: number): DuesTier | null {
  return DUES_TIERS.find((tier) => tier.feeCents === amountCents) ?? null;
}
