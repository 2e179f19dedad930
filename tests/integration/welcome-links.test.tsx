import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { clock } from '@mocks/clock';
import { getDb } from '@mocks/db/db';
import { welcomeTokenIn } from '@mocks/lib/outbox-words';
import { apiRequest } from '@/api/client';
import { demo, renderApp } from '../setup/render-app';

const PRIYA = {
  name: 'Priya Raman',
  email: 'priya.raman@mayorsinnovation.example',
  title: 'Programs Associate',
  areas: ['programs' as const],
};

afterEach(() => clock.set(null));

/** Elena invites Priya through the API; the token is read from the mailbox, as only Priya could. */
async function inviteAndReadToken(): Promise<string> {
  await apiRequest('signIn', { body: { email: demo.elena, password: 'demo' } });
  await apiRequest('inviteStaffAccount', { body: PRIYA, idempotencyKey: crypto.randomUUID() });
  await apiRequest('signOut');
  return newestToken();
}

function newestToken(): string {
  const emails = getDb().outbox.filter((email) => email.toEmail === PRIYA.email);
  const token = welcomeTokenIn(emails.at(-1)?.body ?? '');
  if (!token) throw new Error('No welcome link in the outbox');
  return token;
}

describe('the welcome link of an account MIP made', () => {
  it('shows whose account it is, asks for the password twice, and signs the person in', async () => {
    const token = await inviteAndReadToken();
    const { user, router } = await renderApp(`/set-up/${token}`);
    await screen.findByRole('heading', { level: 1, name: 'Set up your account' });
    expect(await screen.findByText(PRIYA.email)).toBeInTheDocument();
    expect(screen.getByText(/Welcome, Priya Raman/)).toBeInTheDocument();

    await user.type(screen.getByLabelText('Choose a password'), 'short');
    await user.click(screen.getByRole('button', { name: 'Set password and sign in' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByRole('link', { name: 'Choose a password of at least 10 characters' })).toBeVisible();
    expect(within(summary).getByRole('link', { name: 'Type the password again' })).toBeVisible();

    await user.clear(screen.getByLabelText('Choose a password'));
    await user.type(screen.getByLabelText('Choose a password'), 'river-bend-lantern');
    await user.type(screen.getByLabelText('Type it again'), 'river-bend-lanterns');
    await user.click(screen.getByRole('button', { name: 'Set password and sign in' }));
    expect(await screen.findAllByText("The two passwords don't match: type the same password twice")).not.toHaveLength(
      0,
    );

    await user.clear(screen.getByLabelText('Type it again'));
    await user.type(screen.getByLabelText('Type it again'), 'river-bend-lantern');
    await user.click(screen.getByRole('button', { name: 'Set password and sign in' }));
    await screen.findByRole('heading', { level: 1, name: 'Work inbox' });
    expect(router.state.location.pathname).toBe('/staff');
    expect(within(screen.getByRole('banner')).getByText('Priya Raman')).toBeInTheDocument();
    expect(getDb().people.find((p) => p.email === PRIYA.email)?.password).toBe('river-bend-lantern');
  });

  it('says when a link was used or has expired, and where to go instead', async () => {
    const token = await inviteAndReadToken();
    await apiRequest('acceptWelcomeLink', { params: { token }, body: { password: 'river-bend-lantern' } });
    await apiRequest('signOut');
    const used = await renderApp(`/set-up/${token}`);
    expect(await screen.findByText('This link no longer works')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to sign in' })).toHaveAttribute('href', '/sign-in');
    used.unmount();

    await apiRequest('signIn', { body: { email: demo.elena, password: 'demo' } });
    await apiRequest('inviteStaffAccount', {
      body: { ...PRIYA, name: 'Sam Ito', email: 'sam.ito@mayorsinnovation.example' },
      idempotencyKey: crypto.randomUUID(),
    });
    await apiRequest('signOut');
    const samToken = welcomeTokenIn(getDb().outbox.at(-1)?.body ?? '') ?? '';
    clock.set(new Date(Date.now() + 15 * 24 * 60 * 60 * 1000));
    await renderApp(`/set-up/${samToken}`);
    expect(await screen.findByText('This link has expired')).toBeInTheDocument();
    expect(screen.getByText(/links work for 14 days. Ask MIP to send you a new one/)).toBeInTheDocument();
  });

  it('lets an admin see who has not signed in yet and send the link again', async () => {
    const first = await inviteAndReadToken();
    const { user } = await renderApp('/staff/accounts', { signedInAs: demo.elena });
    const colleagues = await screen.findByRole('region', { name: 'Colleagues' });
    const priya = (await within(colleagues).findByText('Priya Raman')).closest('li') as HTMLElement;
    expect(within(priya).getByText(/Not signed in yet: welcome e-mail sent/)).toBeInTheDocument();

    await user.click(within(priya).getByRole('button', { name: 'Send Priya Raman the welcome link again' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send Priya Raman a new welcome link?' });
    await user.click(within(dialog).getByRole('button', { name: 'Send the new link' }));
    expect(await screen.findByText(`A new welcome link is on its way to ${PRIYA.email}`)).toBeInTheDocument();
    await waitFor(() => expect(newestToken()).not.toBe(first));
    expect(getDb().welcomeLinks.filter((link) => link.usedAt === null)).toHaveLength(1);
  });

  it("shows a new mayor's invitation on the city record, and finance sends the link again", async () => {
    await apiRequest('signIn', { body: { email: demo.theo, password: 'demo' } });
    const city = await apiRequest('getStaffCity', { params: { memberId: 'riverton' } });
    await apiRequest('recordNewMayor', {
      params: { memberId: 'riverton' },
      body: { name: 'Rosa Delgado', email: 'rosa.delgado@riverton.example', termStartedOn: '2026-11-02' },
      ifMatch: `"${String(city.version)}"`,
    });
    const { user } = await renderApp('/staff/members/riverton', { signedInAs: demo.theo });
    const mayor = await screen.findByRole('region', { name: 'Mayor' });
    expect(within(mayor).getByText(/Not signed in yet: welcome e-mail sent/)).toBeInTheDocument();
    await user.click(within(mayor).getByRole('button', { name: 'Send Mayor Rosa Delgado the welcome link again' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send Mayor Rosa Delgado a new welcome link?' });
    await user.click(within(dialog).getByRole('button', { name: 'Send the new link' }));
    expect(await screen.findByText("Sent Mayor Rosa Delgado's welcome link again")).toBeInTheDocument();
  });
});
