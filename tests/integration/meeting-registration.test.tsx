import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getDb } from '@mocks/db/db';
import { faults } from '@mocks/faults';
import { apiRequest } from '@/api/client';
import { recordIdempotencyKeys } from '../setup/idempotency-keys';
import { demo, renderApp } from '../setup/render-app';

type User = Awaited<ReturnType<typeof renderApp>>['user'];

const registrationsOf = (memberId: string, meetingId: string) =>
  getDb().registrations.filter((r) => r.memberId === memberId && r.meetingId === meetingId);

function meetingRow(meetingId: string) {
  const meeting = getDb().meetings.find((m) => m.id === meetingId);
  if (!meeting) throw new Error(`No meeting ${meetingId} in the seed`);
  return meeting;
}

function personFieldset(n: number): HTMLElement {
  return screen.getByRole('group', { name: new RegExp(`^Person ${n}`) });
}

async function fillPerson(
  user: User,
  n: number,
  person: { kind?: string; name: string; title: string; email: string },
) {
  const fieldset = personFieldset(n);
  if (person.kind) await user.selectOptions(within(fieldset).getByLabelText('Attending as'), person.kind);
  await user.type(within(fieldset).getByLabelText('Full name'), person.name);
  await user.type(within(fieldset).getByLabelText('Job title'), person.title);
  await user.type(within(fieldset).getByLabelText('E-mail'), person.email);
}

async function openRegisterForm(user: User, buttonName: string | RegExp = 'Register') {
  const section = await screen.findByRole('region', { name: "Your city's registrations" });
  await user.click(within(section).getByRole('link', { name: buttonName }));
  await screen.findByRole('heading', { level: 1, name: /^(Register|RSVP) for the / });
}

describe('registering for a meeting', () => {
  it('registers the mayor and two staff in one submission, each shown with who registered them', async () => {
    const { user, router } = await renderApp('/m/riverton/meetings/winter-2027', { signedInAs: demo.ana });
    await openRegisterForm(user);
    // The mayor comes first, filled in from the session: she is the one signed in.
    const first = personFieldset(1);
    expect(within(first).getByLabelText('Attending as')).toHaveValue('mayor');
    expect(within(first).getByLabelText('Full name')).toHaveValue('Ana Ortiz');
    expect(within(first).getByLabelText('E-mail')).toHaveValue('ana.ortiz@riverton.example');
    await user.type(within(first).getByLabelText('Dietary needs (optional)'), 'Vegetarian');

    await user.click(screen.getByRole('button', { name: 'Add another person' }));
    await fillPerson(user, 2, { name: 'Jordan Lee', title: 'Chief of Staff', email: 'jordan.lee@riverton.example' });
    await user.click(screen.getByRole('button', { name: 'Add another person' }));
    await fillPerson(user, 3, {
      kind: 'council',
      name: 'Rosa Diaz',
      title: 'Council Member, District 4',
      email: 'rosa.diaz@riverton.example',
    });
    await user.type(within(personFieldset(3)).getByLabelText('Accessibility needs (optional)'), 'Step-free access');
    await user.click(screen.getByRole('button', { name: 'Register 3 people' }));

    await screen.findByRole('heading', { level: 1, name: 'Winter Meeting 2027' });
    expect(router.state.location.pathname).toBe('/m/riverton/meetings/winter-2027');
    const section = screen.getByRole('region', { name: "Your city's registrations" });
    const items = within(section).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent('Ana Ortiz');
    expect(items[0]).toHaveTextContent('Dietary: Vegetarian');
    expect(items[0]).toHaveTextContent('Registered by Mayor Ana Ortiz');
    expect(items[2]).toHaveTextContent('Council Member');
    expect(items[2]).toHaveTextContent('Accessibility: Step-free access');
    expect(registrationsOf('riverton', 'winter-2027').map((r) => r.status)).toEqual([
      'confirmed',
      'confirmed',
      'confirmed',
    ]);
  });

  it('says what is wrong next to each field, in a summary, and keeps everything typed', async () => {
    const { user } = await renderApp('/m/riverton/meetings/winter-2027/register', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: 'Register for the Winter Meeting 2027' });
    await user.click(screen.getByRole('button', { name: 'Add another person' }));
    const second = personFieldset(2);
    await user.type(within(second).getByLabelText('Full name'), 'Sam Park');
    await user.type(within(second).getByLabelText('E-mail'), 'sam.park@');
    await user.click(screen.getByRole('button', { name: 'Register 2 people' }));

    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByRole('link', { name: /Person 2: Enter their job title/ })).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: /Person 2: Enter an e-mail address/ })).toBeInTheDocument();
    expect(within(second).getByLabelText('Job title')).toHaveAccessibleDescription(
      expect.stringContaining('Enter their job title'),
    );
    expect(within(second).getByLabelText('Full name')).toHaveValue('Sam Park');
    expect(within(second).getByLabelText('E-mail')).toHaveValue('sam.park@');
    expect(registrationsOf('riverton', 'winter-2027')).toHaveLength(0);

    await user.click(within(summary).getByRole('link', { name: /Person 2: Enter their job title/ }));
    expect(within(second).getByLabelText('Job title')).toHaveFocus();
  });

  it('puts the server’s refusal of a second mayor next to the field', async () => {
    const { user } = await renderApp('/m/lakeport/meetings/winter-2027/register', { signedInAs: demo.marcus });
    await screen.findByRole('heading', { level: 1, name: 'Register for the Winter Meeting 2027' });
    // Marcus is registered already, so the form starts with a staff member; make it a second mayor.
    await fillPerson(user, 1, { kind: 'mayor', name: 'Marcus Bell', title: 'Mayor', email: 'mbell@lakeport.example' });
    await user.click(screen.getByRole('button', { name: 'Register 1 person' }));
    const kind = within(personFieldset(1)).getByLabelText('Attending as');
    await waitFor(() => expect(kind).toHaveAccessibleDescription(expect.stringMatching(/already registered/)));
    expect(screen.getByRole('alert', { name: 'There is a problem' })).toBeInTheDocument();
  });

  it('records a delegate’s registration as made for the mayor', async () => {
    const { user } = await renderApp('/m/riverton/meetings/winter-2027', { signedInAs: demo.jordan });
    await openRegisterForm(user);
    // Jordan is not the mayor: the mayor's name is filled in, her e-mail is left to him.
    const first = personFieldset(1);
    expect(within(first).getByLabelText('Full name')).toHaveValue('Ana Ortiz');
    expect(within(first).getByLabelText('E-mail')).toHaveValue('');
    await user.type(within(first).getByLabelText('E-mail'), 'ana.ortiz@riverton.example');
    await user.click(screen.getByRole('button', { name: 'Register 1 person' }));
    const section = await screen.findByRole('region', { name: "Your city's registrations" });
    expect(await within(section).findByText('Registered by Jordan Lee for Mayor Ana Ortiz')).toBeInTheDocument();
  });

  it('waitlists people when the meeting is full, with their place in line', async () => {
    const { user } = await renderApp('/m/riverton/meetings/digital-equity-working-session', { signedInAs: demo.ana });
    const waiting = getDb().registrations.filter(
      (r) => r.meetingId === 'digital-equity-working-session' && r.status === 'waitlisted',
    ).length;
    expect(waiting).toBeGreaterThan(0);
    await openRegisterForm(user, 'RSVP');
    // Before anyone submits, the page says what will happen: a place on the waitlist, and which.
    expect(screen.queryByText(/as many as you like/)).not.toBeInTheDocument();
    expect(screen.getByText(/This meeting is full/)).toHaveTextContent(
      `The person you add now joins the waitlist as number ${waiting + 1} in line`,
    );
    await user.click(screen.getByRole('button', { name: 'Add another person' }));
    expect(screen.getByText(/This meeting is full/)).toHaveTextContent(
      `The 2 people you add now join the waitlist as numbers ${waiting + 1} and ${waiting + 2} in line`,
    );
    await user.click(within(personFieldset(2)).getByRole('button', { name: /Remove/ }));
    await user.click(screen.getByRole('button', { name: 'Add 1 person to the waitlist' }));
    const section = await screen.findByRole('region', { name: "Your city's registrations" });
    expect(await within(section).findByText(`Waitlisted · number ${waiting + 1} in line`)).toBeInTheDocument();
  });

  it('gives the seat of a cancelled registration to the first on the waitlist', async () => {
    const meeting = meetingRow('winter-2027');
    const confirmed = getDb().registrations.filter((r) => r.meetingId === meeting.id && r.status === 'confirmed');
    meeting.capacity = confirmed.length + 1; // one seat left
    const { user } = await renderApp('/m/riverton/meetings/winter-2027/register', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: 'Register for the Winter Meeting 2027' });
    await user.click(screen.getByRole('button', { name: 'Add another person' }));
    expect(screen.getByText(/Only 1 person can still get a seat/)).toBeInTheDocument();
    await fillPerson(user, 2, { name: 'Jordan Lee', title: 'Chief of Staff', email: 'jordan.lee@riverton.example' });
    await user.click(screen.getByRole('button', { name: 'Register 2 people' }));

    const section = await screen.findByRole('region', { name: "Your city's registrations" });
    const jordan = (await within(section).findByText('Jordan Lee')).closest('li') as HTMLElement;
    expect(jordan).toHaveTextContent('Waitlisted · number 1 in line');

    await user.click(within(section).getByRole('button', { name: "Cancel Ana Ortiz's registration" }));
    const dialog = await screen.findByRole('dialog', { name: "Cancel Ana Ortiz's registration?" });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel registration' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    await waitFor(() => expect(jordan).toHaveTextContent(/Registered$|Registered[^ ]/));
    expect(within(section).getByText('Ana Ortiz').closest('li')).toHaveTextContent('Canceled');
    expect(registrationsOf('riverton', 'winter-2027').map((r) => r.status)).toEqual(['cancelled', 'confirmed']);
  });

  it('lets the mayor change needs until registration closes', async () => {
    const { user } = await renderApp('/m/lakeport/meetings/winter-2027', { signedInAs: demo.marcus });
    const section = await screen.findByRole('region', { name: "Your city's registrations" });
    await user.click(within(section).getByRole('button', { name: 'Change needs for Marcus Bell' }));
    const dialog = await screen.findByRole('dialog', { name: 'Needs for Marcus Bell' });
    await user.type(within(dialog).getByLabelText('Dietary needs'), 'Vegan');
    await user.clear(within(dialog).getByLabelText('Arrival'));
    await user.type(within(dialog).getByLabelText('Arrival'), 'Tuesday evening, flight UA 412');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    const marcus = within(section).getByText('Marcus Bell').closest('li') as HTMLElement;
    await waitFor(() => expect(marcus).toHaveTextContent('Dietary: Vegan'));
    expect(marcus).toHaveTextContent('Arrival: Tuesday evening, flight UA 412');
  });

  it('after registration closes: no registering and no changes, but cancelling until the meeting starts', async () => {
    meetingRow('winter-2027').registrationClosesAt = new Date(Date.now() - 60_000).toISOString();
    await renderApp('/m/lakeport/meetings/winter-2027', { signedInAs: demo.marcus });
    const section = await screen.findByRole('region', { name: "Your city's registrations" });
    expect(within(section).getByText(/^Registration closed /)).toBeInTheDocument();
    expect(within(section).queryByRole('link', { name: /Register/ })).not.toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: /Change needs/ })).not.toBeInTheDocument();
    expect(within(section).getByRole('button', { name: "Cancel Marcus Bell's registration" })).toBeInTheDocument();
    expect(within(section).getByText(/Needs could be changed here until registration closed/)).toBeInTheDocument();
  });

  it('explains the server’s refusal when registration closed while the form was open, keeping the answers', async () => {
    const { user } = await renderApp('/m/riverton/meetings/winter-2027/register', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: 'Register for the Winter Meeting 2027' });
    meetingRow('winter-2027').registrationClosesAt = new Date(Date.now() - 60_000).toISOString();
    await user.click(screen.getByRole('button', { name: 'Register 1 person' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Nobody was registered');
    expect(alert).toHaveTextContent(/closed/);
    expect(within(personFieldset(1)).getByLabelText('Full name')).toHaveValue('Ana Ortiz');
  });

  it('sends a retried submit with the same Idempotency-Key, so it never registers twice', async () => {
    const keys = recordIdempotencyKeys('/members/riverton/registrations');
    faults.add({ method: 'POST', path: '/members/riverton/registrations', kind: 'status', status: 503, times: 2 });
    const { user } = await renderApp('/m/riverton/meetings/winter-2027/register', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: 'Register for the Winter Meeting 2027' });
    await user.click(screen.getByRole('button', { name: 'Register 1 person' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Nobody was registered');
    // Pressing twice quickly sends one request: the button ignores clicks while it works.
    const submit = screen.getByRole('button', { name: 'Register 1 person' });
    await user.dblClick(submit);
    await screen.findByRole('heading', { level: 1, name: 'Winter Meeting 2027' });
    // The click's send and its one automatic retry, then the person's retry: one key throughout.
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toBe(keys[1]);
    expect(keys[0]).not.toBe('');
    expect(registrationsOf('riverton', 'winter-2027')).toHaveLength(1);
  });

  it('shows a travel-support request with its status on the meeting and the dashboard', async () => {
    const { user, ...view } = await renderApp('/m/riverton/meetings/housing-affordability-convening/register', {
      signedInAs: demo.ana,
    });
    await screen.findByRole('heading', { level: 1, name: 'RSVP for the Housing Affordability Convening' });
    const first = personFieldset(1);
    await user.click(within(first).getByLabelText('Request travel support'));
    await user.type(within(first).getByLabelText('Estimated cost of travel, in dollars'), 'about 900');
    await user.click(screen.getByRole('button', { name: 'Register 1 person' }));
    const cost = within(first).getByLabelText('Estimated cost of travel, in dollars');
    await waitFor(() => expect(cost).toHaveAccessibleDescription(expect.stringContaining('like 850')));
    await user.clear(cost);
    await user.type(cost, '$1,250');
    await user.type(within(first).getByLabelText('Note for MIP (optional)'), 'Flight and two hotel nights');
    await user.click(screen.getByRole('button', { name: 'Register 1 person' }));

    const section = await screen.findByRole('region', { name: "Your city's registrations" });
    expect(await within(section).findByText(/Travel support requested/)).toBeInTheDocument();
    expect(within(section).getByText('Estimated $1,250.00: Flight and two hotel nights')).toBeInTheDocument();
    const saved = registrationsOf('riverton', 'housing-affordability-convening')[0];
    expect(saved?.travelSupport).toEqual({
      estimatedCostCents: 125_000,
      note: 'Flight and two hotel nights',
      status: 'requested',
      approvedCents: null,
      decisionNote: null,
      decidedAt: null,
      decidedById: null,
    });

    await user.click(screen.getByRole('link', { name: 'Dashboard' }));
    const actions = await screen.findByRole('region', { name: 'What needs attention' });
    expect(
      await within(actions).findByText(
        "Travel support for the Housing Affordability Convening: waiting for MIP's decision",
      ),
    ).toBeInTheDocument();
    view.unmount();

    // MIP approves it: the meeting page and the dashboard say so.
    if (saved?.travelSupport) saved.travelSupport.status = 'approved';
    await renderApp('/m/riverton/meetings/housing-affordability-convening');
    const again = await screen.findByRole('region', { name: "Your city's registrations" });
    expect(within(again).getByText('Travel support approved')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Dashboard' }));
    const next = await screen.findByRole('region', { name: 'Next meetings' });
    expect(await within(next).findByText(/travel support approved/)).toBeInTheDocument();
    const approved = within(screen.getByRole('region', { name: 'What needs attention' }));
    expect(
      await approved.findByText(/Travel support for the Housing Affordability Convening: approved/),
    ).toBeInTheDocument();
  });
});

describe('who may not register', () => {
  it('a delegate without the meetings scope sees the meeting but not a way to register', async () => {
    const grant = getDb().delegations.find((d) => d.id === 'del-jordan-dana');
    if (grant) grant.scopes = ['memos'];
    const { user } = await renderApp('/m/cedar-falls/meetings/winter-2027', { signedInAs: demo.jordan });
    const section = await screen.findByRole('region', { name: "Your city's registrations" });
    // Jordan registered Dana before Dana narrowed his access: so "more people".
    const register = within(section).getByRole('button', { name: 'Register more people' });
    expect(register).toHaveAttribute('aria-disabled', 'true');
    expect(register).toHaveAccessibleDescription('Mayor Dana Whitfield has not given you access to meetings.');
    // Dana's own registration can't be cancelled by Jordan either.
    const cancel = within(section).getByRole('button', { name: "Cancel Dana Whitfield's registration" });
    expect(cancel).toHaveAttribute('aria-disabled', 'true');
    await user.click(cancel);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    // The API refuses as well: the button is only the explanation.
    await expect(
      apiRequest('createRegistrations', {
        params: { memberId: 'cedar-falls' },
        body: {
          meetingId: 'winter-2027',
          attendees: [{ kind: 'staff', name: 'Jordan Lee', title: 'Chief of Staff', email: 'j@cedarfalls.example' }],
        },
        idempotencyKey: 'scope-test',
      }),
    ).rejects.toMatchObject({ status: 403, code: 'delegate_scope' });
  });

  it('MIP staff previewing see every control disabled, with the reason', async () => {
    await apiRequest('signIn', { body: { email: demo.morgan, password: 'demo' } });
    await apiRequest('startPreview', { body: { memberId: 'lakeport', reason: 'Checking the meeting page' } });
    const { user } = await renderApp('/m/lakeport/meetings/winter-2027');
    const section = await screen.findByRole('region', { name: "Your city's registrations" });
    const controls = [
      within(section).getByRole('button', { name: 'Register more people' }),
      within(section).getByRole('button', { name: 'Change needs for Marcus Bell' }),
      within(section).getByRole('button', { name: "Cancel Marcus Bell's registration" }),
    ];
    for (const control of controls) {
      expect(control).toHaveAttribute('aria-disabled', 'true');
      expect(control).toHaveAccessibleDescription(expect.stringContaining('A preview is read-only'));
    }
    await user.click(controls[1] as HTMLElement);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

describe('a prospective mayor (Lee Chen)', () => {
  it('registers for the first Winter Meeting free, once', async () => {
    const { user } = await renderApp('/welcome', { signedInAs: demo.leeChen });
    const widget = await screen.findByRole('region', { name: 'Your first Winter Meeting is free' });
    await user.click(within(widget).getByRole('button', { name: 'Register for the Winter Meeting 2027' }));
    const dialog = await screen.findByRole('dialog', { name: 'Register for the Winter Meeting 2027' });
    expect(dialog).toHaveTextContent('Mayor Lee Chen');
    await user.type(within(dialog).getByLabelText('Dietary needs (optional)'), 'No shellfish');
    await user.click(within(dialog).getByRole('button', { name: 'Register' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(await within(widget).findByText('Registered')).toBeInTheDocument();
    expect(within(widget).getByText('Dietary: No shellfish')).toBeInTheDocument();

    // A second time is refused by the API, with the reason.
    await expect(
      apiRequest('createRegistrations', {
        params: { memberId: 'millbrook' },
        body: {
          meetingId: 'winter-2027',
          attendees: [{ kind: 'mayor', name: 'Lee Chen', title: 'Mayor', email: 'lee.chen@millbrook.example' }],
        },
        idempotencyKey: 'second-time',
      }),
    ).rejects.toMatchObject({ status: 409, code: 'free_meeting_used' });
  });
});
