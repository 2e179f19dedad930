import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { getDb } from '@mocks/db/db';
import { faults } from '@mocks/faults';
import { draftKey } from '@/lib/drafts';
import { formatInstantDate } from '@/lib/format';
import { recordIdempotencyKeys } from '../setup/idempotency-keys';
import { demo, renderApp } from '../setup/render-app';

type User = Awaited<ReturnType<typeof renderApp>>['user'];

const DRAFT = draftKey('application', 'visitor', 'new-city');

const FAIRHAVEN = {
  city: 'Fairhaven',
  state: 'Oregon',
  population: '62000',
  mayorName: 'Priya Natarajan',
  email: 'priya.natarajan@fairhaven.example',
  termStartedOn: '2025-01-06',
  billingContactName: 'Sam Ortega',
  billingContactEmail: 'finance@fairhaven.example',
  password: 'correct horse battery',
};
type Answers = typeof FAIRHAVEN;

async function openJoin(options: Parameters<typeof renderApp>[1] = {}) {
  const view = await renderApp('/join', options);
  await screen.findByRole('heading', { level: 1, name: 'Join the Mayors Innovation Project' });
  return view;
}

const form = () => screen.getByRole('region', { name: 'Apply to join' });
const calculator = () => screen.getByRole('region', { name: 'What your city would pay' });

async function fillApplication(user: User, answers: Partial<Answers> = {}) {
  const a = { ...FAIRHAVEN, ...answers };
  const inForm = within(form());
  const type = async (label: string, text: string) => {
    if (text) await user.type(inForm.getByLabelText(label), text);
  };
  await type('City', a.city);
  if (a.state) await user.selectOptions(inForm.getByLabelText('State'), a.state);
  await type('Population', a.population);
  await type("Mayor's full name", a.mayorName);
  await type("Mayor's e-mail address", a.email);
  await type("When did the mayor's current term start?", a.termStartedOn);
  await type("Billing contact's name", a.billingContactName);
  await type("Billing contact's e-mail address", a.billingContactEmail);
  await type('Choose a password', a.password);
}

const send = (user: User) => user.click(within(form()).getByRole('button', { name: 'Send application' }));

const applicationsFor = (city: string) => getDb().applications.filter((a) => a.city === city);

describe('the public Join page', () => {
  it('is open to a visitor who is not signed in: why join, how, help with the fee, and a way to sign in', async () => {
    const { router } = await openJoin();
    expect(router.state.location.pathname).toBe('/join');
    const benefits = screen.getByRole('region', { name: 'What membership includes' });
    expect(within(benefits).getByText(/Short policy memos/)).toBeInTheDocument();
    const how = screen.getByRole('region', { name: 'How joining works' });
    expect(
      within(how)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Step 1: Apply on this page', 'Step 2: MIP reviews your application', 'Step 3: Pay the annual fee']);
    expect(how).toHaveTextContent('within 2–3 weeks');
    expect(how).toHaveTextContent(/first Winter Meeting free/);
    expect(how).toHaveTextContent(/financial assistance is available/);
    expect(how).toHaveTextContent(/2 or 4 payments timed to your city's fiscal year/);
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in');
  });

  it('is linked from the sign-in page', async () => {
    const { user, router } = await renderApp('/sign-in');
    await user.click(await screen.findByRole('link', { name: 'Apply to join' }));
    await screen.findByRole('heading', { level: 1, name: 'Join the Mayors Innovation Project' });
    expect(router.state.location.pathname).toBe('/join');
  });

  it('is there for a signed-in person too', async () => {
    await openJoin({ signedInAs: demo.ana });
    expect(screen.getByRole('button', { name: 'Send application' })).toBeInTheDocument();
  });
});

describe('the fee calculator', () => {
  it('shows the fee and tier as the population is typed, at the tier boundaries, without a request per keystroke', async () => {
    const { user } = await openJoin();
    const fetches = vi.spyOn(globalThis, 'fetch');
    const field = within(calculator()).getByLabelText("Your city's population");
    const result = within(calculator()).getByRole('status');
    expect(result).toHaveTextContent("Type your city's population to see its annual fee.");

    for (const [population, fee, range] of [
      ['9999', '$750', '0–9,999 people'],
      ['10000', '$1,250', '10,000–29,999 people'],
      ['1,000,000', '$8,000', '1,000,000 or more people'],
    ] as const) {
      await user.clear(field);
      await user.type(field, population);
      expect(result).toHaveTextContent(`Annual membership fee${fee} a year`);
      expect(result).toHaveTextContent(`is in the tier for ${range}`);
      // The tier table marks the same row, in words.
      const marked = within(calculator())
        .getAllByRole('row')
        .filter((row) => row.getAttribute('aria-current') === 'true');
      expect(marked).toHaveLength(1);
      expect(marked[0]).toHaveTextContent(`Your city${fee}`);
    }
    expect(fetches).not.toHaveBeenCalled();
  });

  it('lists the whole tier table', async () => {
    await openJoin();
    const table = within(calculator()).getByRole('table', { name: 'Annual membership fee by city population' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(10);
    expect(rows[0]).toHaveTextContent('1,000,000 or more$8,000');
    expect(rows[2]).toHaveTextContent('400,000–499,999$6,000');
    expect(rows[9]).toHaveTextContent('0–9,999$750');
  });

  it('says what to type when the population is not a number, and keeps the text', async () => {
    const { user } = await openJoin();
    const field = within(calculator()).getByLabelText("Your city's population");
    await user.type(field, '45k');
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Enter the population as a whole number'));
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveValue('45k');
    expect(within(calculator()).getByRole('status')).toHaveTextContent('Correct the population to see the fee.');

    await user.clear(field);
    await user.type(field, '-500');
    expect(field).toHaveAccessibleDescription(expect.stringContaining("can't be a negative number"));
    expect(field).toHaveValue('-500');
  });

  it('refuses a population of 0 in words, with no fee, and keeps the text', async () => {
    const { user } = await openJoin();
    const field = within(calculator()).getByLabelText("Your city's population");
    await user.type(field, '0');
    expect(field).toHaveAccessibleDescription(expect.stringContaining("Enter your city's population: it can't be 0"));
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveValue('0');
    expect(within(calculator()).getByRole('status')).toHaveTextContent('Correct the population to see the fee.');
  });

  it("fills the application's population, until the person types their own there", async () => {
    const { user } = await openJoin();
    const field = within(calculator()).getByLabelText("Your city's population");
    await user.type(field, '62000');
    const population = within(form()).getByLabelText('Population');
    expect(population).toHaveValue('62,000');

    await user.clear(population);
    await user.type(population, '61500');
    await user.type(field, '1');
    expect(population).toHaveValue('61500');
  });
});

describe('the application form', () => {
  it('checks the answers the GOV.UK way, at each field and in a summary, and keeps what was typed', async () => {
    const { user } = await openJoin();
    await fillApplication(user, {
      state: '',
      population: 'lots',
      mayorName: '',
      email: 'priya.natarajan',
      termStartedOn: '',
      billingContactName: '',
      billingContactEmail: '',
      password: 'short',
    });
    await send(user);

    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Choose the state',
      'Enter the population as a whole number, like 45,000',
      "Enter the mayor's name",
      "Enter the mayor's e-mail address, like mayor@city.gov",
      "Enter the date the mayor's term started",
      'Enter who handles the invoice, or the mayor again',
      'Enter the billing contact’s e-mail address, like finance@city.gov',
      'Choose a password of at least 10 characters',
    ]);
    const inForm = within(form());
    expect(inForm.getByLabelText('Population')).toHaveAccessibleDescription(
      expect.stringContaining('Error: Enter the population as a whole number'),
    );
    expect(inForm.getByLabelText('Population')).toHaveValue('lots');
    expect(inForm.getByLabelText('City')).toHaveValue('Fairhaven');
    expect(inForm.getByLabelText("Mayor's e-mail address")).toHaveValue('priya.natarajan');
    expect(inForm.getByLabelText("Mayor's e-mail address")).toHaveAttribute('aria-invalid', 'true');
    expect(inForm.getByLabelText('Choose a password')).toHaveValue('short');

    await user.click(within(summary).getByRole('link', { name: 'Choose the state' }));
    expect(inForm.getByLabelText('State')).toHaveFocus();
    expect(applicationsFor('Fairhaven')).toHaveLength(0);
  });

  it('with the mayor handling the invoice, hides the billing fields and sends the mayor as the contact', async () => {
    const { user } = await openJoin();
    await user.click(within(form()).getByLabelText('The mayor handles the invoice'));
    expect(within(form()).queryByLabelText("Billing contact's name")).not.toBeInTheDocument();
    await fillApplication(user, { billingContactName: '', billingContactEmail: '', mayorName: '' });
    await send(user);
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    // Only the mayor's name is missing: no message about fields that are not on screen.
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(["Enter the mayor's name"]);

    await user.type(within(form()).getByLabelText("Mayor's full name"), 'Priya Natarajan');
    await send(user);
    await screen.findByRole('heading', { level: 1, name: 'Welcome, Mayor Natarajan' });
    expect(applicationsFor('Fairhaven')[0]).toMatchObject({
      billingContactName: 'Priya Natarajan',
      billingContactEmail: 'priya.natarajan@fairhaven.example',
    });
  });

  it('sends the application, signs the new mayor in and opens their welcome page with the application received', async () => {
    const { user, router } = await openJoin();
    await user.type(within(calculator()).getByLabelText("Your city's population"), '62000');
    await fillApplication(user, { population: '' });
    await send(user);

    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Mayor Natarajan' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/welcome');
    expect(await screen.findByText('Application received')).toBeInTheDocument();

    const [row] = applicationsFor('Fairhaven');
    expect(row).toMatchObject({ state: 'OR', population: 62_000, status: 'received' });
    const application = screen.getByRole('region', { name: 'Your application' });
    expect(within(application).getByText('Received')).toBeInTheDocument();
    expect(application).toHaveTextContent(
      `MIP is reviewing your application, received ${formatInstantDate(row?.submittedAt ?? '')}.`,
    );
    expect(application).toHaveTextContent('Fairhaven, Oregon');
    expect(application).toHaveTextContent('62,000');
    expect(application).toHaveTextContent('$2,500 a year');
    expect(application).toHaveTextContent('Sam Ortega');

    const fee = screen.getByRole('region', { name: 'Your annual membership fee' });
    expect(await within(fee).findByText('$2,500')).toBeInTheDocument();
    const meeting = screen.getByRole('region', { name: 'Your first Winter Meeting is free' });
    expect(await within(meeting).findByRole('heading', { level: 3, name: /Winter Meeting/ })).toBeInTheDocument();
    expect(within(meeting).getByRole('button', { name: /^Register for the Winter Meeting/ })).toBeInTheDocument();
    expect(sessionStorage.getItem(DRAFT)).toBeNull();
  });

  it('keeps a draft through a reload, without the password', async () => {
    const first = await openJoin();
    await fillApplication(first.user);
    expect(sessionStorage.getItem(DRAFT)).not.toContain(FAIRHAVEN.password);
    first.unmount();

    const { user } = await openJoin();
    const inForm = within(form());
    expect(inForm.getByLabelText('City')).toHaveValue('Fairhaven');
    expect(inForm.getByLabelText('State')).toHaveDisplayValue('Oregon');
    expect(inForm.getByLabelText("Billing contact's e-mail address")).toHaveValue('finance@fairhaven.example');
    expect(inForm.getByLabelText('Choose a password')).toHaveValue('');
    await user.type(inForm.getByLabelText('Choose a password'), FAIRHAVEN.password);
    await send(user);
    await screen.findByRole('heading', { level: 1, name: 'Welcome, Mayor Natarajan' });
    expect(sessionStorage.getItem(DRAFT)).toBeNull();
  });

  it.each([demo.leeChen, demo.ana])(
    'says at the e-mail field when %s already has an account, with a way to sign in',
    async (email) => {
      const { user } = await openJoin();
      await fillApplication(user, { email });
      await send(user);

      const summary = await screen.findByRole('alert', { name: 'There is a problem' });
      await waitFor(() => expect(summary).toHaveFocus());
      const field = within(form()).getByLabelText("Mayor's e-mail address");
      expect(field).toHaveAccessibleDescription(expect.stringContaining('already an account with this e-mail address'));
      expect(field).toHaveValue(email);
      expect(within(form()).getByRole('link', { name: 'Sign in instead' })).toHaveAttribute('href', '/sign-in');
      expect(within(form()).getByLabelText('City')).toHaveValue('Fairhaven');
      expect(applicationsFor('Fairhaven')).toHaveLength(0);
    },
  );

  it('says at the city field when the city already has an account', async () => {
    const { user } = await openJoin();
    await fillApplication(user, { city: 'Riverton', state: 'Wisconsin' });
    await send(user);
    await screen.findByRole('alert', { name: 'There is a problem' });
    expect(within(form()).getByLabelText('City')).toHaveAccessibleDescription(
      expect.stringContaining('Riverton, WI is already a member of MIP'),
    );
  });

  it('after a server failure, keeps everything and sends again once, with the same Idempotency-Key', async () => {
    const keys = recordIdempotencyKeys('/applications');
    faults.add({ method: 'POST', path: '/applications', kind: 'status', status: 500, times: 2 });
    const { user } = await openJoin();
    await fillApplication(user);
    await send(user);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your application was not sent');
    expect(alert).toHaveTextContent('Everything you typed is still here');
    const inForm = within(form());
    expect(inForm.getByLabelText('City')).toHaveValue('Fairhaven');
    expect(inForm.getByLabelText('Population')).toHaveValue('62000');
    expect(inForm.getByLabelText('Choose a password')).toHaveValue(FAIRHAVEN.password);
    expect(applicationsFor('Fairhaven')).toHaveLength(0);

    await user.dblClick(inForm.getByRole('button', { name: 'Send application' }));
    await screen.findByRole('heading', { level: 1, name: 'Welcome, Mayor Natarajan' });
    // The click's send and its one automatic retry, then the person's retry: one key throughout.
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect(keys[1]).toBe(keys[0]);
    expect(applicationsFor('Fairhaven')).toHaveLength(1);
  });

  it('after a lost connection, says so and keeps everything', async () => {
    faults.add({ method: 'POST', path: '/applications', kind: 'network', times: 2 });
    const { user } = await openJoin();
    await fillApplication(user);
    await send(user);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We could not reach the Member Hub');
    await waitFor(() => expect(alert.parentElement).toHaveFocus());
    expect(within(form()).getByLabelText('City')).toHaveValue('Fairhaven');
  });
});

describe("Lee Chen's welcome page", () => {
  it('shows his application as MIP received it', async () => {
    await renderApp('/welcome', { signedInAs: demo.leeChen });
    const application = await screen.findByRole('region', { name: 'Your application' });
    const seeded = getDb().applications.find((a) => a.personId === 'lee-chen');
    expect(await within(application).findByText('Received')).toBeInTheDocument();
    expect(application).toHaveTextContent(
      `MIP is reviewing your application, received ${formatInstantDate(seeded?.submittedAt ?? '')}.`,
    );
    expect(application).toHaveTextContent('Millbrook, New York');
    expect(application).toHaveTextContent('45,000');
    expect(application).toHaveTextContent('$1,500 a year');
    expect(application).toHaveTextContent('Rosa Delgado, Finance Director');
  });

  it('says in plain words when MIP has approved or declined it', async () => {
    const seeded = getDb().applications.find((a) => a.personId === 'lee-chen');
    if (seeded) Object.assign(seeded, { status: 'declined', decidedAt: '2026-11-24T15:00:00.000Z' });
    await renderApp('/welcome', { signedInAs: demo.leeChen });
    const application = await screen.findByRole('region', { name: 'Your application' });
    expect(await within(application).findByText('Not approved')).toBeInTheDocument();
    expect(application).toHaveTextContent('MIP did not approve your application (Nov 24, 2026)');
  });
});
