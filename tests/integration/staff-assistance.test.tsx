import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiRequest } from '@/api/client';
import { demo, renderApp } from '../setup/render-app';

/** Seeded: Cedar Falls ($750 a year, nothing paid, overdue) asked for help two weeks ago. */
const CEDAR_FALLS = 'assist-cedar-falls-2026';
const HEADING = 'Help with 2026–27 dues';
const REASON = 'MIP wants Cedar Falls to stay a member through the plant closure.';

describe('financial assistance, decided by MIP finance staff (Theo Grant)', () => {
  it('approves a reduced amount; the mayor’s dues page shows the new amount and MIP’s words', async () => {
    const { user, unmount } = await renderApp('/staff?kind=assistance_request&city=cedar-falls', {
      signedInAs: demo.theo,
    });
    await user.click(await screen.findByRole('link', { name: HEADING }));
    expect(await screen.findByRole('heading', { level: 1, name: HEADING })).toBeInTheDocument();
    expect(screen.getByText(/Our largest employer closed the plant/)).toBeInTheDocument();
    const money = screen.getByRole('region', { name: 'The city’s dues' });
    expect(within(money).getByText('Amount', { selector: 'dt' }).nextElementSibling).toHaveTextContent('$750.00');
    expect(screen.getByText('The city can pay').nextElementSibling).toHaveTextContent('$250.00');

    const actions = screen.getByRole('region', { name: 'Decide the request' });
    expect(within(actions).getByRole('radio', { name: 'A reduced amount' })).toBeChecked();
    expect(within(actions).queryByLabelText('Monthly payments')).not.toBeInTheDocument();
    await user.type(within(actions).getByLabelText('The year’s new fee, in dollars'), '900');
    await user.type(within(actions).getByLabelText('Message to the member'), REASON);
    const preview = within(actions).getByRole('region', { name: 'The invoice after approval' });
    expect(preview).toHaveTextContent("Enter less than the year's fee of $750.00");
    await user.click(within(actions).getByRole('button', { name: 'Approve' }));
    expect(await within(actions).findAllByText("Enter less than the year's fee of $750.00")).not.toHaveLength(0);

    await user.clear(within(actions).getByLabelText('The year’s new fee, in dollars'));
    await user.type(within(actions).getByLabelText('The year’s new fee, in dollars'), '250');
    expect(preview).toHaveTextContent('$250.00 for 2026–27, was $750.00');
    await user.click(within(actions).getByRole('button', { name: 'Approve' }));
    const decision = await screen.findByRole('region', { name: 'MIP’s decision' });
    expect(decision).toHaveTextContent('MIP reduced the 2026–27 dues from $750.00 to $250.00.');
    expect(screen.queryByRole('region', { name: 'Decide the request' })).not.toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: "MIP's record" })).getByText('Approved a reduced amount'),
    ).toBeInTheDocument();
    unmount();

    // Dana's side: the invoice's new amount, and MIP's note with the decision.
    await renderApp('/m/cedar-falls/dues', { signedInAs: demo.dana });
    const invoice = await screen.findByRole('region', { name: '2026–27 invoice' });
    expect(within(invoice).getByText('Amount', { selector: 'dt' }).nextElementSibling).toHaveTextContent('$250.00');
    const assistance = screen.getByRole('region', { name: 'Financial assistance' });
    expect(within(assistance).getByText('Approved')).toBeInTheDocument();
    expect(
      within(assistance).getByText(/MIP reduced the 2026–27 dues from \$750\.00 to \$250\.00\./),
    ).toHaveTextContent(REASON);
  });

  it('declines with a reason the mayor reads; a reason too short is refused in words', async () => {
    const { user } = await renderApp(`/staff/assistance-requests/${CEDAR_FALLS}`, { signedInAs: demo.theo });
    await screen.findByRole('heading', { level: 1, name: HEADING });
    await user.type(screen.getByLabelText('Why MIP declines it'), 'No.');
    await user.click(screen.getByRole('button', { name: 'Decline the request' }));
    expect(await screen.findByText('Tell the member why, in at least 10 characters')).toBeInTheDocument();
    await user.type(
      screen.getByLabelText('Why MIP declines it'),
      ' The fund for this year is spent; ask again in July.',
    );
    await user.click(screen.getByRole('button', { name: 'Decline the request' }));
    const decision = await screen.findByRole('region', { name: 'MIP’s decision' });
    expect(decision).toHaveTextContent('Declined by Theo Grant');
    expect(decision).toHaveTextContent('The fund for this year is spent; ask again in July.');

    await apiRequest('signIn', { body: { email: demo.dana, password: 'demo' } });
    const dues = await apiRequest('getDues', { params: { memberId: 'cedar-falls' } });
    expect(dues.assistanceRequest?.status).toBe('declined');
    expect(dues.currentInvoice?.amountCents).toBe(75_000);
  });

  it('says so, and shows the request as it now stands, when a colleague decided it first', async () => {
    const { user } = await renderApp(`/staff/assistance-requests/${CEDAR_FALLS}`, { signedInAs: demo.theo });
    await screen.findByRole('heading', { level: 1, name: HEADING });
    // Meanwhile, in another tab, the fee is waived.
    await apiRequest('approveAssistanceRequest', {
      params: { assistanceRequestId: CEDAR_FALLS },
      body: { kind: 'waiver', reason: 'Waived for the year after the plant closure.' },
    });
    await user.click(screen.getByRole('radio', { name: 'A longer schedule' }));
    await user.type(screen.getByLabelText('Monthly payments'), '6');
    await user.type(screen.getByLabelText('First payment due'), '2026-12-31');
    await user.type(screen.getByLabelText('Message to the member'), 'Six monthly payments from December.');
    expect(screen.getByRole('region', { name: 'The invoice after approval' })).toHaveTextContent(
      'Payment 6: $125.00 due May 31, 2027',
    );
    await user.click(screen.getByRole('button', { name: 'Approve' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your decision was not sent');
    expect(alert).toHaveTextContent('Someone at MIP decided this request since you opened it.');
    const decision = await screen.findByRole('region', { name: 'MIP’s decision' });
    expect(decision).toHaveTextContent('MIP waived the 2026–27 dues of $750.00.');
    expect(screen.queryByRole('region', { name: 'Decide the request' })).not.toBeInTheDocument();
  });
});
