import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiRequest } from '@/api/client';
import { demo, renderApp } from '../setup/render-app';

const MILLBROOK = 'app-millbrook';
const HEADING = 'Millbrook, New York applies to join';

describe("Lee Chen's application for Millbrook, decided by MIP finance staff (Theo Grant)", () => {
  it('is approved from the inbox; Lee then signs in to a member hub with an invoice of $1,500.00', async () => {
    const staff = await renderApp('/staff?kind=application', { signedInAs: demo.theo });
    const { user } = staff;
    await user.click(await screen.findByRole('link', { name: 'Membership for Millbrook, NY' }));
    expect(await screen.findByRole('heading', { level: 1, name: HEADING })).toBeInTheDocument();
    expect(screen.getByText('Annual fee').nextElementSibling).toHaveTextContent('$1,500.00');
    expect(screen.getByText('Population').nextElementSibling).toHaveTextContent('45,000');
    expect(screen.getByText(/its first invoice of \$1,500\.00 is created/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Approve: make Millbrook a member' }));
    const decision = await screen.findByRole('region', { name: "MIP's decision" });
    expect(decision).toHaveTextContent(/Approved on .*: Millbrook is a member, invoiced \$1,500\.00/);
    expect(screen.queryByRole('region', { name: 'Decide the application' })).not.toBeInTheDocument();
    const record = screen.getByRole('region', { name: "MIP's record" });
    expect(within(record).getByText('Approved: the city is a member')).toBeInTheDocument();
    expect(within(record).getByText(/Theo Grant/)).toBeInTheDocument();
    staff.unmount();

    // Lee signs in: home is Millbrook's member hub now, not the welcome page.
    const lee = await renderApp('/', { signedInAs: demo.leeChen });
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    expect(lee.router.state.location.pathname).toBe('/m/millbrook');
    lee.unmount();

    await renderApp('/m/millbrook/dues', { signedInAs: demo.leeChen });
    await screen.findByRole('heading', { level: 1, name: /Dues/ });
    const invoice = await screen.findByRole('region', { name: /invoice$/ });
    expect(within(invoice).getByText('Amount', { selector: 'dt' }).nextElementSibling).toHaveTextContent('$1,500.00');
    expect(within(invoice).getByText('Still to pay').nextElementSibling).toHaveTextContent('$1,500.00');
  });

  it('asks Lee for more information; Lee answers on the welcome page and the application is back with MIP', async () => {
    const staff = await renderApp(`/staff/applications/${MILLBROOK}`, { signedInAs: demo.theo });
    const { user } = staff;
    await screen.findByRole('heading', { level: 1, name: HEADING });
    await user.type(screen.getByLabelText('Your question to the applicant'), 'Who?');
    await user.click(screen.getByRole('button', { name: 'Ask the applicant' }));
    expect(await screen.findByText(/at least 10 characters/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Your question to the applicant'), ' Signs: the council or the mayor?');
    await user.click(screen.getByRole('button', { name: 'Ask the applicant' }));
    expect(await screen.findByText('Waiting for the applicant’s answer')).toBeInTheDocument();
    expect(screen.getByText('Not answered yet.')).toBeInTheDocument();
    staff.unmount();

    const lee = await renderApp('/welcome', { signedInAs: demo.leeChen });
    await screen.findByRole('heading', { level: 1, name: 'Welcome, Mayor Chen' });
    expect(await screen.findByText('Who? Signs: the council or the mayor?')).toBeInTheDocument();
    await lee.user.type(screen.getByLabelText('Your answer'), 'The mayor signs after a council vote.');
    await lee.user.click(screen.getByRole('button', { name: 'Send your answer' }));
    expect(await screen.findByText(/Thank you for your answer/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send your answer' })).not.toBeInTheDocument();
    lee.unmount();

    await apiRequest('signIn', { body: { email: demo.theo, password: 'demo' } });
    const seen = await apiRequest('getStaffApplication', { params: { applicationId: MILLBROOK } });
    expect(seen.status).toBe('answered');
    expect(seen.questions[0]?.answer).toBe('The mayor signs after a council vote.');
  });

  it('declines with a reason that Lee reads on the welcome page', async () => {
    const staff = await renderApp(`/staff/applications/${MILLBROOK}`, { signedInAs: demo.theo });
    await screen.findByRole('heading', { level: 1, name: HEADING });
    await staff.user.type(
      screen.getByLabelText('Why MIP declines it'),
      'MIP needs a council vote funding membership first.',
    );
    await staff.user.click(screen.getByRole('button', { name: 'Decline the application' }));
    const decision = await screen.findByRole('region', { name: "MIP's decision" });
    expect(decision).toHaveTextContent('Reason given: MIP needs a council vote funding membership first.');
    staff.unmount();

    await renderApp('/welcome', { signedInAs: demo.leeChen });
    expect(await screen.findByText('Not approved')).toBeInTheDocument();
    expect(screen.getByText(/MIP needs a council vote funding membership first\./)).toBeInTheDocument();
  });

  it('says so in words, and shows the application as it stands, when a colleague decided first', async () => {
    const { user } = await renderApp(`/staff/applications/${MILLBROOK}`, { signedInAs: demo.theo });
    await screen.findByRole('heading', { level: 1, name: HEADING });
    // Meanwhile, in another tab, the application is approved.
    await apiRequest('approveApplication', { params: { applicationId: MILLBROOK }, body: {} });
    await user.type(screen.getByLabelText('Why MIP declines it'), 'MIP needs a council vote funding membership first.');
    await user.click(screen.getByRole('button', { name: 'Decline the application' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone at MIP changed this application since you opened it');
    expect(await screen.findByRole('region', { name: "MIP's decision" })).toHaveTextContent(/Approved on/);
    expect(screen.queryByRole('region', { name: 'Decide the application' })).not.toBeInTheDocument();
  });

  it('is refused to Morgan, who works in programs and policy, in words', async () => {
    await renderApp(`/staff/applications/${MILLBROOK}`, { signedInAs: demo.morgan });
    expect(await screen.findByText(/Only MIP staff who work in finance can do this/)).toBeInTheDocument();
  });
});
