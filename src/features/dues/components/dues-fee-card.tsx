import type { ReactNode } from 'react';
import type { Dues } from '@/api/contracts/dues';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { Fact, Facts } from '@/components/ui/facts';
import { formatCount, formatDate, formatMoney } from '@/lib/format';
import { tierRange } from '@/lib/dues-tiers';

const planWords = { 1: 'One payment a year', 2: 'Two payments a year', 4: 'Four payments a year' } as const;

interface DuesFeeCardProps {
  dues: Dues;
  /** The membership status tag (from the membership feature), composed in by the route. */
  membershipStatus: ReactNode;
}

/** The annual fee and why it is that much: the tier for the population MIP has on file. */
export function DuesFeeCard({ dues, membershipStatus }: DuesFeeCardProps) {
  return (
    <Card>
      <section aria-labelledby="dues-fee-heading">
        <h2 id="dues-fee-heading" className="text-lg font-bold text-slate-900">
          Your annual dues
        </h2>
        <p className="mt-2 text-slate-700">
          <strong className="block text-3xl font-bold text-slate-900">{formatMoney(dues.tier.feeCents)} a year</strong>{' '}
          for cities of {tierRange(dues.tier)}; population on file {formatCount(dues.population)}.
        </p>
        {dues.nextYear && <NextYearTier dues={dues} next={dues.nextYear} />}
        <div className="mt-4">
          <Facts>
            <Fact term="Membership">{membershipStatus}</Fact>
            <Fact term="Payment schedule">{planWords[dues.paymentPlan.instalments]}</Fact>
          </Facts>
        </div>
        <p className="mt-3 text-[0.9375rem] text-slate-600">
          If your city's population has changed, e-mail MIP with the new census figure and they will update it.
        </p>
      </section>
    </Card>
  );
}

/** A newer population MIP recorded: what it does to next year's dues, said before the invoice comes. */
function NextYearTier({ dues, next }: { dues: Dues; next: NonNullable<Dues['nextYear']> }) {
  const from = `From the ${next.yearLabel} membership year (${formatDate(next.startsOn)})`;
  const fee = `${formatMoney(next.tier.feeCents)} a year`;
  return (
    <Alert tone="info" title={`Your dues for ${next.yearLabel}`} className="mt-4">
      MIP has a newer population for your city: {formatCount(next.population)}.{' '}
      {next.tier.feeCents === dues.tier.feeCents
        ? `${from}, your dues stay ${fee} (${tierRange(next.tier)}).`
        : `${from}, your dues are ${fee}, for cities of ${tierRange(next.tier)}. This year's invoice stays as it is.`}
    </Alert>
  );
}
