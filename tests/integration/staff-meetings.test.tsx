import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demo, renderApp } from '../setup/render-app';

const HOUSING = 'housing-affordability-convening';
const HOUSING_TITLE = 'Housing Affordability Convening';

/** Fills the new-meeting form as Morgan would, for an invite-only roundtable in Milwaukee. */
async function fillNewMeeting(user: Awaited<ReturnType<typeof renderApp>>['user']) {
  const paste = async (label: string, value: string) => {
    await user.click(screen.getByLabelText(label));
    await user.paste(value);
  };
  await paste('Title', 'Climate Resilience Roundtable');
  await paste('Description', 'A day on flood maps, cooling centers and resilient infrastructure.');
  await user.selectOptions(screen.getByLabelText('Time zone of the venue'), 'Central (Chicago)');
  await paste('Starts', '2027-03-10T09:00');
  await paste('Ends', '2027-03-10T16:00');
  await paste('Registration opens', '2026-12-01T09:00');
  await paste('Registration closes', '2027-03-01T17:00');
  await paste('Venue', 'Milwaukee Public Library');
  await paste('Street address', '814 W Wisconsin Ave');
  await paste('City', 'Milwaukee');
  await user.selectOptions(screen.getByLabelText('State'), 'Wisconsin');
  await paste('Seats', '2');
}

describe('meetings, kept by MIP programs staff (Morgan Hale)', () => {
  it('lists upcoming meetings with their seats, and past and canceled ones by tab', async () => {
    const { user } = await renderApp('/staff/meetings', { signedInAs: demo.morgan });
    const upcoming = await screen.findByRole('list', { name: 'Upcoming meetings, soonest first' });
    expect(within(upcoming).getByRole('link', { name: HOUSING_TITLE })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Past' }));
    expect(await screen.findByRole('list', { name: 'Past meetings, latest first' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Canceled' }));
    expect(await screen.findByText('No meeting was canceled.')).toBeInTheDocument();
  });

  it('refuses a meeting that ends before it starts at the field, keeping what was typed', async () => {
    const { user } = await renderApp('/staff/meetings/new', { signedInAs: demo.morgan });
    await screen.findByRole('heading', { level: 1, name: 'Create a meeting' });
    await fillNewMeeting(user);
    await user.clear(screen.getByLabelText('Ends'));
    await user.click(screen.getByLabelText('Ends'));
    await user.paste('2027-03-09T16:00');
    await user.click(screen.getByRole('button', { name: 'Create the meeting' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'The meeting has to end after it starts' })).toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toHaveValue('Climate Resilience Roundtable');
  });

  it('creates an invite-only meeting, invites a city, and the city sees it', async () => {
    const { user, unmount } = await renderApp('/staff/meetings/new', { signedInAs: demo.morgan });
    await screen.findByRole('heading', { level: 1, name: 'Create a meeting' });
    await fillNewMeeting(user);
    await user.click(screen.getByRole('button', { name: 'Create the meeting' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Climate Resilience Roundtable' })).toBeInTheDocument();
    expect(screen.getByText('No city is invited yet.')).toBeInTheDocument();
    expect(screen.getByText('Nobody has registered yet.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Find member cities'), 'Riverton');
    await user.click(screen.getByRole('checkbox', { name: /^Riverton/ }));
    await user.click(screen.getByRole('button', { name: 'Invite 1 city' }));
    const invited = await screen.findByRole('list', { name: 'Invited cities' });
    expect(within(invited).getByText(/^Riverton/)).toBeInTheDocument();
    unmount();

    await renderApp('/m/riverton/meetings?when=upcoming', { signedInAs: demo.ana });
    expect(await screen.findByRole('link', { name: 'Climate Resilience Roundtable' })).toBeInTheDocument();
  });

  it('asks before removing a city with people registered, then cancels their registrations', async () => {
    const { user } = await renderApp(`/staff/meetings/${HOUSING}`, { signedInAs: demo.morgan });
    await screen.findByRole('heading', { level: 1, name: HOUSING_TITLE });
    await user.click(screen.getByRole('button', { name: 'Remove Lakeport' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove Lakeport?' });
    expect(dialog).toHaveTextContent(/registered from Lakeport\. Removing the invitation cancels their registrations/);
    await user.click(within(dialog).getByRole('button', { name: 'Keep the invitation' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(within(screen.getByRole('list', { name: 'Invited cities' })).getByText(/^Lakeport/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove Lakeport' }));
    const again = await screen.findByRole('dialog', { name: 'Remove Lakeport?' });
    await user.click(within(again).getByRole('button', { name: 'Remove and cancel their registrations' }));
    await waitFor(() =>
      expect(within(screen.getByRole('list', { name: 'Invited cities' })).queryByText(/^Lakeport/)).toBeNull(),
    );
  });

  it('raises the capacity from the edit page, and lower than the seats taken is refused at the field', async () => {
    const { user } = await renderApp(`/staff/meetings/${HOUSING}/edit`, { signedInAs: demo.morgan });
    await screen.findByRole('heading', { level: 1, name: `Edit the ${HOUSING_TITLE}` });
    const seats = screen.getByLabelText('Seats');
    await user.clear(seats);
    await user.type(seats, '1');
    await user.click(screen.getByRole('button', { name: 'Save the changes' }));
    expect(
      await screen.findByText(/people hold a seat: keep at least \d+ seats/, { selector: 'p' }),
    ).toBeInTheDocument();
    await user.clear(seats);
    await user.type(seats, '90');
    await user.click(screen.getByRole('button', { name: 'Save the changes' }));
    expect(await screen.findByRole('heading', { level: 1, name: HOUSING_TITLE })).toBeInTheDocument();
    expect(screen.getByText(/of 90 seats taken/)).toBeInTheDocument();
  });

  it('cancels a meeting with a message; members see it canceled and can no longer register', async () => {
    const { user, unmount } = await renderApp(`/staff/meetings/${HOUSING}`, { signedInAs: demo.morgan });
    await screen.findByRole('heading', { level: 1, name: HOUSING_TITLE });
    await user.type(
      screen.getByLabelText('Message to the registered cities (optional)'),
      'The venue flooded; we will set a new date.',
    );
    await user.click(screen.getByRole('button', { name: 'Cancel the meeting' }));
    expect(await screen.findByText(/^Canceled/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel the meeting' })).not.toBeInTheDocument();
    unmount();

    await renderApp(`/m/riverton/meetings/${HOUSING}`, { signedInAs: demo.ana });
    expect(await screen.findByText('MIP canceled this meeting')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^(RSVP|Register)/ })).not.toBeInTheDocument();
  });

  it('is not offered to finance staff, who have no programs work', async () => {
    await renderApp('/staff', { signedInAs: demo.theo });
    const nav = await screen.findByRole('navigation', { name: 'MIP staff' });
    expect(within(nav).queryByRole('link', { name: 'Meetings' })).not.toBeInTheDocument();
  });
});
