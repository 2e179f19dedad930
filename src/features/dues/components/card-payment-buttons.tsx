import { useRef, useEffect } from 'react';
import type { Invoice } from '@/api/contracts/dues';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ChangeButton } from '@/components/ui/change-button';
import { formatMoney } from '@/lib/format';
import { duesErrorWords, isDuesRefusal } from '../api/dues-error-words';
import { amountsOwed, useCardCheckout, type PayChoice } from '../api/use-card-checkout';

/**
 * "Pay $2,000.00 by card" (the next payment) and, while more than one payment is left, "Pay the
 * full balance". Each opens the hosted checkout; a failure says why, keeps the page as it was, and
 * offers the same payment again.
 */
export function CardPaymentButtons({ memberId, invoice }: { memberId: string; invoice: Invoice }) {
  const checkout = useCardCheckout(memberId, invoice.id);
  const { nextCents, balanceCents, paymentsLeft } = amountsOwed(invoice);
  const errorRef = useRef<HTMLDivElement>(null);
  const { error, failedPay } = checkout;

  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  const button = (pay: PayChoice, label: string, variant: 'primary' | 'secondary') => (
    <ChangeButton
      change={{ memberId, scope: 'dues' }}
      variant={variant}
      pending={checkout.busyWith === pay}
      pendingLabel="Opening the secure checkout…"
      onClick={() => checkout.start(pay)}
    >
      {label}
    </ChangeButton>
  );

  return (
    <div className="space-y-4">
      {error && (
        <div ref={errorRef} tabIndex={-1}>
          <Alert tone="danger" role="alert" title="The card checkout didn't open">
            <p>{duesErrorWords(error)} Nothing was charged.</p>
            {failedPay && !isDuesRefusal(error) && (
              <Button variant="secondary" size="sm" className="mt-3" onClick={() => checkout.start(failedPay)}>
                Try again
              </Button>
            )}
          </Alert>
        </div>
      )}
      <div className="flex flex-wrap items-start gap-3">
        {button('next_instalment', `Pay ${formatMoney(nextCents)} by card`, 'primary')}
        {paymentsLeft > 1 && button('balance', `Pay the full balance of ${formatMoney(balanceCents)}`, 'secondary')}
      </div>
      <p className="text-[0.9375rem] text-slate-600">
        You pay on the card processor's secure page, then come back here. The Member Hub never sees your card number.
      </p>
    </div>
  );
}
