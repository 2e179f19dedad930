import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { apiRequest } from '@/api/client';
import { clock } from '@mocks/clock';
import { getDb } from '@mocks/db/db';
import { demo, renderApp } from '../setup/render-app';

// Route modules are lazy chunks that vitest transforms on first use. With two test files running
// at once, the first transform of the act-as page could take longer than a findBy waits (10 s):
// it is done here, before the tests, not inside one of their waits.
beforeAll(
  () => Promise.all([import('@/app/routes/act-as'), import('@/app/routes/memos'), import('@/app/routes/dashboard')]),
  60_000,
);

const jordansGrantFor = (memberId: string) =>
  getDb().delegations.find((d) => d.delegateId === 'jordan-lee' && d.memberId === memberId);

/** What happens on the server while the delegate's tab stays open: the mayor revokes them. */
function revokeJordanFor(memberId: string) {
  const grant = jordansGrantFor(memberId);
  if (!grant) throw new Error(`Jordan has no grant for ${memberId}`);
  grant.revokedAt = clock.now().toISOString();
}

/** The person comes back to the tab (TanStack Query re-reads on visibility). */
function returnToTab() {
  act(() => {
    window.dispatchEvent(new Event('visibilitychange'));
  });
}

describe("the mayor's delegates (Ana Ortiz)", () => {
  it('lists who acts for her now and whose access ended, under Delegates in the hub', async () => {
    const { user } = await renderApp('/m/riverton', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    await user.click(
      within(screen.getByRole('navigation', { name: 'Member hub' })).getByRole('link', { name: 'Delegates' }),
    );

    await screen.findByRole('heading', { level: 1, name: 'Delegates' });
    const current = screen.getByRole('region', { name: 'Who can act for you' });
    const jordan = within(current).getByRole('listitem', { name: 'Jordan Lee' });
    expect(jordan).toHaveTextContent('jordan.lee@riverton.example');
    expect(jordan).toHaveTextContent('Meetings, policy memos and dues');
    expect(jordan).toHaveTextContent('Active');
    const ended = screen.getByRole('region', { name: 'Access that ended' });
    const sam = within(ended).getByRole('listitem', { name: 'Sam Reyes' });
    expect(sam).toHaveTextContent('Revoked');
    expect(within(sam).queryByRole('button')).not.toBeInTheDocument();
  });

  it('adds a delegate: clear messages next to the fields, nothing typed lost, then a fresh form', async () => {
    const { user } = await renderApp('/m/riverton/access', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: 'Delegates' });
    const form = screen.getByRole('form', { name: 'Add a delegate' });

    await user.click(within(form).getByRole('button', { name: 'Add delegate' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent("Enter the staff member's name");
    expect(summary).toHaveTextContent("Enter the staff member's e-mail address");
    expect(summary).toHaveTextContent('Choose at least one area they may act in');

    await user.type(within(form).getByLabelText('Their name'), 'Rosa Díaz');
    // A mayor's account can't act for another mayor: the API says so on the e-mail field.
    await user.type(within(form).getByLabelText('Their work e-mail address'), demo.marcus);
    await user.click(within(form).getByRole('checkbox', { name: 'Meetings' }));
    await user.click(within(form).getByRole('button', { name: 'Add delegate' }));
    const email = within(form).getByLabelText('Their work e-mail address');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(within(form).getByLabelText('Their name')).toHaveValue('Rosa Díaz');
    expect(within(form).getByRole('checkbox', { name: 'Meetings' })).toBeChecked();

    await user.clear(email);
    await user.type(email, 'rosa.diaz@riverton.example');
    await user.click(within(form).getByRole('checkbox', { name: 'Policy memos' }));
    await user.click(within(form).getByRole('button', { name: 'Add delegate' }));

    const rosa = await within(screen.getByRole('region', { name: 'Who can act for you' })).findByRole('listitem', {
      name: 'Rosa Díaz',
    });
    expect(rosa).toHaveTextContent('Meetings and policy memos');
    expect(rosa).toHaveTextContent('When you revoke it');
    expect(await screen.findByText(/Rosa Díaz can now act for you/)).toBeInTheDocument();
    expect(screen.getByLabelText('Their name')).toHaveValue('');

    // The new delegate signs in and acts for Ana, within those areas.
    const session = await apiRequest('signIn', { body: { email: 'rosa.diaz@riverton.example', password: 'demo' } });
    expect(session.grants).toEqual([expect.objectContaining({ memberId: 'riverton', scopes: ['meetings', 'memos'] })]);
  });

  it("changes a delegate's areas and end date, and revokes them after asking once", async () => {
    const { user } = await renderApp('/m/riverton/access', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: 'Delegates' });

    await user.click(screen.getByRole('button', { name: 'Change access for Jordan Lee' }));
    const dialog = await screen.findByRole('dialog', { name: "Change Jordan Lee's access" });
    await user.click(within(dialog).getByRole('checkbox', { name: 'Dues' }));
    await user.type(within(dialog).getByLabelText('Last day of access (optional)'), '2099-12-31');
    await user.click(within(dialog).getByRole('button', { name: 'Save access' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const jordan = screen.getByRole('listitem', { name: 'Jordan Lee' });
    await waitFor(() => expect(jordan).toHaveTextContent('Meetings and policy memos'));
    expect(jordan).toHaveTextContent('Dec 31, 2099');
    expect(jordansGrantFor('riverton')).toMatchObject({ scopes: ['meetings', 'memos'], endsOn: '2099-12-31' });

    await user.click(screen.getByRole('button', { name: 'Revoke access for Jordan Lee' }));
    const confirm = await screen.findByRole('dialog', { name: "Revoke Jordan Lee's access?" });
    await user.click(within(confirm).getByRole('button', { name: 'Revoke access' }));
    await within(screen.getByRole('region', { name: 'Access that ended' })).findByRole('listitem', {
      name: 'Jordan Lee',
    });
    expect(within(screen.getByRole('region', { name: 'Who can act for you' })).queryByText('Jordan Lee')).toBeNull();
    expect(jordansGrantFor('riverton')?.revokedAt).not.toBeNull();
  });

  it('shows her access history, newest first: what delegates did and who previewed, with the reason', async () => {
    // Jordan registers Ana for a meeting on her behalf; it goes to the top of her history.
    await apiRequest('signIn', { body: { email: demo.jordan, password: 'demo' } });
    const before = getDb().accessLog.length;
    const meeting = getDb().meetings.find((m) => m.kind === 'winter' && m.startsAt > clock.now().toISOString());
    if (!meeting) throw new Error('no upcoming winter meeting in the seed');
    await apiRequest('createRegistrations', {
      params: { memberId: 'riverton' },
      body: {
        meetingId: meeting.id,
        attendees: [{ kind: 'staff', name: 'Jordan Lee', title: 'Chief of Staff', email: demo.jordan }],
      },
      idempotencyKey: crypto.randomUUID(),
    });
    expect(getDb().accessLog.length).toBe(before + 1);

    const { user } = await renderApp('/m/riverton/access', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: 'Delegates' });
    await user.click(screen.getByRole('link', { name: 'Access history' }));
    await screen.findByRole('heading', { level: 1, name: 'Access history' });
    const entries = within(screen.getByRole('list', { name: 'Access history, newest first' })).getAllByRole('listitem');
    expect(entries[0]).toHaveTextContent('Jordan Lee acted for you');
    expect(entries[0]).toHaveTextContent(meeting.title);
    const preview = entries.find((entry) => entry.textContent.includes('previewed your hub'));
    expect(preview).toHaveTextContent('Morgan Hale of MIP previewed your hub');
    expect(preview).toHaveTextContent('Reason: Checking the installment plan before the budget call');
  });
});

describe('a delegate (Jordan Lee)', () => {
  it('has no Access section, and is told only the mayor manages delegates', async () => {
    await renderApp('/m/riverton', { signedInAs: demo.jordan });
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    expect(
      within(screen.getByRole('navigation', { name: 'Member hub' })).queryByRole('link', { name: 'Delegates' }),
    ).not.toBeInTheDocument();

    const { router } = await renderApp('/m/riverton/access', { signedInAs: demo.jordan });
    await screen.findByRole('heading', { level: 1, name: "You don't have access to this page" });
    expect(screen.getByText(/Only Mayor Ana Ortiz can/)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/m/riverton/access');
  });

  it('sees "Your access for Mayor Ana Ortiz was revoked" in an open tab, on the very next request', async () => {
    const { user, queryClient } = await renderApp('/m/riverton', { signedInAs: demo.jordan });
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    expect(screen.getByText('Acting for Mayor Ana Ortiz')).toBeInTheDocument();

    revokeJordanFor('riverton');
    // The memo requests are not on the dashboard: opening them asks the API, which refuses.
    await user.click(
      within(screen.getByRole('navigation', { name: 'Member hub' })).getByRole('link', { name: 'Policy memos' }),
    );

    await screen.findByRole('heading', { level: 1, name: 'Your access for Mayor Ana Ortiz was revoked' });
    expect(screen.getByText(/Ask them to grant it again/)).toBeInTheDocument();
    // Nothing of Ana's hub stays on screen, and the way on is the other mayor he acts for.
    expect(screen.queryByRole('navigation', { name: 'Member hub' })).not.toBeInTheDocument();
    expect(screen.queryByText('Acting for Mayor Ana Ortiz')).not.toBeInTheDocument();
    // As a person would: once nothing is loading any more.
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    await user.click(screen.getByRole('link', { name: 'Choose another mayor to act for' }));
    await screen.findByRole('heading', { level: 1, name: 'Choose a mayor to act for' });
    expect(screen.queryByRole('link', { name: /Mayor Ana Ortiz/ })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Mayor Dana Whitfield/ })).toBeInTheDocument();
  });

  it('sees the revocation when coming back to a tab left open, without clicking anything', async () => {
    const { queryClient } = await renderApp('/m/riverton/meetings', { signedInAs: demo.jordan });
    await screen.findByRole('heading', { level: 1, name: 'Meetings' });
    // Left open: nothing is loading any more. (A session read still on its way when the tab comes
    // back is the one the focus check joins, and it was sent before the revocation.)
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    revokeJordanFor('riverton');
    returnToTab();
    await screen.findByRole('heading', { level: 1, name: 'Your access for Mayor Ana Ortiz was revoked' });
  });

  it('loses access once its last day is over (the mock clock passes midnight)', async () => {
    const grant = jordansGrantFor('cedar-falls');
    if (!grant) throw new Error('Jordan has no grant for Cedar Falls');
    const lastDay = clock.now().toISOString().slice(0, 10);
    clock.set(`${lastDay}T23:50:00Z`);
    onTestFinished(() => clock.set(null));
    grant.endsOn = lastDay;

    const { user } = await renderApp('/m/cedar-falls', { signedInAs: demo.jordan });
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    expect(screen.getByText('Acting for Mayor Dana Whitfield')).toBeInTheDocument();

    clock.advance(20 * 60_000);
    await user.click(
      within(screen.getByRole('navigation', { name: 'Member hub' })).getByRole('link', { name: 'Meetings' }),
    );
    await screen.findByRole('heading', { level: 1, name: 'Your access for Mayor Dana Whitfield has ended' });
    expect(screen.getByText(/ended on .* Ask them to extend it/)).toBeInTheDocument();
  });
});

describe('a preview by MIP staff (Morgan Hale)', () => {
  it('ends after 60 minutes: the open tab says so, forgets the member, and offers no way to extend it', async () => {
    clock.set(clock.now());
    onTestFinished(() => clock.set(null));
    await apiRequest('signIn', { body: { email: demo.morgan, password: 'demo' } });
    await apiRequest('startPreview', {
      body: { memberId: 'riverton', reason: 'Checking the dues page before the call' },
    });
    const { queryClient } = await renderApp('/m/riverton');
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    expect(screen.getByRole('region', { name: 'Preview' })).toHaveTextContent('ends by');

    // Morgan keeps working (in another tab, say), so the session never sits idle; this tab is
    // left alone until he comes back to it.
    const keepSessionBusy = () => {
      for (const row of getDb().sessions) row.lastSeenAt = clock.now().toISOString();
    };
    clock.advance(59 * 60_000);
    keepSessionBusy();
    returnToTab();
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    expect(screen.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Preview' })).toBeInTheDocument();

    clock.advance(2 * 60_000);
    keepSessionBusy();
    returnToTab();
    await screen.findByRole('heading', { level: 1, name: 'Your preview has ended' });
    expect(screen.queryByRole('region', { name: 'Preview' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /extend/i })).not.toBeInTheDocument();
    expect(queryClient.getQueryData(['overview', 'riverton'])).toBeUndefined();
    expect(getDb().previews.at(-1)?.endedAt).not.toBeNull();
  });
});
