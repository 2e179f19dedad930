import type { DuesTier } from '@/api/contracts/dues';
import { cx } from '@/components/ui/class-names';
import { formatPrice } from '@/lib/format';
import { tierRange } from '@/lib/dues-tiers';

/**
 * MIP's full dues table, largest cities first, as on its "Become a Member" page. The row for the
 * population typed into the calculator is marked in words ("Your city") as well as by its look.
 */
export function DuesTierTable({ tiers, current }: { tiers: readonly DuesTier[]; current: DuesTier | null }) {
  const rows = [...tiers].sort((a, b) => b.minPopulation - a.minPopulation);
  return (
    <table className="w-full border-collapse text-left text-[0.9375rem]">
      <caption className="mb-2 text-left font-semibold text-slate-900">
        Annual membership fee by city population
      </caption>
      <thead>
        <tr className="border-b-2 border-slate-300">
          <th scope="col" className="py-2 pr-3 font-semibold text-slate-700">
            City population
          </th>
          <th scope="col" className="py-2 text-right font-semibold text-slate-700">
            Annual fee
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((tier) => {
          const isCurrent = tier === current;
          return (
            <tr
              key={tier.minPopulation}
              aria-current={isCurrent ? 'true' : undefined}
              className={cx('border-b border-slate-200', isCurrent && 'bg-accent-50 font-semibold text-accent-900')}
            >
              <td className={cx('border-l-4 py-2 pr-3 pl-3', isCurrent ? 'border-accent-700' : 'border-transparent')}>
                {tierRange(tier).replace(' people', '')}
                {isCurrent && (
                  <span className="ml-2 inline-block rounded border border-accent-700 px-1.5 text-sm">Your city</span>
                )}
              </td>
              <td className="py-2 pr-1 text-right tabular-nums">{formatPrice(tier.feeCents)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
