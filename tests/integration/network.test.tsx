import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getDb } from '@mocks/db/db';
import { apiRequest } from '@/api/client';
import { demo, renderApp } from '../setup/render-app';

const WMN = "Women Mayors' Network";

describe('tracks', () => {
  it('lists the tracks with where the mayor stands', async () => {
    await renderApp('/m/riverton/tracks', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: 'Tracks' });
    const firstTerm = screen.getByRole('link', { name: 'First-Term Mayors' }).closest('li') as HTMLElement;
    expect(firstTerm).toHaveTextContent('Member');
    const network = screen.getByRole('link', { name: WMN }).closest('li') as HTMLElement;
    expect(network).toHaveTextContent("Private: the mayor's own choice");
  });

  it("Ana joins the Women Mayors' Network after reading what it means, and can leave it", async () => {
    const { user } = await renderApp('/m/riverton/tracks/womens-network', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: WMN });
    await user.click(screen.getByRole('button', { name: `Join the ${WMN}` }));
    const dialog = await screen.findByRole('dialog', { name: `Join the ${WMN}` });
    expect(dialog).toHaveTextContent(/private/i);
    await user.click(within(dialog).getByRole('button', { name: `Join the ${WMN}` }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(await screen.findByText(/You joined on/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: `Leave the ${WMN}` }));
    const leave = await screen.findByRole('dialog', { name: `Leave the ${WMN}?` });
    await user.click(within(leave).getByRole('button', { name: 'Leave' }));
    await waitFor(() => expect(leave).not.toBeInTheDocument());
    expect(await screen.findByRole('button', { name: `Join the ${WMN}` })).toBeInTheDocument();
  });

  it("a delegate is told the network is the mayor's own choice, and never learns whether she joined", async () => {
    await apiRequest('signIn', { body: { email: demo.ana, password: 'demo' } });
    await apiRequest('joinTrack', { params: { personId: 'ana-ortiz', trackId: 'womens-network' } });
    await renderApp('/m/riverton/tracks/womens-network', { signedInAs: demo.jordan });
    await screen.findByRole('heading', { level: 1, name: WMN });
    expect(screen.getByText(/Only Mayor Ana Ortiz can join or leave/)).toBeInTheDocument();
    expect(screen.queryByText('Member')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Join|Leave/ })).not.toBeInTheDocument();
    // The API refuses too.
    await expect(
      apiRequest('leaveTrack', { params: { personId: 'ana-ortiz', trackId: 'womens-network' } }),
    ).rejects.toMatchObject({ status: 403, code: 'self_only' });
  });

  it('says why a mayor is not eligible for the first-term track', async () => {
    await renderApp('/m/lakeport/tracks/first-term', { signedInAs: demo.marcus });
    await screen.findByRole('heading', { level: 1, name: 'First-Term Mayors' });
    expect(screen.getByText('Not eligible')).toBeInTheDocument();
    expect(screen.getByText(/more than four years ago/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Join/ })).not.toBeInTheDocument();
  });
});

describe('the directory', () => {
  it('finds listed people by name, never shows tracks, and shows Jordan that he is not listed', async () => {
    const { user, router } = await renderApp('/m/riverton/directory', { signedInAs: demo.jordan });
    await screen.findByRole('heading', { level: 1, name: 'Directory' });
    const entry = screen.getByRole('heading', { level: 2, name: 'Your entry' }).parentElement as HTMLElement;
    expect(await within(entry).findByText('Not listed')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Name, city or title'), 'Ortiz');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(router.state.location.search).toBe('?q=Ortiz'));
    const results = await screen.findByRole('region', { name: '1 person' });
    expect(within(results).getByText('Ana Ortiz')).toBeInTheDocument();
    expect(results).not.toHaveTextContent(/women|network/i);

    await user.clear(screen.getByLabelText('Name, city or title'));
    await user.type(screen.getByLabelText('Name, city or title'), 'Jordan Lee');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'No one found' })).toBeInTheDocument();
  });
});

describe('settings', () => {
  it('saves e-mail choices with a confirmation', async () => {
    const { user } = await renderApp('/m/riverton/settings', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: 'Your settings' });
    const newsletter = screen.getByRole('checkbox', { name: 'Monthly newsletter' });
    const before = (newsletter as HTMLInputElement).checked;
    await user.click(newsletter);
    await user.click(screen.getByRole('button', { name: 'Save e-mail choices' }));
    expect(await screen.findByText('Saved. Your e-mail choices are up to date.')).toBeInTheDocument();
    const saved = await apiRequest('getEmailPreferences', { params: { personId: 'ana-ortiz' } });
    expect(saved.newsletter).toBe(!before);
  });

  it('lets Jordan list himself in the directory', async () => {
    const { user } = await renderApp('/m/riverton/settings', { signedInAs: demo.jordan });
    await user.click(await screen.findByRole('checkbox', { name: 'List me in the directory' }));
    await user.click(screen.getByRole('button', { name: 'Save directory choice' }));
    expect(await screen.findByText('Saved. You are listed.')).toBeInTheDocument();
    expect(getDb().people.find((p) => p.id === 'jordan-lee')?.listedInDirectory).toBe(true);
  });

  it('is read-only in a preview', async () => {
    await apiRequest('signIn', { body: { email: demo.morgan, password: 'demo' } });
    await apiRequest('startPreview', { body: { memberId: 'riverton', reason: 'Checking the tracks page' } });
    await renderApp('/m/riverton/tracks/first-term');
    const leave = await screen.findByRole('button', { name: 'Leave First-Term Mayors' });
    expect(leave).toHaveAttribute('aria-disabled', 'true');
    expect(leave).toHaveAccessibleDescription(expect.stringContaining('A preview is read-only'));
  });

  it("shows MIP staff previewing the mayor's own settings, read-only", async () => {
    await apiRequest('signIn', { body: { email: demo.morgan, password: 'demo' } });
    await apiRequest('startPreview', { body: { memberId: 'riverton', reason: 'Checking her e-mail choices' } });
    const { user } = await renderApp('/m/riverton/settings');
    await screen.findByRole('heading', { level: 1, name: 'Your settings' });
    expect(screen.getByText('For Ana Ortiz. These choices are yours alone.')).toBeInTheDocument();
    const save = screen.getByRole('button', { name: 'Save e-mail choices' });
    expect(save).toHaveAttribute('aria-disabled', 'true');
    expect(save).toHaveAccessibleDescription(expect.stringContaining('A preview is read-only'));
    await user.click(screen.getByRole('link', { name: 'Directory' }));
    const entry = (await screen.findByRole('heading', { level: 2, name: 'Your entry' })).parentElement as HTMLElement;
    expect(await within(entry).findByText('Ana Ortiz')).toBeInTheDocument();
  });
});
