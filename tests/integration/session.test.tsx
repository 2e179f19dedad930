import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished } from 'vitest';
import { clock } from '@mocks/clock';
import { getDb } from '@mocks/db/db';
import { apiRequest } from '@/api/client';
import { demo, renderApp } from '../setup/render-app';

/** Lets the session go idle past its 30-minute limit on the mock API's clock. */
function expireSession() {
  clock.advance(31 * 60_000);
  onTestFinished(() => clock.set(null));
}

describe('when the session expires mid-way', () => {
  it('asks to sign in again over the page, then carries on with what was typed still there', async () => {
    const { user, queryClient } = await renderApp('/staff/members', { signedInAs: demo.morgan });
    const filter = await screen.findByLabelText('Filter by city or mayor');
    await user.type(filter, 'Lakeport');
    expect(await screen.findByText('Showing 1 of', { exact: false })).toBeInTheDocument();

    expireSession();
    // A background refresh (as on returning to the tab) hits the expired session.
    // (Not inside act(): the refetch waits on the dialog, which the findBy below waits for.)
    void queryClient.invalidateQueries({ queryKey: ['staff-members'] });

    const dialog = await screen.findByRole('dialog', { name: 'Sign in again to continue' });
    expect(within(dialog).getByLabelText('E-mail address')).toHaveValue(demo.morgan);
    await user.type(within(dialog).getByLabelText('Password'), 'demo');
    await user.click(within(dialog).getByRole('button', { name: 'Sign in' }));

    await waitForDialogToClose();
    expect(screen.getByLabelText('Filter by city or mayor')).toHaveValue('Lakeport');
    expect(screen.getByText('Lakeport, IL')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('replays an interrupted submit once after signing in again', async () => {
    const { user, router } = await renderApp('/staff/members', { signedInAs: demo.morgan });
    await user.click(await screen.findByRole('button', { name: 'Preview as member: Riverton' }));
    const previewDialog = await screen.findByRole('dialog', { name: "Preview Riverton's hub" });
    await user.type(within(previewDialog).getByLabelText('Reason for this preview'), 'Checking the dues widget');
    const previewsBefore = getDb().previews.length;

    expireSession();
    await user.click(within(previewDialog).getByRole('button', { name: 'Start preview' }));

    const dialog = await screen.findByRole('dialog', { name: 'Sign in again to continue' });
    await user.type(within(dialog).getByLabelText('Password'), 'demo');
    await user.click(within(dialog).getByRole('button', { name: 'Sign in' }));

    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    expect(router.state.location.pathname).toBe('/m/riverton');
    expect(screen.getByRole('region', { name: 'Preview' })).toHaveTextContent('Viewing as Mayor Ana Ortiz');
    expect(getDb().previews.length).toBe(previewsBefore + 1);
  });

  it('ends the session with "Sign out instead"', async () => {
    const { user, router, queryClient } = await renderApp('/staff/members', { signedInAs: demo.morgan });
    await screen.findByRole('heading', { level: 1, name: 'Member cities' });
    expireSession();
    // (Not inside act(): the refetch waits on the dialog, which the findBy below waits for.)
    void queryClient.invalidateQueries({ queryKey: ['staff-members'] });

    const dialog = await screen.findByRole('dialog', { name: 'Sign in again to continue' });
    await user.click(within(dialog).getByRole('button', { name: 'Sign out instead' }));
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(queryClient.getQueryData(['session'])).toBeUndefined();
  });
});

describe('signing out', () => {
  it('ends the session on the server, empties the cache and goes to the sign-in page', async () => {
    const { user, router, queryClient } = await renderApp('/m/riverton', { signedInAs: demo.ana });
    await within(await screen.findByRole('region', { name: 'Policy memos' })).findByText('1 of 3 used');

    expect(screen.getByText('Signed in as')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sign out' }));

    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(router.state.location.pathname).toBe('/sign-in');
    const cached = queryClient
      .getQueryCache()
      .getAll()
      .map((query) => query.queryKey[0]);
    expect(cached.filter((key) => key !== 'demo-accounts')).toEqual([]);
    await expect(apiRequest('getSession')).rejects.toMatchObject({ status: 401 });
  });

  it("sends a page still on its way to the plain sign-in page, never the next person to this one's page", async () => {
    const { user, router } = await renderApp('/m/riverton', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });

    // As a form does that navigates once its refetch is done, after the person signed out.
    await act(() => router.navigate('/m/riverton/meetings'));
    await waitFor(() => expect(router.state.navigation.state).toBe('idle'));
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.search).toBe('');
  });
});

async function waitForDialogToClose() {
  await screen.findByRole('heading', { level: 1 });
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
}
