import { createHash } from 'node:crypto';
import type { CheckoutPageData } from '../../server/rules/checkout-processor';
import { escapeHtml } from '../lib/escape-html';
import { formatMoney } from '../../src/lib/format';

/**
 * The HTTP listener's stand-in for a card processor's hosted checkout: plain HTML, inline CSS only
 * (allowed by its hash, not 'unsafe-inline'), no JavaScript. Colours follow USWDS (contrast ≥ 7:1).
 */
const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:1.0625rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;background:#f0f0f0}
main{max-width:34rem;margin:2rem auto;padding:1.5rem;background:#fff;border:1px solid #71767a;border-radius:.5rem}
h1{font-size:1.75rem;line-height:1.2;margin:0 0 1rem}
.notice{margin:0 0 1.5rem;padding:.75rem 1rem;background:#e7f6f8;border-left:.5rem solid #00bde3}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.5rem 1rem;margin:0 0 1.5rem}
dt{font-weight:700}
dd{margin:0}
.amount{font-size:1.375rem;font-weight:700}
form{display:flex;flex-wrap:wrap;gap:.75rem;margin:0 0 1.5rem}
button{font:inherit;font-weight:700;padding:.75rem 1.25rem;border-radius:.25rem;border:2px solid #005ea2;cursor:pointer}
.pay{background:#005ea2;color:#fff}
.pay:hover{background:#1a4480;border-color:#1a4480}
.decline{background:#fff;color:#1a4480}
.decline:hover{background:#eff6fb}
a{color:#1a4480}
button:focus-visible,a:focus-visible{outline:.25rem solid #2491ff;outline-offset:.25rem}
@media (forced-colors:active){button{border-color:ButtonText}}
`;

const STYLE_HASH = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;

/** The page's own policy: its one stylesheet, forms back to itself, and the redirect to the app. */
export function checkoutPageCsp(returnUrl: string | null): string {
  const back = returnUrl ? ` ${new URL(returnUrl).origin}` : '';
  return `default-src 'none'; style-src ${STYLE_HASH}; form-action 'self'${back}; base-uri 'none'; frame-ancestors 'none'`;
}

export function backLinkOf(data: CheckoutPageData): string {
  const url = new URL(data.returnUrl);
  url.searchParams.set('checkout', data.id);
  return url.href;
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} · Mayors Innovation Project (demo)</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p class="notice">This page is the demo's stand-in for a card processor's checkout. No card is charged and no money moves.</p>
${body}
</main>
</body>
</html>
`;
}

const ENDED: Record<Exclude<CheckoutPageData['status'], 'open'>, string> = {
  paid: 'This checkout is paid.',
  declined: 'This checkout ended: the test card was declined, or the payment had already been made.',
  expired: 'This checkout expired after 30 minutes. Nothing was charged. Go back to start the payment again.',
};

export function checkoutPageHtml(data: CheckoutPageData): string {
  const amount = formatMoney(data.amountCents);
  const summary = `<dl>
<dt>City</dt><dd>${escapeHtml(data.city)}</dd>
<dt>For</dt><dd>${escapeHtml(data.description)}</dd>
<dt>Amount</dt><dd class="amount">${escapeHtml(amount)}</dd>
</dl>`;
  const back = escapeHtml(backLinkOf(data));
  if (data.status !== 'open') {
    return page(
      'Test checkout',
      `${summary}\n<p>${ENDED[data.status]}</p>\n<p><a href="${back}">Go back to the Member Hub</a></p>`,
    );
  }
  return page(
    'Test checkout',
    `${summary}
<form method="post" aria-label="Pay with the test card">
<button type="submit" class="pay" name="outcome" value="paid">Pay ${escapeHtml(amount)} with the test card</button>
<button type="submit" class="decline" name="outcome" value="declined">Decline the test card</button>
</form>
<p><a href="${back}">Cancel and go back</a></p>`,
  );
}

/** A page for what went wrong (an unknown or expired checkout), with a way back when there is one. */
export function checkoutProblemHtml(heading: string, message: string, backHref: string | null): string {
  const back = backHref ? `\n<p><a href="${escapeHtml(backHref)}">Go back to the Member Hub</a></p>` : '';
  return page(heading, `<p>${escapeHtml(message)}</p>${back}`);
}
