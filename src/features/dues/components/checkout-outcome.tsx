import { Suspense, useEffect, useRef, type ReactNode } from 'react';
import { QueryErrorResetBoundary, useSuspenseQuery } from '@tanstack/react-query';
import { ErrorBoundary } from 'react-error-boundary';
import { describeError, isApiError } from '@/api/api-error';
import type { CheckoutSession, Invoice } from '@/api/contracts/dues';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ChangeButton } from '@/components/ui/change-button';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { formatMoney } from '@/lib/format';
import { checkoutSessionQueryOptions, duesQueryOptions } from '../api/dues-queries';
import { amountsOwed, useCardCheckout, type PayChoice } from '../api/use-card-checkout';

interface CheckoutOutcomeProps {
  memberId: string;
  checkoutSessionId: string;
  /** Takes `?checkout=` out of the address, which removes this message. */
  onDismiss: () => void;
}

/**
 * Back from the hosted checkout (`?checkout=<id>`): what happened, in words. Paid: thanks and the
 * receipt. Declined, or left before paying: nothing was charged, and a way to try again.
 */
export function CheckoutOutcome(props: CheckoutOutcomeProps) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          onReset={reset}
          fallbackRender={({ error, resetErrorBoundary }) => (
            <Alert tone="warning" role="alert" title="We couldn't check how your payment went">
              <p>
                {describeError(error)} The invoice below shows every payment MIP has received; if yours isn't there,
                nothing was charged.
              </p>
              <div className="mt-3 flex flex-wrap gap-3">
                {(!isApiError(error) || error.isTransient || error.status === 401 || error.status === 429) && (
                  <Button variant="secondary" size="sm" onClick={resetErrorBoundary}>
                    Check again
                  </Button>
                )}
                <DismissButton onDismiss={props.onDismiss} />
              </div>
            </Alert>
          )}
        >
          <Suspense fallback={<p role="status">Checking how your payment went…</p>}>
            <Outcome {...props} />
          </Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}

function Outcome({ memberId, checkoutSessionId, onDismiss }: CheckoutOutcomeProps) {
  const { data: session } = useSuspenseQuery(checkoutSessionQueryOptions(checkoutSessionId));
  const { data: dues } = useSuspenseQuery(duesQueryOptions(memberId));
  const ref = useRef<HTMLDivElement>(null);
  // Arriving back, the outcome is the first thing to read.
  useEffect(() => ref.current?.focus(), []);

  const invoice = dues.invoices.find((i) => i.id === session.invoiceId) ?? null;
  const dismiss = <DismissButton onDismiss={onDismiss} />;
  let content: ReactNode;
  if (session.status === 'paid') {
    content = (
      <Alert tone="success" role="status" title={`Payment of ${formatMoney(session.amountCents)} received — thank you`}>
        <p>
          {session.description}. The receipt is on the invoice page.{' '}
          <TextLink to={paths.member.invoice.href(memberId, session.invoiceId)}>See the receipt</TextLink>
        </p>
        <div className="mt-3">{dismiss}</div>
      </Alert>
    );
  } else {
    const declined = session.status === 'declined';
    content = (
      <Alert
        tone={declined ? 'danger' : 'warning'}
        role="alert"
        title={declined ? "The payment didn't go through" : 'You left the checkout before paying. Nothing was charged.'}
      >
        {declined && (
          <p>
            {session.declineMessage ?? 'The card was declined, and nothing was charged.'} You can try again, with
            another card if need be, or request an invoice instead.
          </p>
        )}
        <div className="mt-3 flex flex-wrap items-start gap-3">
          {invoice && invoice.status !== 'paid' && (
            <TryAgainButton memberId={memberId} invoice={invoice} pay={payOf(session, invoice)} />
          )}
          {dismiss}
        </div>
      </Alert>
    );
  }
  return (
    <div ref={ref} tabIndex={-1}>
      {content}
    </div>
  );
}

/** The same kind of payment as the checkout that didn't go through: the whole balance or the next payment. */
function payOf(session: CheckoutSession, invoice: Invoice): PayChoice {
  const { nextCents, balanceCents, paymentsLeft } = amountsOwed(invoice);
  return paymentsLeft > 1 && session.amountCents === balanceCents && balanceCents !== nextCents
    ? 'balance'
    : 'next_instalment';
}

function TryAgainButton({ memberId, invoice, pay }: { memberId: string; invoice: Invoice; pay: PayChoice }) {
  const checkout = useCardCheckout(memberId, invoice.id);
  return (
    <span className="inline-flex flex-col gap-2">
      <ChangeButton
        change={{ memberId, scope: 'dues' }}
        size="sm"
        pending={checkout.busyWith !== null}
        pendingLabel="Opening the secure checkout…"
        onClick={() => checkout.start(pay)}
      >
        Try again
      </ChangeButton>
      {checkout.error && (
        <span role="alert" className="font-semibold text-red-800">
          The checkout didn't open. {describeError(checkout.error)}
        </span>
      )}
    </span>
  );
}

function DismissButton({ onDismiss }: { onDismiss: () => void }) {
  return (
    <Button variant="secondary" size="sm" onClick={onDismiss}>
      Dismiss <span className="sr-only">this message</span>
    </Button>
  );
}
