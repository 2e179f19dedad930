import type { Billing } from '@/api/contracts/dues';
import { Card } from '@/components/ui/card';
import { Fact, Facts } from '@/components/ui/facts';
import { attributionText } from '@/lib/attribution-text';
import { formatInstantDate } from '@/lib/format';
import { US_STATES, type UsStateCode } from '@/lib/us-states';

/** "Madison, Wisconsin 53703": a state's name when the code is one we know. */
export function cityStateZip(billing: Pick<Billing, 'city' | 'state' | 'postalCode'>): string {
  const state = billing.state in US_STATES ? US_STATES[billing.state as UsStateCode] : billing.state;
  return `${billing.city}, ${state} ${billing.postalCode}`;
}

/** The address lines of a billing contact, one per line, skipping the empty second line. */
export function billingAddressLines(billing: Billing): string[] {
  return [billing.addressLine1, billing.addressLine2, cityStateZip(billing)].filter((line) => line !== '');
}

/** Who receives the invoice and pays it, set when the city asked to pay by invoice. */
export function BillingDetails({ billing }: { billing: Billing }) {
  return (
    <Card>
      <section aria-labelledby="billing-heading" className="space-y-3">
        <h2 id="billing-heading" className="text-lg font-bold text-slate-900">
          Billing details
        </h2>
        <Facts>
          <Fact term="Billing contact">
            {billing.contactName}
            <span className="block font-normal break-all text-slate-700">{billing.contactEmail}</span>
          </Fact>
          <Fact term="Address">
            {billingAddressLines(billing).map((line, position) => (
              // By position: two lines may read the same (a key by text would drop one).
              <span key={position} className="block">
                {line}
              </span>
            ))}
          </Fact>
          <Fact term="Purchase order">{billing.purchaseOrderNumber || 'None'}</Fact>
          <Fact term="Invoice sent">
            {billing.issuedAt ? `MIP sent it on ${formatInstantDate(billing.issuedAt)}` : 'Not yet'}
          </Fact>
        </Facts>
        <p className="text-sm text-slate-600">
          {attributionText('Requested', billing.attribution)} on {formatInstantDate(billing.requestedAt)}
        </p>
      </section>
    </Card>
  );
}
