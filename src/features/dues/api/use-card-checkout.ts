import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/api-error';
import type { CheckoutSessionBody, Invoice } from '@/api/contracts/dues';
import { paths } from '@/config/paths';
import { browserNavigation } from '@/lib/go-to-url';
import { useCreateCheckoutSession } from './dues-mutations';

export type PayChoice = CheckoutSessionBody['pay'];

/** What the city still owes: the next payment, and the whole balance when more than one is left. */
export function amountsOwed(invoice: Invoice): { nextCents: number; balanceCents: number; paymentsLeft: number } {
  const unpaid = invoice.instalments.filter((i) => i.status !== 'paid');
  return {
    nextCents: unpaid[0]?.amountCents ?? 0,
    balanceCents: invoice.amountCents - invoice.paidCents,
    paymentsLeft: unpaid.length,
  };
}

/**
 * Paying by card: opens a hosted checkout and sends the browser there. One click opens one
 * checkout (a click while the request is on its way does nothing); a failed request can be tried
 * again and reuses its Idempotency-Key. The checkout brings the person back to the dues page.
 */
export function useCardCheckout(memberId: string, invoiceId: string) {
  const create = useCreateCheckoutSession(invoiceId);
  const queryClient = useQueryClient();
  const inFlight = useRef(false);
  const [leaving, setLeaving] = useState(false);
  const { reset, forgetKey } = create;

  // Coming back with the browser's Back button may restore this page as it was left (the
  // back-forward cache), busy: make it usable again, for a new checkout.
  const onPageShow = useEffectEvent((event: PageTransitionEvent) => {
    if (!event.persisted) return;
    inFlight.current = false;
    setLeaving(false);
    reset();
    forgetKey();
  });
  useEffect(() => {
    const listener = (event: PageTransitionEvent) => onPageShow(event);
    window.addEventListener('pageshow', listener);
    return () => window.removeEventListener('pageshow', listener);
  }, []);

  function start(pay: PayChoice) {
    if (inFlight.current) return;
    inFlight.current = true;
    const returnUrl = new URL(paths.member.dues.href(memberId), window.location.origin).href;
    create.mutate(
      { pay, returnUrl },
      {
        onSuccess: (session) => {
          setLeaving(true);
          browserNavigation.goToUrl(session.url);
        },
        onError: (error) => {
          inFlight.current = false;
          // Refused because of what the invoice now says (paid meanwhile): show what it says.
          if (isApiError(error) && error.status === 409) void queryClient.invalidateQueries({ queryKey: ['dues'] });
        },
      },
    );
  }

  return {
    start,
    /** The payment being opened (the button to show as busy), or null. */
    busyWith: create.isPending || leaving ? (create.variables?.pay ?? null) : null,
    error: create.error,
    /** The payment that failed to open, for "Try again". */
    failedPay: create.isError ? create.variables.pay : null,
  };
}
