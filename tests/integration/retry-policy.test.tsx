import { act, cleanup, screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { getDb } from '@mocks/db/db';
import { faults } from '@mocks/faults';
import { recordIdempotencyKeys } from '../setup/idempotency-keys';
import { demo, renderApp } from '../setup/render-app';

/** Every request the app sends, as "METHOD /path", while still reaching the mock API. */
function recordRequests(): string[] {
  const sent: string[] = [];
  const realFetch = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    const request = new Request(input, init);
    sent.push(`${request.method} ${new URL(request.url).pathname}`);
    return realFetch(request);
  });
  return sent;
}

async function fillMemoRequest(user: UserEvent) {
  await user.type(screen.getByLabelText('Title'), 'Curbside compost');
  await user.selectOptions(screen.getByLabelText('Policy area'), 'Housing');
  await user.type(screen.getByLabelText('Your question'), 'What did a mid-sized city pay to start curbside compost?');
}

describe('the retry policy (one for the whole app)', () => {
  it('sends a request with an Idempotency-Key once more by itself after a 503, creating one record', async () => {
    const keys = recordIdempotencyKeys('/members/riverton/memo-requests');
    faults.add({ method: 'POST', path: '/members/riverton/memo-requests', kind: 'status', status: 503, times: 1 });
    const { user } = await renderApp('/m/riverton/memos/new', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: 'Request a policy memo' });
    await fillMemoRequest(user);
    await user.click(screen.getByRole('button', { name: 'Send request' }));

    await screen.findByRole('heading', { level: 1, name: 'Curbside compost' });
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(getDb().memoRequests.filter((m) => m.title === 'Curbside compost')).toHaveLength(1);
  });

  it('waits out a 429 with a short Retry-After on a keyed request', async () => {
    const keys = recordIdempotencyKeys('/members/riverton/memo-requests');
    faults.add({
      method: 'POST',
      path: '/members/riverton/memo-requests',
      kind: 'status',
      status: 429,
      retryAfterSeconds: 1,
    });
    const { user } = await renderApp('/m/riverton/memos/new', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: 'Request a policy memo' });
    await fillMemoRequest(user);
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    await screen.findByRole('heading', { level: 1, name: 'Curbside compost' });
    expect(keys).toHaveLength(2);
  });

  it('never repeats a change without a key: a 503 on saving the payment schedule is shown, sent once', async () => {
    faults.add({ method: 'PUT', path: '/members/riverton/payment-plan', kind: 'status', status: 503, times: 1 });
    const { user } = await renderApp('/m/riverton/dues/plan', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1 });
    const sent = recordRequests();
    await user.click(screen.getByRole('radio', { name: /Four payments/ }));
    await user.click(screen.getByRole('button', { name: /^Confirm/ }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(sent.filter((r) => r === 'PUT /api/v1/members/riverton/payment-plan')).toHaveLength(1);
  });

  it('retries a page load after a 429 with Retry-After', async () => {
    faults.add({
      method: 'GET',
      path: '/members/riverton/memo-requests',
      kind: 'status',
      status: 429,
      retryAfterSeconds: 1,
    });
    const sent = recordRequests();
    await renderApp('/m/riverton/memos', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: 'Policy memos' });
    expect(sent.filter((r) => r === 'GET /api/v1/members/riverton/memo-requests')).toHaveLength(2);
  });

  it('never retries a page load after another 4xx', async () => {
    faults.add({ method: 'GET', path: '/members/riverton/memo-requests', kind: 'status', status: 403, times: 5 });
    const sent = recordRequests();
    await renderApp('/m/riverton/memos', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: "You don't have access to this page" });
    expect(sent.filter((r) => r === 'GET /api/v1/members/riverton/memo-requests')).toHaveLength(1);
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Go to your home page' })).toBeInTheDocument();
  });

  it('offline: says so, keeps what was typed, and sends nothing by itself, not even after a reload', async () => {
    const keys = recordIdempotencyKeys('/members/riverton/memo-requests');
    const { user } = await renderApp('/m/riverton/memos/new', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: 'Request a policy memo' });
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    expect(await screen.findByText("You're offline.")).toBeInTheDocument();

    // No connection: every attempt fails before reaching the API.
    faults.add({ method: 'POST', path: '/members/riverton/memo-requests', kind: 'network', times: Infinity });
    await fillMemoRequest(user);
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    expect(await screen.findByText(/We could not reach the Member Hub/)).toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toHaveValue('Curbside compost');
    const attempts = keys.length;

    // Back online, then a reload: the draft is back, and nothing was sent without the person.
    faults.clear();
    onLine.mockReturnValue(true);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    cleanup();
    await renderApp('/m/riverton/memos/new');
    await screen.findByRole('heading', { level: 1, name: 'Request a policy memo' });
    expect(screen.getByLabelText('Title')).toHaveValue('Curbside compost');
    expect(screen.queryByText("You're offline.")).not.toBeInTheDocument();
    expect(keys).toHaveLength(attempts);
    expect(getDb().memoRequests.filter((m) => m.title === 'Curbside compost')).toHaveLength(0);
  });
});
