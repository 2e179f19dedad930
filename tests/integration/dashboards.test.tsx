import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demo, renderApp } from '../setup/render-app';

/** A dashboard widget: the section named by its h2. */
async function widget(name: string) {
  return screen.findByRole('region', { name });
}

describe('the dashboard of each demo mayor', () => {
  it('shows Ana Ortiz (Riverton) her status, memo allowance, installment due and the rest', async () => {
    await renderApp('/m/riverton', { signedInAs: demo.ana });
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
    // The city and its status on every page.
    expect(screen.getByText('Riverton, WI')).toBeInTheDocument();
    expect(screen.getAllByText(/^Member through /).length).toBeGreaterThan(0);

    const memos = await widget('Policy memos');
    expect(await within(memos).findByText('1 of 3 used')).toBeInTheDocument();
    expect(within(memos).getByText(/2 remaining · resets Jul 1, 20\d\d/)).toBeInTheDocument();
    expect(within(memos).getByRole('meter', { name: /Policy memos used/ })).toHaveAttribute('aria-valuenow', '1');

    const attention = await widget('What needs attention');
    expect(within(attention).getByText(/Installment \d of \$2,000\.00 due in \d+ days/)).toBeInTheDocument();

    const dues = await widget('Dues');
    expect(await within(dues).findByText(/^\$4,000\.00 a year/)).toBeInTheDocument();
    expect(within(dues).getByText('212,000')).toBeInTheDocument();
    expect(within(dues).getByText('Open')).toBeInTheDocument();
    expect(within(dues).getByText('Next installment')).toBeInTheDocument();

    const meetings = await widget('Next meetings');
    expect(await within(meetings).findAllByRole('heading', { level: 3 })).toHaveLength(3);

    const tracks = await widget('Tracks joined');
    expect(await within(tracks).findByText('First-term mayors', { exact: false })).toBeInTheDocument();

    const books = await widget('Recent briefing books');
    expect(await within(books).findAllByRole('listitem')).toHaveLength(4);
  });

  it('shows Marcus Bell (Lakeport) all memos used, dues paid, and his invite-only meetings', async () => {
    await renderApp('/m/lakeport', { signedInAs: demo.marcus });
    const memos = await widget('Policy memos');
    expect(await within(memos).findByText('3 of 3 used')).toBeInTheDocument();
    expect(within(memos).getByText(/None remaining/)).toBeInTheDocument();

    const dues = await widget('Dues');
    expect(await within(dues).findByText('Paid')).toBeInTheDocument();
    expect(within(dues).getByText(/^\$8,000\.00 a year/)).toBeInTheDocument();

    // Lakeport is invited to three meetings before the Winter Meeting; one is already full.
    const meetings = await widget('Next meetings');
    expect(await within(meetings).findAllByText('Invite-only')).toHaveLength(3);
    expect(within(meetings).getByText('Full — waitlist')).toBeInTheDocument();
    expect(
      within(meetings).getAllByText(/^Not registered · registration closes [A-Z][a-z]{2} \d+$/).length,
    ).toBeGreaterThan(0);
  });

  it('shows Dana Whitfield (Cedar Falls) that her membership is in grace with dues overdue', async () => {
    await renderApp('/m/cedar-falls', { signedInAs: demo.dana });
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    expect(screen.getAllByText(/^In grace until .+ — dues overdue$/).length).toBeGreaterThan(0);

    const attention = await widget('What needs attention');
    expect(within(attention).getByText(/overdue/)).toBeInTheDocument();
    const dues = await widget('Dues');
    expect(await within(dues).findByText('Overdue')).toBeInTheDocument();
    expect(within(dues).getByText(/\$750\.00 was due/)).toBeInTheDocument();

    // Registered for the Winter Meeting, whose dates show in the meeting's own time zone.
    const meetings = await widget('Next meetings');
    const winter = (await within(meetings).findAllByRole('listitem')).find((item) =>
      /Winter Meeting/.test(item.textContent),
    );
    expect(winter).toHaveTextContent(/1 person registered/);
    expect(winter).toHaveTextContent(/Washington, DC/);
  });
});

describe('the dashboard action list', () => {
  it('links Ana’s coming payment to the dues page, where paying is done', async () => {
    await renderApp('/m/riverton', { signedInAs: demo.ana });
    const ana = await widget('What needs attention');
    expect(within(ana).getByRole('link', { name: /Installment 2 of \$2,000\.00 due in \d+ days/ })).toHaveAttribute(
      'href',
      '/m/riverton/dues',
    );
  });

  it('links Dana’s urgent overdue invoice to the dues page', async () => {
    await renderApp('/m/cedar-falls', { signedInAs: demo.dana });
    const dana = await widget('What needs attention');
    expect(within(dana).getByRole('link', { name: /Invoice of \$750\.00 is overdue/ })).toHaveAttribute(
      'href',
      '/m/cedar-falls/dues',
    );
  });

  it.each([
    ['riverton', demo.ana],
    ['lakeport', demo.marcus],
    ['cedar-falls', demo.dana],
  ] as const)('makes every action on %s’s list a link', async (memberId, who) => {
    await renderApp(`/m/${memberId}`, { signedInAs: who });
    const attention = await widget('What needs attention');
    const items = await within(attention).findAllByRole('listitem');
    for (const item of items) expect(within(item).getByRole('link')).toBeInTheDocument();
  });
});
