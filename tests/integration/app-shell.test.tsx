import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getDb } from '@mocks/db/db';
import { demo, renderApp } from '../setup/render-app';

describe('the app shell', () => {
  it("moves focus to the new page's h1 after a client-side navigation, not on first load", async () => {
    const { user } = await renderApp('/act-as', { signedInAs: demo.jordan });
    const firstHeading = await screen.findByRole('heading', { level: 1, name: 'Choose a mayor to act for' });
    expect(firstHeading).not.toHaveFocus();

    await user.click(screen.getByRole('link', { name: /Mayor Ana Ortiz/ }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    // Focus moves in an effect after the new page commits.
    await waitFor(() => expect(heading).toHaveFocus());
    expect(document.title).toBe('Dashboard · Riverton · MIP Member Hub');
  });

  it('offers a skip link to the main content and marks the current section', async () => {
    await renderApp('/m/riverton', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main-content');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main-content');
    const nav = screen.getByRole('navigation', { name: 'Member hub' });
    expect(within(nav).getByRole('link', { name: 'Dashboard' })).toHaveAttribute('aria-current', 'page');
    // Only built areas are linked.
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Dashboard',
      'Meetings',
      'Policy memos',
      'Library',
      'Tracks',
      'Directory',
      'Dues',
      'Settings',
      'Delegates',
    ]);
  });

  it("on a phone, opens every section from one Menu button that names the current one, and keeps the person's name", async () => {
    const { user, router } = await renderApp('/m/riverton/library', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: 'Library' });
    // Who is signed in is shown, not only told to screen readers (the phone's header keeps it).
    expect(within(screen.getByRole('banner')).getByText('Ana Ortiz')).not.toHaveClass('sr-only');
    expect(within(screen.getByRole('banner')).getByRole('button', { name: 'Sign out' })).toBeInTheDocument();

    const nav = screen.getByRole('navigation', { name: 'Member hub' });
    const menu = within(nav).getByRole('button', { name: /^Menu.*Library$/ });
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    await user.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    const list = document.getElementById(menu.getAttribute('aria-controls') ?? '') as HTMLElement;
    expect(within(list).getAllByRole('link')).toHaveLength(9);
    expect(within(list).getByRole('link', { name: 'Library' })).toHaveAttribute('aria-current', 'page');

    // Escape closes it and gives focus back to the button.
    await user.keyboard('{Escape}');
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(menu).toHaveFocus();

    // Choosing a section goes there and closes the list.
    await user.click(menu);
    await user.click(within(list).getByRole('link', { name: 'Dues' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/m/riverton/dues'));
    await waitFor(() => expect(menu).toHaveAccessibleName(/^Menu.*Dues$/));
    expect(menu).toHaveAttribute('aria-expanded', 'false');
  });

  it('resets the demo data after confirmation, signing the person out', async () => {
    const { user, router, queryClient } = await renderApp('/staff/members', { signedInAs: demo.morgan });
    const seededPreviews = getDb().previews.length;
    await user.click(await screen.findByRole('button', { name: 'Preview as member: Riverton' }));
    const previewDialog = await screen.findByRole('dialog');
    await user.type(within(previewDialog).getByLabelText('Reason for this preview'), 'Checking before the reset');
    await user.click(within(previewDialog).getByRole('button', { name: 'Start preview' }));
    await screen.findByRole('region', { name: 'Preview' });
    expect(getDb().previews).toHaveLength(seededPreviews + 1);

    expect(screen.getByText('Demo data (embedded mock API)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reset demo data' }));
    const confirm = await screen.findByRole('dialog', { name: 'Reset the demo data?' });
    await user.click(within(confirm).getByRole('button', { name: 'Reset demo data' }));

    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(getDb().previews).toHaveLength(seededPreviews);
    expect(queryClient.getQueryData(['session'])).toBeUndefined();
  });
});
