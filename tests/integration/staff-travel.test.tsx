import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiRequest } from '@/api/client';
import { demo, renderApp } from '../setup/render-app';

const HOUSING = 'housing-affordability-convening';
/** Lakeport's mayor's request in the seed: $780.00 for a flight and two nights, waiting for MIP. */
const MARCUS = `reg-${HOUSING}-lakeport-2`;
const MARCUS_HEADING = 'Marcus Bell to the Housing Affordability Convening';

/** Riverton RSVPs Ana to the convening with a request for travel support, as Jordan would. */
async function anaAsks(key: string): Promise<string> {
  await apiRequest('signIn', { body: { email: demo.jordan, password: 'demo' } });
  const created = await apiRequest('createRegistrations', {
    params: { memberId: 'riverton' },
    body: {
      meetingId: HOUSING,
      attendees: [
        {
          kind: 'mayor',
          name: 'Ana Ortiz',
          title: 'Mayor',
          email: demo.ana,
          travelSupport: { estimatedCostCents: 85_000, note: 'Flight from Riverton and two nights' },
        },
      ],
    },
    idempotencyKey: `staff-travel-${key}`,
  });
  const id = created.items[0]?.id;
  if (!id) throw new Error('No registration');
  return id;
}

describe('travel support, decided by MIP programs staff (Morgan Hale)', () => {
  it('is approved with an amount and a message from the inbox; Ana sees both on the meeting page', async () => {
    await anaAsks('approve');
    const first = await renderApp('/staff?kind=travel_support&sort=newest', { signedInAs: demo.morgan });
    await first.user.click(await screen.findByRole('link', { name: 'Ana Ortiz to Housing Affordability Convening' }));
    const heading = 'Ana Ortiz to the Housing Affordability Convening';
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    expect(screen.getByText('Requested by Jordan Lee for Mayor Ana Ortiz')).toBeInTheDocument();
    expect(
      screen.getByText(/\$850\.00 for Ana Ortiz's travel: Flight from Riverton and two nights/),
    ).toBeInTheDocument();
    expect(screen.getByText('Nobody at MIP has acted on it yet.')).toBeInTheDocument();

    const amount = screen.getByLabelText('Amount MIP covers, in dollars');
    expect(amount).toHaveValue('850');
    await first.user.clear(amount);
    await first.user.type(amount, '900');
    await first.user.click(screen.getByRole('button', { name: 'Approve the request' }));
    expect(await screen.findByText("Enter at most the member's estimate of $850.00")).toBeInTheDocument();
    await first.user.clear(amount);
    await first.user.type(amount, '600.50');
    await first.user.type(
      screen.getByLabelText('Message to the member (optional)'),
      'We cover the flight; the second night is on the city.',
    );
    await first.user.click(screen.getByRole('button', { name: 'Approve the request' }));

    const decision = await screen.findByRole('region', { name: "MIP's decision" });
    expect(decision).toHaveTextContent(/Approved by Morgan Hale on .*: MIP covers \$600\.50\./);
    expect(decision).toHaveTextContent('Message to the member: We cover the flight; the second night is on the city.');
    expect(screen.queryByRole('region', { name: 'Decide the request' })).not.toBeInTheDocument();
    const record = screen.getByRole('region', { name: "MIP's record" });
    expect(within(record).getByText('Approved $600.50')).toBeInTheDocument();
    first.unmount();

    await renderApp(`/m/riverton/meetings/${HOUSING}`, { signedInAs: demo.ana });
    expect(await screen.findByText('MIP covers $600.50')).toBeInTheDocument();
    expect(
      screen.getByText("MIP's message: We cover the flight; the second night is on the city."),
    ).toBeInTheDocument();
    expect(screen.getByText('Estimated $850.00: Flight from Riverton and two nights')).toBeInTheDocument();
  });

  it('is declined with a reason the member reads', async () => {
    const { user } = await renderApp(`/staff/travel-support/${MARCUS}`, { signedInAs: demo.morgan });
    await screen.findByRole('heading', { level: 1, name: MARCUS_HEADING });
    await user.type(screen.getByLabelText('Why MIP declines it'), 'Too short');
    await user.click(screen.getByRole('button', { name: 'Decline the request' }));
    expect(await screen.findByText('Tell the member why, in at least 10 characters')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Why MIP declines it'), ': our fund covers first-term mayors only.');
    await user.click(screen.getByRole('button', { name: 'Decline the request' }));
    const decision = await screen.findByRole('region', { name: "MIP's decision" });
    expect(decision).toHaveTextContent('Reason to the member: Too short: our fund covers first-term mayors only.');

    await apiRequest('signIn', { body: { email: demo.marcus, password: 'demo' } });
    const { items } = await apiRequest('listRegistrations', { params: { memberId: 'lakeport' } });
    expect(items.find((r) => r.id === MARCUS)?.travelSupport).toMatchObject({
      status: 'declined',
      approvedCents: null,
      decisionNote: 'Too short: our fund covers first-term mayors only.',
    });
  });

  it('says in words why a request can no longer be approved once the registration was cancelled', async () => {
    const id = await anaAsks('cancelled');
    const { user } = await renderApp(`/staff/travel-support/${id}`, { signedInAs: demo.morgan });
    await screen.findByRole('heading', { level: 1, name: 'Ana Ortiz to the Housing Affordability Convening' });
    // Meanwhile, Jordan cancels Ana's registration.
    await apiRequest('signIn', { body: { email: demo.jordan, password: 'demo' } });
    await apiRequest('cancelRegistration', { params: { registrationId: id } });
    await apiRequest('signIn', { body: { email: demo.morgan, password: 'demo' } });
    await user.click(screen.getByRole('button', { name: 'Approve the request' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("Ana Ortiz's registration was canceled, so the request can't be approved.");
  });

  it('says so, and shows the request as it now stands, when a colleague decided it first (412)', async () => {
    const { user } = await renderApp(`/staff/travel-support/${MARCUS}`, { signedInAs: demo.morgan });
    await screen.findByRole('heading', { level: 1, name: MARCUS_HEADING });
    // Meanwhile, in another tab, the request is approved in full.
    await apiRequest('approveTravelSupport', { params: { registrationId: MARCUS }, body: { amountCents: 78_000 } });
    await user.type(screen.getByLabelText('Why MIP declines it'), 'Our travel fund is spent for this year.');
    await user.click(screen.getByRole('button', { name: 'Decline the request' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone at MIP changed this request since you opened it');
    const decision = await screen.findByRole('region', { name: "MIP's decision" });
    expect(decision).toHaveTextContent(/Approved by Morgan Hale on .*: MIP covers \$780\.00\./);
  });

  it('is read-only while MIP staff preview a member', async () => {
    await apiRequest('signIn', { body: { email: demo.morgan, password: 'demo' } });
    await apiRequest('startPreview', { body: { memberId: 'lakeport', reason: 'Checking the travel support request' } });
    await renderApp(`/staff/travel-support/${MARCUS}`);
    await screen.findByRole('heading', { level: 1, name: MARCUS_HEADING });
    expect(screen.getByText('Read-only while you preview a member')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve the request' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Decline the request' })).not.toBeInTheDocument();
  });
});
