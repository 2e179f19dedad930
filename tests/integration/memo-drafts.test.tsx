import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getDb } from '@mocks/db/db';
import { apiRequest } from '@/api/client';
import { draftKey } from '@/lib/drafts';
import { demo, renderApp } from '../setup/render-app';

type User = Awaited<ReturnType<typeof renderApp>>['user'];

const TITLE = 'Short-term rentals';
const QUESTION = 'How have cities like ours regulated short-term rentals? 🏠';
const SAVED = /Draft saved to your account/;
/** The autosave waits for a pause in typing (1 s); a slow shared machine gets more. */
const AUTOSAVE = { timeout: 5000 };

const draftOf = (personId: string, memberId: string) =>
  getDb().memoDrafts.find((d) => d.personId === personId && d.memberId === memberId);

async function openForm(url: string, signedInAs?: string) {
  const view = await renderApp(url, signedInAs ? { signedInAs } : {});
  await screen.findByRole('heading', { level: 1, name: 'Request a policy memo' });
  return view;
}

async function typeDraft(user: User) {
  await user.type(screen.getByLabelText('Title'), TITLE);
  await user.selectOptions(screen.getByLabelText('Policy area'), 'Housing');
  await user.type(screen.getByLabelText('Your question'), QUESTION);
}

function expectDraftOnScreen() {
  expect(screen.getByLabelText('Title')).toHaveValue(TITLE);
  expect(screen.getByLabelText('Policy area')).toHaveDisplayValue('Housing');
  expect(screen.getByLabelText('Your question')).toHaveValue(QUESTION);
}

describe('a memo draft is kept by the account', () => {
  it('is saved while typed, and comes back after signing out and in again', async () => {
    const { user, router } = await openForm('/m/riverton/memos/new', demo.ana);
    await typeDraft(user);
    expect(await screen.findByText(SAVED, {}, AUTOSAVE)).toBeInTheDocument();
    expect(draftOf('ana-ortiz', 'riverton')).toMatchObject({
      title: TITLE,
      policyAreaId: 'housing',
      question: QUESTION,
    });

    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(sessionStorage.getItem(draftKey('memo-request', 'ana-ortiz', 'riverton'))).toBeNull();

    await apiRequest('signIn', { body: { email: demo.ana, password: 'demo' } });
    await act(() => router.navigate('/m/riverton/memos/new'));
    await screen.findByRole('heading', { level: 1, name: 'Request a policy memo' });
    expectDraftOnScreen();
  });

  it('comes back in a new tab, where this tab’s copy is not', async () => {
    const first = await openForm('/m/riverton/memos/new', demo.ana);
    await typeDraft(first.user);
    await screen.findByText(SAVED, {}, AUTOSAVE);
    first.unmount();
    sessionStorage.clear(); // a new tab (or another computer) starts with no copy of its own

    await openForm('/m/riverton/memos/new');
    expectDraftOnScreen();
  });

  it('saves what was typed last when the person leaves the page before the pause', async () => {
    const first = await openForm('/m/riverton/memos/new', demo.ana);
    await typeDraft(first.user);
    await first.user.click(screen.getByRole('link', { name: 'All policy memos' }));
    await screen.findByRole('heading', { level: 1, name: 'Policy memos' });
    await waitFor(() => expect(draftOf('ana-ortiz', 'riverton')?.question).toBe(QUESTION));
  });

  it('is discarded on request, here and in the account', async () => {
    const { user } = await openForm('/m/riverton/memos/new', demo.ana);
    await typeDraft(user);
    await screen.findByText(SAVED, {}, AUTOSAVE);
    await user.click(screen.getByRole('button', { name: 'Discard draft' }));
    const dialog = await screen.findByRole('dialog', { name: 'Discard this draft?' });
    await user.click(within(dialog).getByRole('button', { name: 'Discard draft' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(screen.getByLabelText('Title')).toHaveValue('');
    expect(screen.getByLabelText('Your question')).toHaveValue('');
    expect(draftOf('ana-ortiz', 'riverton')).toBeUndefined();
  });

  it('is gone from the account once the memo is sent', async () => {
    const { user } = await openForm('/m/riverton/memos/new', demo.ana);
    await typeDraft(user);
    await screen.findByText(SAVED, {}, AUTOSAVE);
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    await screen.findByRole('heading', { level: 1, name: TITLE });
    expect(draftOf('ana-ortiz', 'riverton')).toBeUndefined();
  });
});

describe('who can send is told before typing', () => {
  it('at 0 memos left: Send is closed with the reason, and the draft waits in the account for the reset', async () => {
    const { user } = await openForm('/m/lakeport/memos/new', demo.marcus);
    expect(screen.getByText('No memos left this year')).toBeInTheDocument();
    expect(screen.getByText(/saved to your account.*July 1, 2027/)).toBeInTheDocument();
    const send = screen.getByRole('button', { name: 'Send request' });
    expect(send).toHaveAttribute('aria-disabled', 'true');
    expect(send).toHaveAccessibleDescription(expect.stringContaining('You have used all 3 memos'));

    await user.type(screen.getByLabelText('Title'), 'Transit-oriented zoning');
    await screen.findByText(SAVED, {}, AUTOSAVE);
    expect(draftOf('marcus-bell', 'lakeport')?.title).toBe('Transit-oriented zoning');
    await user.click(send);
    expect(getDb().memoRequests.filter((m) => m.title === 'Transit-oriented zoning')).toHaveLength(0);
  });

  it('a delegate without the memos scope sees why, and no form to fill in', async () => {
    await renderApp('/m/cedar-falls/memos/new', { signedInAs: demo.jordan });
    await screen.findByRole('heading', { level: 1, name: 'Request a policy memo' });
    expect(screen.getByText('Mayor Dana Whitfield has not given you access to policy memos.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Title')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send request' })).not.toBeInTheDocument();
  });

  it("MIP staff previewing see the mayor's draft, read-only, with the reason first", async () => {
    await apiRequest('signIn', { body: { email: demo.ana, password: 'demo' } });
    await apiRequest('saveMemoDraft', {
      params: { memberId: 'riverton' },
      body: { title: TITLE, policyAreaId: 'housing', question: QUESTION },
    });
    await apiRequest('signIn', { body: { email: demo.morgan, password: 'demo' } });
    await apiRequest('startPreview', { body: { memberId: 'riverton', reason: 'Checking the memo form' } });
    await openForm('/m/riverton/memos/new');
    const reason = screen.getAllByText(/A preview is read-only/)[0] as HTMLElement;
    expectDraftOnScreen();
    expect(screen.getByLabelText('Title')).toBeDisabled();
    // The reason comes before the first field in reading order.
    expect(reason.compareDocumentPosition(screen.getByLabelText('Title')) & Node.DOCUMENT_POSITION_FOLLOWING).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
  });
});
