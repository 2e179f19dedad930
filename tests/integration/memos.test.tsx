import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { clock } from '@mocks/clock';
import { getDb } from '@mocks/db/db';
import { faults } from '@mocks/faults';
import { apiRequest } from '@/api/client';
import { draftKey } from '@/lib/drafts';
import { recordIdempotencyKeys } from '../setup/idempotency-keys';
import { demo, renderApp } from '../setup/render-app';

type User = Awaited<ReturnType<typeof renderApp>>['user'];

const ANA_DRAFT = draftKey('memo-request', 'ana-ortiz', 'riverton');
/** Right to left and beyond the Basic Multilingual Plane: both must survive a draft and a send. */
const QUESTION = 'How have cities like ours streamlined ADU permits? 🏠 سؤال عن السكن';

const rivertonRequests = () => getDb().memoRequests.filter((m) => m.memberId === 'riverton');

async function fillRequest(user: User, question = QUESTION) {
  await user.type(screen.getByLabelText('Title'), 'Short-term rentals');
  await user.selectOptions(screen.getByLabelText('Policy area'), 'Housing');
  await user.type(screen.getByLabelText('Your question'), question);
}

const recordMemoRequestKeys = () => recordIdempotencyKeys('/members/riverton/memo-requests');

describe('policy memos', () => {
  it('shows the allowance and every request by membership year, and opens a delivered memo', async () => {
    const { user } = await renderApp('/m/riverton/memos', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: 'Policy memos' });
    expect(screen.getByText('1 of 3 used')).toBeInTheDocument();
    expect(screen.getByText(/2 memos left\. The allowance resets on July 1, 2027\./)).toBeInTheDocument();
    const thisYear = screen.getByRole('region', { name: '2026–27 membership year' });
    expect(within(thisYear).getByText('Delivered')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2, name: /membership year$/ }).length).toBeGreaterThan(1);

    await user.click(within(thisYear).getByRole('link', { name: 'Accessory dwelling unit permitting' }));
    await screen.findByRole('heading', { level: 1, name: 'Accessory dwelling unit permitting' });
    const memo = screen.getByRole('region', { name: 'The memo' });
    expect(within(memo).getAllByRole('heading', { level: 2 }).length).toBeGreaterThan(1);
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    expect(within(timeline).getByText('Request sent to MIP')).toBeInTheDocument();
    expect(within(timeline).getByText('Memo delivered')).toBeInTheDocument();
    expect(screen.getByText('Requested by Jordan Lee for Mayor Ana Ortiz')).toBeInTheDocument();
  });

  it('opens the delivered memo from the dashboard’s action list', async () => {
    const { user } = await renderApp('/m/riverton', { signedInAs: demo.ana });
    const actions = await screen.findByRole('region', { name: 'What needs attention' });
    await user.click(await within(actions).findByRole('link', { name: /Accessory dwelling unit permitting/ }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Accessory dwelling unit permitting' }),
    ).toBeInTheDocument();
  });

  it('checks the form the GOV.UK way and keeps what was typed', async () => {
    const { user } = await renderApp('/m/riverton/memos/new', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: 'Request a policy memo' });
    await user.type(screen.getByLabelText('Your question'), 'Too short');
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getAllByRole('link')).toHaveLength(3);
    expect(screen.getByLabelText('Your question')).toHaveAccessibleDescription(
      expect.stringContaining('at least 20 characters'),
    );
    expect(screen.getByLabelText('Your question')).toHaveValue('Too short');
    await user.click(within(summary).getByRole('link', { name: /Choose the policy area/ }));
    expect(screen.getByLabelText('Policy area')).toHaveFocus();
    expect(rivertonRequests().filter((m) => m.status === 'submitted')).toHaveLength(0);
  });

  it('sends a request, shows it as submitted for the mayor, and counts it against the allowance', async () => {
    const { user } = await renderApp('/m/riverton/memos/new', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: 'Request a policy memo' });
    expect(screen.getByText(/uses 1 of your 2 remaining memos/)).toBeInTheDocument();
    await fillRequest(user);
    await user.click(screen.getByRole('button', { name: 'Send request' }));

    await screen.findByRole('heading', { level: 1, name: 'Short-term rentals' });
    expect(screen.getByText('Submitted')).toBeInTheDocument();
    expect(screen.getByText('Requested by Mayor Ana Ortiz')).toBeInTheDocument();
    expect(screen.getByText(QUESTION)).toBeInTheDocument();
    expect(sessionStorage.getItem(ANA_DRAFT)).toBeNull();
    await user.click(screen.getByRole('link', { name: 'All policy memos' }));
    expect(await screen.findByText('2 of 3 used')).toBeInTheDocument();
  });

  it('keeps a draft through a reload, in this tab, until it is sent', async () => {
    const first = await renderApp('/m/riverton/memos/new', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: 'Request a policy memo' });
    await fillRequest(first.user);
    first.unmount();

    const { user } = await renderApp('/m/riverton/memos/new');
    await screen.findByRole('heading', { level: 1, name: 'Request a policy memo' });
    expect(screen.getByLabelText('Title')).toHaveValue('Short-term rentals');
    expect(screen.getByLabelText('Your question')).toHaveValue(QUESTION);
    expect(screen.getByLabelText('Policy area')).toHaveDisplayValue('Housing');
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    await screen.findByRole('heading', { level: 1, name: 'Short-term rentals' });
    expect(sessionStorage.getItem(ANA_DRAFT)).toBeNull();
  });

  it('after a server failure, keeps the text and resends with the same Idempotency-Key', async () => {
    const keys = recordMemoRequestKeys();
    faults.add({ method: 'POST', path: '/members/riverton/memo-requests', kind: 'status', status: 500, times: 2 });
    const { user } = await renderApp('/m/riverton/memos/new', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: 'Request a policy memo' });
    await fillRequest(user);
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your request was not sent');
    expect(screen.getByLabelText('Your question')).toHaveValue(QUESTION);

    await user.dblClick(screen.getByRole('button', { name: 'Send request' }));
    await screen.findByRole('heading', { level: 1, name: 'Short-term rentals' });
    // The click's send and its one automatic retry, then the person's retry: one key throughout.
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect(keys[1]).toBe(keys[0]);
    expect(rivertonRequests().filter((m) => m.title === 'Short-term rentals')).toHaveLength(1);
  });

  it('on an expired session, signs in again in a dialog and sends the same request once', async () => {
    const keys = recordMemoRequestKeys();
    const { user } = await renderApp('/m/riverton/memos/new', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: 'Request a policy memo' });
    await fillRequest(user);
    clock.advance(31 * 60_000);
    onTestFinished(() => clock.set(null));
    await user.click(screen.getByRole('button', { name: 'Send request' }));

    const dialog = await screen.findByRole('dialog', { name: 'Sign in again to continue' });
    await user.type(within(dialog).getByLabelText('Password'), 'demo');
    await user.click(within(dialog).getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('heading', { level: 1, name: 'Short-term rentals' });
    expect(screen.getByText(QUESTION)).toBeInTheDocument();
    expect(keys).toHaveLength(2); // the 401, then the one replay
    expect(rivertonRequests().filter((m) => m.title === 'Short-term rentals')).toHaveLength(1);
  });

  it('with no memos left, closes Send with the reason before anything is typed, keeping the form for a draft', async () => {
    const { user } = await renderApp('/m/lakeport/memos/new', { signedInAs: demo.marcus });
    await screen.findByRole('heading', { level: 1, name: 'Request a policy memo' });
    expect(screen.getByText('No memos left this year')).toBeInTheDocument();
    const send = screen.getByRole('button', { name: 'Send request' });
    expect(send).toHaveAttribute('aria-disabled', 'true');
    expect(send).toHaveAccessibleDescription(
      'You have used all 3 memos for 2026–27. The allowance resets on July 1, 2027.',
    );
    await user.type(screen.getByLabelText('Title'), 'Transit-oriented zoning');
    await user.click(send);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toHaveValue('Transit-oriented zoning');
  });

  it('two tabs sending the last memo at once: one goes, the other says why not, and both show none left', async () => {
    await apiRequest('signIn', { body: { email: demo.ana, password: 'demo' } });
    await apiRequest('createMemoRequest', {
      params: { memberId: 'riverton' },
      body: { title: 'Earlier today', policyAreaId: 'housing', question: 'A question sent earlier in the day.' },
      idempotencyKey: 'earlier-today',
    });
    const tabs = [await renderApp('/m/riverton/memos/new'), await renderApp('/m/riverton/memos/new')];
    const inTab = tabs.map((tab) => within(tab.container));
    // Two tabs are two documents; here they share one, so their ids clash and labels point at the
    // first tab's fields: each tab's fields are found by name inside that tab instead.
    const field = (i: number, name: string) => tabs[i]?.container.querySelector(`[name="${name}"]`) as HTMLInputElement;
    for (const [i, tab] of inTab.entries()) {
      const user = tabs[i]?.user;
      await tab.findByRole('heading', { level: 1, name: 'Request a policy memo' });
      await user?.type(field(i, 'title'), `From tab ${i + 1}`);
      await user?.selectOptions(field(i, 'policyAreaId'), 'Housing');
      await user?.type(field(i, 'question'), 'What worked in cities of our size?');
    }
    // Both at the same moment: the two requests are in flight together.
    for (const tab of inTab) fireEvent.click(tab.getByRole('button', { name: 'Send request' }));

    await waitFor(() =>
      expect(inTab.filter((tab) => tab.queryByRole('heading', { level: 1, name: /^From tab/ }))).toHaveLength(1),
    );
    const refused = inTab.find((tab) => tab.queryByRole('heading', { level: 1, name: 'Request a policy memo' }));
    expect(await refused?.findByRole('alert')).toHaveTextContent(/You have used all 3 memos/);
    expect(await refused?.findByText('No memos left this year')).toBeInTheDocument();
    expect(rivertonRequests().filter((m) => m.title.startsWith('From tab'))).toHaveLength(1);
    const sentIndex = inTab.findIndex((tab) => tab.queryByRole('heading', { level: 1, name: /^From tab/ }));
    await tabs[sentIndex]?.user.click(inTab[sentIndex]?.getByRole('link', { name: 'All policy memos' }) as HTMLElement);
    expect(await inTab[sentIndex]?.findByText('3 of 3 used')).toBeInTheDocument();
  });

  it('withdraws a request MIP has not started on, and the memo comes back', async () => {
    const { user } = await renderApp('/m/riverton/memos/new', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: 'Request a policy memo' });
    await fillRequest(user);
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    await screen.findByRole('heading', { level: 1, name: 'Short-term rentals' });

    await user.click(screen.getByRole('button', { name: 'Withdraw request' }));
    const dialog = await screen.findByRole('dialog', { name: 'Withdraw this request?' });
    await user.click(within(dialog).getByRole('button', { name: 'Withdraw request' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(await screen.findByText('Withdrawn')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Withdraw request' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'All policy memos' }));
    expect(await screen.findByText('1 of 3 used')).toBeInTheDocument();
  });

  it('lets the member agree to MIP publishing a delivered memo de-identified', async () => {
    const { user } = await renderApp('/m/riverton/memos/memo-riverton-adu', { signedInAs: demo.ana });
    await user.click(await screen.findByRole('button', { name: 'Let MIP publish it de-identified' }));
    expect(await screen.findByRole('button', { name: 'Stop MIP publishing it' })).toBeInTheDocument();
    expect(getDb().memoRequests.find((m) => m.id === 'memo-riverton-adu')?.publishDeidentified).toBe(true);
  });

  it('downloads a delivered memo as an HTML document', async () => {
    const blobs: Blob[] = [];
    const original = { createObjectURL: URL.createObjectURL.bind(URL), revokeObjectURL: URL.revokeObjectURL.bind(URL) };
    URL.createObjectURL = (blob: Blob) => (blobs.push(blob), 'blob:memo');
    URL.revokeObjectURL = () => undefined;
    onTestFinished(() => {
      Object.assign(URL, original);
    });
    const clicks = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { user } = await renderApp('/m/riverton/memos/memo-riverton-adu', { signedInAs: demo.ana });
    await user.click(await screen.findByRole('button', { name: 'Download' }));
    await vi.waitFor(() => expect(clicks).toHaveBeenCalledTimes(1));
    expect((clicks.mock.contexts[0] as HTMLAnchorElement).download).toBe('accessory-dwelling-unit-permitting.html');
    const text = await (blobs[0] as Blob).text();
    expect(text).toMatch(/^<!doctype html>/i);
    expect(text).toContain('Accessory dwelling unit permitting');
  });

  it('downloads the PDF MIP attached to a memo, under its name and in its own type', async () => {
    const blobs: Blob[] = [];
    const original = { createObjectURL: URL.createObjectURL.bind(URL), revokeObjectURL: URL.revokeObjectURL.bind(URL) };
    URL.createObjectURL = (blob: Blob) => (blobs.push(blob), 'blob:memo-file');
    URL.revokeObjectURL = () => undefined;
    onTestFinished(() => {
      Object.assign(URL, original);
    });
    const clicks = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { user } = await renderApp('/m/riverton/memos/memo-riverton-adu', { signedInAs: demo.ana });
    await user.click(await screen.findByRole('button', { name: /^Download the PDF \(\d+ KB\)$/ }));
    await vi.waitFor(() => expect(clicks).toHaveBeenCalledTimes(1));
    expect((clicks.mock.contexts[0] as HTMLAnchorElement).download).toBe('accessory-dwelling-unit-permitting.pdf');
    const file = blobs[0] as Blob;
    expect(file.type).toBe('application/pdf');
    expect(new TextDecoder().decode(new Uint8Array(await file.arrayBuffer()).subarray(0, 5))).toBe('%PDF-');
  });
});

describe('who may request', () => {
  it('a delegate with the memos scope requests for the mayor, against her allowance', async () => {
    const { user } = await renderApp('/m/riverton/memos/new', { signedInAs: demo.jordan });
    await screen.findByRole('heading', { level: 1, name: 'Request a policy memo' });
    await fillRequest(user);
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    await screen.findByRole('heading', { level: 1, name: 'Short-term rentals' });
    expect(screen.getByText('Requested by Jordan Lee for Mayor Ana Ortiz')).toBeInTheDocument();
  });

  it('a delegate without the memos scope sees the memos, but the request button says why it is closed', async () => {
    await renderApp('/m/cedar-falls/memos', { signedInAs: demo.jordan });
    await screen.findByRole('heading', { level: 1, name: 'Policy memos' });
    const request = screen.getByRole('button', { name: 'Request a memo' });
    expect(request).toHaveAttribute('aria-disabled', 'true');
    expect(request).toHaveAccessibleDescription('Mayor Dana Whitfield has not given you access to policy memos.');
  });

  it('MIP staff previewing see the memos read-only, with the reason on every control', async () => {
    await apiRequest('signIn', { body: { email: demo.morgan, password: 'demo' } });
    await apiRequest('startPreview', { body: { memberId: 'riverton', reason: 'Checking the memos page' } });
    const { user } = await renderApp('/m/riverton/memos/memo-riverton-adu');
    const publish = await screen.findByRole('button', { name: 'Let MIP publish it de-identified' });
    expect(publish).toHaveAttribute('aria-disabled', 'true');
    expect(publish).toHaveAccessibleDescription(expect.stringContaining('A preview is read-only'));
    await user.click(screen.getByRole('link', { name: 'All policy memos' }));
    const request = await screen.findByRole('button', { name: 'Request a memo' });
    expect(request).toHaveAttribute('aria-disabled', 'true');
  });
});

describe('drafts', () => {
  it('are cleared on sign-out, so the next person at this computer does not see them', async () => {
    const { user } = await renderApp('/m/riverton/memos/new', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: 'Request a policy memo' });
    await user.type(screen.getByLabelText('Title'), 'Confidential: budget shortfall');
    expect(sessionStorage.getItem(ANA_DRAFT)).toContain('Confidential');
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(sessionStorage.getItem(ANA_DRAFT)).toBeNull();
  });
});
