import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getDb } from '@mocks/db/db';
import { demo, renderApp } from '../setup/render-app';

describe("MIP's staff accounts, as an admin keeps them (Elena Park)", () => {
  it('opens from the staff navigation and lists every colleague with their areas', async () => {
    const { user } = await renderApp('/staff', { signedInAs: demo.elena });
    const nav = await screen.findByRole('navigation', { name: 'MIP staff' });
    await user.click(within(nav).getByRole('link', { name: 'Staff accounts' }));
    await screen.findByRole('heading', { level: 1, name: 'Staff accounts' });
    const colleagues = screen.getByRole('region', { name: 'Colleagues' });
    const items = within(colleagues).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('p')?.textContent)).toEqual([
      'Elena Park (you)',
      'Morgan Hale',
      'Nadia Brooks',
      'Theo Grant',
    ]);
    expect(within(items[1] as HTMLElement).getByText('Programs · Policy')).toBeInTheDocument();
  });

  it('invites a colleague, saying at the field what is missing and keeping what was typed', async () => {
    const { user } = await renderApp('/staff/accounts', { signedInAs: demo.elena });
    const form = await screen.findByRole('form', { name: 'Invite a colleague' });
    await user.type(within(form).getByLabelText('Name'), 'Priya Raman');
    await user.type(within(form).getByLabelText('E-mail address'), 'theo.grant@mayorsinnovation.example');
    await user.click(within(form).getByRole('button', { name: 'Invite colleague' }));
    expect(await within(form).findByText('Choose at least one area of work')).toBeInTheDocument();

    await user.click(within(form).getByRole('checkbox', { name: 'Programs' }));
    await user.click(within(form).getByRole('button', { name: 'Invite colleague' }));
    expect(await within(form).findByText(/belongs to another account in the Hub/)).toBeInTheDocument();
    expect(within(form).getByLabelText('Name')).toHaveValue('Priya Raman');

    await user.clear(within(form).getByLabelText('E-mail address'));
    await user.type(within(form).getByLabelText('E-mail address'), 'priya.raman@mayorsinnovation.example');
    await user.click(within(form).getByRole('button', { name: 'Invite colleague' }));
    expect(
      await screen.findByText(
        'Priya Raman now has a staff account: a welcome e-mail with a sign-in link is on its way to priya.raman@mayorsinnovation.example',
      ),
    ).toBeInTheDocument();
    const colleagues = screen.getByRole('region', { name: 'Colleagues' });
    expect(await within(colleagues).findByText('Priya Raman')).toBeInTheDocument();
    expect(getDb().people.find((p) => p.email === 'priya.raman@mayorsinnovation.example')?.staffAreas).toEqual([
      'programs',
    ]);
  });

  it("changes a colleague's areas in a dialog, and says why the last admin keeps theirs", async () => {
    const { user } = await renderApp('/staff/accounts', { signedInAs: demo.elena });
    await screen.findByRole('heading', { level: 1, name: 'Staff accounts' });
    await user.click(screen.getByRole('button', { name: 'Change areas for Elena Park' }));
    const mine = await screen.findByRole('dialog', { name: "Elena Park's areas of work" });
    await user.click(within(mine).getByRole('checkbox', { name: 'Admin' }));
    await user.click(within(mine).getByRole('checkbox', { name: 'Programs' }));
    await user.click(within(mine).getByRole('button', { name: 'Save areas' }));
    expect(await within(mine).findByText(/Elena Park is the Hub's last admin/)).toBeInTheDocument();
    await user.click(within(mine).getByRole('button', { name: 'Keep them as they are' }));

    await user.click(screen.getByRole('button', { name: 'Change areas for Theo Grant' }));
    const theos = await screen.findByRole('dialog', { name: "Theo Grant's areas of work" });
    await user.click(within(theos).getByRole('checkbox', { name: 'Admin' }));
    await user.click(within(theos).getByRole('button', { name: 'Save areas' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('Finance · Admin')).toBeInTheDocument();
  });

  it('deactivates a colleague after asking, and shows them as deactivated', async () => {
    const { user } = await renderApp('/staff/accounts', { signedInAs: demo.elena });
    await screen.findByRole('heading', { level: 1, name: 'Staff accounts' });
    expect(screen.queryByRole('button', { name: /Deactivate Elena Park/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: "Deactivate Morgan Hale's account" }));
    const dialog = await screen.findByRole('dialog', { name: "Deactivate Morgan Hale's account?" });
    await user.click(within(dialog).getByRole('button', { name: 'Deactivate account' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const items = within(screen.getByRole('region', { name: 'Colleagues' })).getAllByRole('listitem');
    expect(within(items.at(-1) as HTMLElement).getByText('Morgan Hale')).toBeInTheDocument();
    expect(within(items.at(-1) as HTMLElement).getByText(/^Deactivated/)).toBeInTheDocument();
  });
});

describe('staff accounts are for admins', () => {
  it('is not in the navigation of staff in other areas', async () => {
    await renderApp('/staff', { signedInAs: demo.theo });
    const nav = await screen.findByRole('navigation', { name: 'MIP staff' });
    expect(within(nav).queryByRole('link', { name: 'Staff accounts' })).not.toBeInTheDocument();
  });
});
