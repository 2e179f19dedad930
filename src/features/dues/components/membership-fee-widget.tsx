import { useSuspenseQuery } from '@tanstack/react-query';
import { Widget } from '@/components/ui/widget';
import { formatCount, formatPrice } from '@/lib/format';
import { duesQuoteQueryOptions } from '../api/dues-queries';
import { tierRange } from '@/lib/dues-tiers';

/** For a prospective city: the annual fee, from the population on file. */
export function MembershipFeeWidget({ population }: { population: number }) {
  return (
    <Widget title="Your annual membership fee" skeletonLines={2}>
      <MembershipFee population={population} />
    </Widget>
  );
}

function MembershipFee({ population }: { population: number }) {
  const { data: quote } = useSuspenseQuery(duesQuoteQueryOptions(population));
  return (
    <div className="space-y-2">
      <p className="text-3xl font-bold text-slate-900">
        {formatPrice(quote.feeCents)}
        <span className="text-lg font-medium text-slate-600"> a year</span>
      </p>
      <p className="text-slate-700">
        Based on the population we have on file for your city, {formatCount(quote.population)}. Cities of{' '}
        {tierRange(quote.tier)} pay this fee. Payment can be split into installments that fit your budget cycle.
      </p>
    </div>
  );
}
