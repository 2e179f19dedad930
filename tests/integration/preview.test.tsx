import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiRequest } from '@/api/client';
import { isPreviewing } from '@/api/session-hooks';
import { demo, renderApp } from '../setup/render-app';

describe('MIP staff previewing a member (Morgan Hale)', () => {
  it('lists the member cities with their status, and filters them by name or city', async () => {
    const { user } = await renderApp('/staff/members', { signedInAs: demo.morgan });
    await screen.findByRole('heading', { level: 1, name: 'Member cities' });
    const list = within(screen.getByRole('main')).getByRole('list');
    const riverton = within(list).getByText('Riverton, WI').closest('li') as HTMLElement;
    expect(riverton).toHaveTextContent('Member');
    expect(within(list).getByText('Cedar Falls, IA').closest('li')).toHaveTextContent('In grace');
    expect(within(list).getByText('Millbrook, NY').closest('li')).toHaveTextContent('Prospective');

    await user.type(screen.getByLabelText('Filter by city or mayor'), 'whitfield');
    expect(await screen.findByText('Showing 1 of', { exact: false })).toBeInTheDocument();
    expect(within(within(screen.getByRole('main')).getByRole('list')).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByText('Cedar Falls, IA')).toBeInTheDocument();
  });

  it('needs a reason, then shows the member hub read-only under a banner, until Exit', async () => {
    const { user, router, queryClient } = await renderApp('/staff/members', { signedInAs: demo.morgan });
    await user.click(await screen.findByRole('button', { name: 'Preview as member: Riverton' }));

    const dialog = await screen.findByRole('dialog', { name: "Preview Riverton's hub" });
    await user.type(within(dialog).getByLabelText('Reason for this preview'), 'dues');
    await user.click(within(dialog).getByRole('button', { name: 'Start preview' }));
    const reason = within(dialog).getByLabelText('Reason for this preview');
    expect(reason).toHaveAccessibleDescription(expect.stringContaining('Give a reason of at least 10 characters'));
    await waitFor(() => expect(reason).toHaveFocus());
    expect(reason).toHaveValue('dues');

    await user.type(reason, ': the mayor asked about her invoice');
    await user.click(within(dialog).getByRole('button', { name: 'Start preview' }));

    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    expect(router.state.location.pathname).toBe('/m/riverton');
    const banner = screen.getByRole('region', { name: 'Preview' });
    expect(banner).toHaveTextContent('Viewing as Mayor Ana Ortiz · Riverton · read-only');
    expect(within(banner).queryByRole('button', { name: /close|dismiss/i })).not.toBeInTheDocument();
    expect(isPreviewing(queryClient)).toBe(true);
    // The app connected its hooks to the fetch client: a change is refused before it is sent.
    await expect(
      apiRequest('joinTrack', { params: { personId: 'ana-ortiz', trackId: 'womens-network' } }),
    ).rejects.toMatchObject({ code: 'preview_read_only' });
    expect(
      await within(screen.getByRole('region', { name: 'Policy memos' })).findByText('1 of 3 used'),
    ).toBeInTheDocument();

    // Going home while previewing stays in the previewed hub.
    await act(() => router.navigate('/'));
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    expect(router.state.location.pathname).toBe('/m/riverton');

    await user.click(within(banner).getByRole('button', { name: 'Exit preview' }));
    await screen.findByRole('heading', { level: 1, name: 'Member cities' });
    expect(screen.queryByRole('region', { name: 'Preview' })).not.toBeInTheDocument();
    expect(isPreviewing(queryClient)).toBe(false);
    // Nothing read during the preview stays in the cache.
    expect(queryClient.getQueryData(['overview', 'riverton'])).toBeUndefined();
    expect(queryClient.getQueryData(['memos', 'allowance', 'riverton'])).toBeUndefined();
  });

  it('disables every changing control with the reason while previewing, and never sends the change', async () => {
    const { user, router } = await renderApp('/staff/members', { signedInAs: demo.morgan });
    await user.click(await screen.findByRole('button', { name: 'Preview as member: Lakeport' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Reason for this preview'), 'Checking the meetings widget');
    await user.click(within(dialog).getByRole('button', { name: 'Start preview' }));
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });

    // Back on the member list, starting another preview is a change: shown, but inert, with why.
    await act(() => router.navigate('/staff/members'));
    const button = await screen.findByRole('button', { name: 'Preview as member: Riverton' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription(
      expect.stringContaining("You are previewing Lakeport's hub as MIP staff"),
    );
    await user.click(button);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
