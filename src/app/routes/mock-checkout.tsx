import { useRef, useState, type ReactNode } from 'react';
import { CreditCard, FlaskConical } from 'lucide-react';
import { data, isRouteErrorResponse, useLoaderData, useRouteError } from 'react-router';
import * as z from 'zod/mini';
import { apiUrl } from '@/api/client';
import { requestsHeld } from '@/api/requests-held';
import { PageMain } from '@/components/layout/page-main';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { PageHeading } from '@/components/ui/page-heading';
import { textLinkClasses } from '@/components/ui/text-link';
import { browserNavigation } from '@/lib/go-to-url';
import { formatMoney } from '@/lib/format';
import type { ClientLoader } from '../route-module';
import { RouteErrorContent } from '../shell/route-error-content';

/**
 * The embedded mock API's stand-in for a card processor's hosted checkout page. Registered only
 * in a mock build (`__MOCK_API__`), so a build for a real API has none of it: there, the checkout
 * URL is the processor's own page. It talks to the mock processor's endpoints (`/__mock/…`, not
 * part of the contract), hence plain fetch; holding the checkout's id is enough, as on a real one.
 */
const checkoutSchema = z.object({
  id: z.string(),
  amountCents: z.int(),
  description: z.string(),
  city: z.string(),
  status: z.enum(['open', 'paid', 'declined', 'expired']),
  returnUrl: z.string(),
});
type MockCheckout = z.infer<typeof checkoutSchema>;

const completionSchema = z.object({ status: z.string(), redirectTo: z.string() });
const errorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

const endpoint = (id: string) => apiUrl(`/__mock/checkout-sessions/${encodeURIComponent(id)}`);

export const clientLoader: ClientLoader =
  () =>
  async ({ params, request }) => {
    await requestsHeld(); // the first page of a tab: the mock may still be starting
    const response = await fetch(endpoint(params.checkoutSessionId ?? ''), {
      credentials: 'include',
      signal: request.signal,
    });
    if (response.status === 404) throw data(null, { status: 404 });
    const parsed = z.safeParse(checkoutSchema, await response.json().catch(() => null));
    if (!response.ok || !parsed.success)
      throw new Error(`The test checkout could not be loaded (HTTP ${response.status}).`);
    return parsed.data;
  };

/** Back to the page that started the checkout, with `?checkout={id}` so it can say what happened. */
function backUrl(checkout: MockCheckout): string {
  const url = new URL(checkout.returnUrl);
  url.searchParams.set('checkout', checkout.id);
  return url.href;
}

const endedWords: Record<Exclude<MockCheckout['status'], 'open'>, string> = {
  paid: 'This checkout is finished: the payment was made.',
  declined: 'This checkout is finished: the card was declined.',
  expired: 'This checkout expired after 30 minutes without a payment. Nothing was charged.',
};

export function Component() {
  const checkout = useLoaderData<MockCheckout>();
  return (
    <MockCheckoutFrame>
      <p className="text-[0.9375rem] font-semibold text-slate-600">{checkout.city}</p>
      <PageHeading documentTitle="Test checkout" className="mt-1">
        Pay {formatMoney(checkout.amountCents)}
      </PageHeading>
      <p className="mt-2 text-slate-700">{checkout.description}</p>
      <Alert tone="warning" className="mt-6" title="This is the demo's test checkout">
        <p>
          No card is charged and no money moves. A real checkout would ask for card details here; in the demo, choose
          what the test card does.
        </p>
      </Alert>
      {checkout.status === 'open' ? (
        <CheckoutChoices checkout={checkout} />
      ) : (
        <div className="mt-6 space-y-4">
          <p className="font-semibold text-slate-900">{endedWords[checkout.status]}</p>
          <p>
            <a className={textLinkClasses} href={backUrl(checkout)}>
              Go back to the Member Hub
            </a>
          </p>
        </div>
      )}
    </MockCheckoutFrame>
  );
}

function CheckoutChoices({ checkout }: { checkout: MockCheckout }) {
  const [busy, setBusy] = useState<'paid' | 'declined' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const inFlight = useRef(false);

  async function complete(outcome: 'paid' | 'declined') {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(outcome);
    setProblem(null);
    try {
      const response = await fetch(endpoint(checkout.id), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'include',
        body: JSON.stringify({ outcome }),
      });
      const body: unknown = await response.json().catch(() => null);
      const done = z.safeParse(completionSchema, body);
      if (response.ok && done.success) {
        browserNavigation.goToUrl(done.data.redirectTo);
        return; // leaving: stay busy until the next page loads
      }
      const error = z.safeParse(errorSchema, body);
      setProblem(error.success ? error.data.error.message : `The test checkout failed (HTTP ${response.status}).`);
    } catch {
      setProblem('The test checkout could not be reached. Check your connection and try again.');
    }
    inFlight.current = false;
    setBusy(null);
  }

  return (
    <div className="mt-6 space-y-5">
      {problem && (
        <Alert tone="danger" role="alert" title="The test card did nothing">
          <p>{problem}</p>
        </Alert>
      )}
      <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap">
        <Button pending={busy === 'paid'} pendingLabel="Paying…" onClick={() => void complete('paid')}>
          <CreditCard aria-hidden="true" className="size-5" />
          Pay {formatMoney(checkout.amountCents)} with the test card
        </Button>
        <Button
          variant="secondary"
          pending={busy === 'declined'}
          pendingLabel="Declining…"
          onClick={() => void complete('declined')}
        >
          Decline the test card
        </Button>
      </div>
      <p>
        <a className={textLinkClasses} href={backUrl(checkout)}>
          Cancel and go back
        </a>
      </p>
    </div>
  );
}

/** Looks like a different site on purpose (a processor's page), and says whose it is. */
function MockCheckoutFrame({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col bg-slate-100">
      <header className="border-b border-slate-300 bg-white">
        <p className="mx-auto flex max-w-xl items-center gap-2 px-4 py-3 font-semibold text-slate-800">
          <FlaskConical aria-hidden="true" className="size-5" />
          Test card processor · demo only
        </p>
      </header>
      <PageMain>
        <div className="mx-auto max-w-xl rounded-lg border border-slate-300 bg-white p-5 shadow-sm sm:p-8">
          {children}
        </div>
      </PageMain>
    </div>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <MockCheckoutFrame>
        <PageHeading>No such checkout</PageHeading>
        <p className="mt-4 text-slate-700">
          This test checkout does not exist, or the demo data was reset since it started. Go back to the Member Hub and
          start the payment again; nothing was charged.
        </p>
      </MockCheckoutFrame>
    );
  }
  return (
    <MockCheckoutFrame>
      <RouteErrorContent error={error} />
    </MockCheckoutFrame>
  );
}
