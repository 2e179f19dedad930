import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demo, renderApp } from '../setup/render-app';

describe('a delegate (Jordan Lee)', () => {
  it('chooses which mayor to act for, sees "Acting for" on every page, and can switch', async () => {
    const { user, router } = await renderApp('/', { signedInAs: demo.jordan });
    await screen.findByRole('heading', { level: 1, name: 'Choose a mayor to act for' });

    const ana = screen.getByRole('link', { name: /Mayor Ana Ortiz/ });
    expect(ana).toHaveTextContent('Riverton, WI');
    expect(ana).toHaveTextContent('meetings, policy memos and dues');
    expect(screen.getByRole('link', { name: /Mayor Dana Whitfield/ })).toHaveTextContent(/You can act on: meetings ·/);

    await user.click(ana);
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    expect(router.state.location.pathname).toBe('/m/riverton');
    expect(screen.getByText('Acting for Mayor Ana Ortiz')).toBeInTheDocument();
    // With the dues scope, the dues widget shows the invoice.
    expect(await within(screen.getByRole('region', { name: 'Dues' })).findByText('Open')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Switch mayor' }));
    await screen.findByRole('heading', { level: 1, name: 'Choose a mayor to act for' });
    await user.click(screen.getByRole('link', { name: /Mayor Dana Whitfield/ }));
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    expect(screen.getByText('Acting for Mayor Dana Whitfield')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/m/cedar-falls');
  });

  it('sees in the dues widget why it is closed to them, with no retry, while the rest of the page works', async () => {
    await renderApp('/m/cedar-falls', { signedInAs: demo.jordan });
    const dues = await screen.findByRole('region', { name: 'Dues' });
    expect(await within(dues).findByText('Not available to you')).toBeInTheDocument();
    expect(
      within(dues).getByText(/does not have permission to manage dues for Mayor Dana Whitfield/),
    ).toBeInTheDocument();
    expect(within(dues).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();

    const memos = screen.getByRole('region', { name: 'Policy memos' });
    expect(await within(memos).findByText(/of 3 used/)).toBeInTheDocument();
  });

  it("doesn't see the private Women Mayors' Network membership of the mayor", async () => {
    await renderApp('/m/cedar-falls', { signedInAs: demo.jordan });
    const tracks = await screen.findByRole('region', { name: 'Tracks joined' });
    expect(await within(tracks).findByText(/private to the mayor/)).toBeInTheDocument();
    expect(within(tracks).queryByText("Women Mayors' Network")).not.toBeInTheDocument();
  });
});
