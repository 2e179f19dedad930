import type { DuesTier } from '@/api/contracts/dues';
import { formatCount } from '@/lib/format';

/** "200,000–299,999 people" / "1,000,000 or more people". */
export function tierRange(tier: DuesTier): string {
  if (tier.maxPopulation === null) return `${formatCount(tier.minPopulation)} or more people`;
  return `${formatCount(tier.minPopulation)}–${formatCount(tier.maxPopulation)} people`;
}
