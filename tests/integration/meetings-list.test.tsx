import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { faults } from '@mocks/faults';
import { demo, renderApp } from '../setup/render-app';

/** The list of meetings under the "Upcoming meetings (n)" / "Past meetings (n)" heading. */
async function meetingItems(name: RegExp) {
  const section = await screen.findByRole('region', { name });
  return within(section).getAllByRole('listitem');
}

describe('the meetings list', () => {
  it('is in the member nav and shows upcoming meetings soonest first, with the city’s status', async () => {
    const { user } = await renderApp('/m/riverton', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    await user.click(
      within(screen.getByRole('navigation', { name: 'Member hub' })).getByRole('link', { name: 'Meetings' }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Meetings' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Upcoming' })).toHaveAttribute('aria-current', 'page');

    const items = await meetingItems(/^Upcoming meetings/);
    const winter = items.find((item) => within(item).queryByRole('link', { name: 'Winter Meeting 2027' }));
    expect(winter).toHaveTextContent('Washington, DC');
    expect(winter).toHaveTextContent(/Jan 20 – 22, 2027/);
    expect(winter).toHaveTextContent(/Not registered · registration closes Jan 6/);
    // Riverton is invited to the housing convening; Lakeport's roundtable is not listed.
    expect(screen.getByRole('link', { name: 'Housing Affordability Convening' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Great Lakes Regional Roundtable' })).not.toBeInTheDocument();
    expect(screen.getByText('Full — waitlist')).toBeInTheDocument();
  });

  it('shows past meetings latest first, filters by kind and year in the URL, and the back button undoes it', async () => {
    const { user, router } = await renderApp('/m/riverton/meetings', { signedInAs: demo.ana });
    await user.click(await screen.findByRole('link', { name: 'Past' }));
    expect(await screen.findByRole('heading', { level: 2, name: /^Past meetings/ })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?when=past');
    const past = await meetingItems(/^Past meetings/);
    expect(within(past[0] as HTMLElement).getByRole('heading', { level: 3 })).toHaveTextContent('Summer Meeting 2026');
    expect(past[0]).toHaveTextContent(/2 people registered/);

    await user.selectOptions(screen.getByLabelText('Kind of meeting'), 'Winter Meetings');
    await user.selectOptions(screen.getByLabelText('Year'), '2025');
    await user.click(screen.getByRole('button', { name: 'Show meetings' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Past meetings (1)' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?when=past&kind=winter&year=2025');
    expect(screen.getByRole('link', { name: 'Winter Meeting 2025' })).toBeInTheDocument();

    await act(() => router.navigate(-1)); // the browser's back button
    expect(await screen.findByRole('heading', { level: 2, name: /^Past meetings \((\d{2,})\)/ })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?when=past');
    expect(screen.getByLabelText('Kind of meeting')).toHaveValue('');
  });

  it('pages through a long list, keeping the filters', async () => {
    const { user, router } = await renderApp('/m/riverton/meetings?when=past', { signedInAs: demo.ana });
    const pages = await screen.findByRole('navigation', { name: 'Pages of meetings' });
    expect(pages).toHaveTextContent(/Page 1 of \d/);
    await user.click(within(pages).getByRole('link', { name: 'Next page' }));
    expect(await screen.findByText(/Page 2 of \d/)).toBeInTheDocument();
    expect(router.state.location.search).toBe('?when=past&page=2');
    const heading = screen.getByRole('heading', { level: 2, name: /^Past meetings/ });
    const total = Number(/\((\d+)\)/.exec(heading.textContent)?.[1]);
    expect(await meetingItems(/^Past meetings/)).toHaveLength(Math.min(10, total - 10));
  });

  it('says when nothing matches and offers to widen the search', async () => {
    const { user } = await renderApp('/m/riverton/meetings?when=past&kind=summer&year=2031', {
      signedInAs: demo.ana,
    });
    expect(await screen.findByText('No past Summer Meetings in 2031.')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Show all years' }));
    expect(await screen.findByRole('link', { name: 'Summer Meeting 2026' })).toBeInTheDocument();
  });

  it('shows a failure with "Try again", which loads the list', async () => {
    // The first load and both automatic retries fail.
    faults.add({ path: '/api/v1/meetings', kind: 'status', status: 500, times: 3 });
    const { user } = await renderApp('/m/riverton/meetings', { signedInAs: demo.ana });
    expect(
      await screen.findByRole('heading', { level: 1, name: "This page couldn't be loaded" }, { timeout: 8000 }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Meetings' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Winter Meeting 2027' })).toBeInTheDocument();
  });
});
