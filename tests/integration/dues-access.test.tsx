import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { getDb } from '@mocks/db/db';
import { apiRequest } from '@/api/client';
import { browserNavigation } from '@/lib/go-to-url';
import { demo, renderApp } from '../setup/render-app';

describe('dues for a delegate (Jordan Lee)', () => {
  it('acting for Ana, with the dues scope, pays by card and asks for an invoice on her behalf', async () => {
    const goTo = vi.spyOn(browserNavigation, 'goToUrl').mockImplementation(() => undefined);
    const { user } = await renderApp('/m/riverton/dues', { signedInAs: demo.jordan });
    const pay = await screen.findByRole('button', { name: 'Pay $2,000.00 by card' });
    expect(pay).not.toHaveAttribute('aria-disabled');
    await user.click(pay);
    await waitFor(() => expect(goTo).toHaveBeenCalledOnce());
    expect(getDb().checkoutSessions.at(-1)).toMatchObject({ actorId: 'jordan-lee', subjectId: 'ana-ortiz' });

    await user.click(screen.getByRole('link', { name: 'Request an invoice instead' }));
    await screen.findByRole('heading', { level: 1, name: 'Request an invoice' });
    await user.type(screen.getByLabelText("Billing contact's name"), 'Pat Lindqvist');
    await user.type(screen.getByLabelText("Billing contact's e-mail"), 'ap@riverton.example');
    await user.type(screen.getByLabelText('Address line 1'), '200 Main Street');
    await user.type(screen.getByLabelText('City'), 'Riverton');
    await user.selectOptions(screen.getByLabelText('State'), 'Wisconsin');
    await user.type(screen.getByLabelText('ZIP code'), '53703-1234');
    await user.click(screen.getByRole('button', { name: 'Request the invoice' }));
    await screen.findByRole('heading', { level: 1, name: /^Invoice / });
    await user.click(screen.getByRole('link', { name: 'Back to dues' }));
    const billing = await screen.findByRole('region', { name: 'Billing details' });
    expect(billing).toHaveTextContent('Requested by Jordan Lee for Mayor Ana Ortiz');
  });

  it('acting for Dana, without the dues scope, is told plainly and sees none of the dues', async () => {
    await renderApp('/m/cedar-falls/dues', { signedInAs: demo.jordan });
    await screen.findByRole('heading', { level: 1, name: 'Dues' });
    expect(screen.getByText("You don't have access to dues for Mayor Dana Whitfield")).toBeInTheDocument();
    expect(screen.getByText(/ask Mayor Dana Whitfield to add dues to your access/)).toBeInTheDocument();
    // The hub around the page stays; nothing confidential shows.
    expect(screen.getByRole('navigation', { name: 'Member hub' })).toBeInTheDocument();
    expect(screen.queryByText(/\$750/)).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Financial assistance' })).not.toBeInTheDocument();
    expect(screen.queryByText('Under review')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('acting for Dana, is refused the confidential assistance page and invoices too', async () => {
    const invoice = getDb().invoices.find((i) => i.memberId === 'cedar-falls');
    const assistance = await renderApp('/m/cedar-falls/dues/assistance', { signedInAs: demo.jordan });
    expect(
      await within(assistance.container).findByText("You don't have access to dues for Mayor Dana Whitfield"),
    ).toBeInTheDocument();
    expect(within(assistance.container).queryByText(/plant/)).not.toBeInTheDocument();
    assistance.unmount();

    await renderApp(`/m/cedar-falls/dues/invoices/${invoice?.id ?? ''}`);
    expect(await screen.findByText("You don't have access to dues for Mayor Dana Whitfield")).toBeInTheDocument();
  });
});

describe('dues in an MIP staff preview (Morgan Hale)', () => {
  it('shows the dues read-only: every changing control inert with the reason, and nothing sent', async () => {
    const goTo = vi.spyOn(browserNavigation, 'goToUrl').mockImplementation(() => undefined);
    await apiRequest('signIn', { body: { email: demo.morgan, password: 'demo' } });
    await apiRequest('startPreview', { body: { memberId: 'riverton', reason: 'The mayor asked about her invoice' } });
    const sessionsBefore = getDb().checkoutSessions.length;
    const { user } = await renderApp('/m/riverton/dues');
    await screen.findByRole('heading', { level: 1, name: 'Dues' });

    const controls = [
      screen.getByRole('button', { name: 'Pay $2,000.00 by card' }),
      screen.getByRole('button', { name: 'Request an invoice instead' }),
      screen.getByRole('button', { name: 'Change payment schedule' }),
      screen.getByRole('button', { name: 'Ask for financial assistance' }),
    ];
    for (const control of controls) {
      expect(control).toHaveAttribute('aria-disabled', 'true');
      expect(control).toHaveAccessibleDescription(expect.stringContaining('A preview is read-only'));
    }
    await user.click(controls[0] as HTMLElement);
    expect(goTo).not.toHaveBeenCalled();
    expect(getDb().checkoutSessions).toHaveLength(sessionsBefore);

    // The printable invoice is there to read.
    await user.click(screen.getByRole('link', { name: /See the printable invoice/ }));
    expect(await screen.findByRole('heading', { level: 1, name: /^Invoice MIP-/ })).toBeInTheDocument();
  });

  it('shows the schedule page read-only', async () => {
    await apiRequest('signIn', { body: { email: demo.morgan, password: 'demo' } });
    await apiRequest('startPreview', { body: { memberId: 'riverton', reason: 'The mayor asked about her schedule' } });
    const { user } = await renderApp('/m/riverton/dues/plan');
    await user.click(await screen.findByRole('radio', { name: 'Four payments' }));
    const confirm = screen.getByRole('button', { name: 'Confirm four payments' });
    expect(confirm).toHaveAttribute('aria-disabled', 'true');
    await user.click(confirm);
    expect(getDb().paymentPlans.find((p) => p.memberId === 'riverton')?.instalments).toBe(2);
  });
});
