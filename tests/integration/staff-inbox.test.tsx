import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demo, renderApp } from '../setup/render-app';

/** The items of the inbox list, each as its text. */
function itemsShown(): string[] {
  const list = screen.queryByRole('list', { name: 'Work waiting' });
  return list
    ? within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent)
    : [];
}

describe("MIP staff's work inbox", () => {
  it("is Morgan's home: programs and policy work, tabs counting each kind, the longest waiting first", async () => {
    const { router } = await renderApp('/', { signedInAs: demo.morgan });
    expect(await screen.findByRole('heading', { level: 1, name: 'Work inbox' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/staff');
    expect(screen.getByText(/in your areas \(Programs, Policy\)/)).toBeInTheDocument();

    const tabs = within(screen.getByRole('navigation', { name: 'Kinds of work' })).getAllByRole('link');
    expect(tabs.map((t) => t.textContent)).toEqual([
      expect.stringMatching(/^Everything \(\d+\)$/),
      expect.stringMatching(/^Memo requests \(\d+\)$/),
      expect.stringMatching(/^Travel support \(\d+\)$/),
    ]);
    expect(tabs[0]).toHaveAttribute('aria-current', 'page');
    expect(screen.queryByText(/Financial assistance/)).not.toBeInTheDocument();

    const items = itemsShown();
    expect(items.length).toBeGreaterThan(0);
    const waited = items.map((text) => Number(/Waiting (\d+) day/.exec(text)?.[1] ?? 0));
    expect(waited).toEqual([...waited].sort((a, b) => b - a));
  });

  it('filters by tab and by the filter form, keeping every choice in the URL', async () => {
    const { user, router } = await renderApp('/staff', { signedInAs: demo.morgan });
    await screen.findByRole('heading', { level: 1, name: 'Work inbox' });

    await user.click(screen.getByRole('link', { name: /^Memo requests/ }));
    expect(await screen.findByRole('heading', { level: 2, name: /^Memo requests/ })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?kind=memo_request');
    await waitFor(() => {
      const shown = itemsShown();
      expect(shown.length).toBeGreaterThan(0);
      for (const text of shown) expect(text).toMatch(/^Memo request ·/);
    });

    await user.selectOptions(screen.getByLabelText('Stage'), 'In progress');
    await user.selectOptions(screen.getByLabelText('Order'), 'Newest first');
    await user.click(screen.getByRole('checkbox', { name: 'Assigned to me' }));
    await user.click(screen.getByRole('button', { name: 'Show work' }));
    await waitFor(() =>
      expect(router.state.location.search).toBe('?kind=memo_request&stage=in_progress&mine=1&sort=newest'),
    );
    expect(screen.getByLabelText('Stage')).toHaveValue('in_progress');
    expect(screen.getByRole('checkbox', { name: 'Assigned to me' })).toBeChecked();
    await waitFor(() => {
      const shown = itemsShown();
      expect(shown.length).toBeGreaterThan(0);
      for (const text of shown) {
        expect(text).toContain('Assigned to Morgan Hale');
        expect(text).toContain('In progress');
      }
    });
  });

  it('shows a city that has nothing waiting as such, not as an error', async () => {
    await renderApp('/staff?city=millbrook&kind=travel_support', { signedInAs: demo.morgan });
    expect(await screen.findByText('Nothing is waiting under these filters.')).toBeInTheDocument();
    expect(screen.getByLabelText('City')).toHaveValue('millbrook');
  });

  it('shows Theo Grant, in finance, the confidential financial-assistance requests and applications', async () => {
    await renderApp('/', { signedInAs: demo.theo });
    await screen.findByRole('heading', { level: 1, name: 'Work inbox' });
    const tabs = within(screen.getByRole('navigation', { name: 'Kinds of work' })).getAllByRole('link');
    expect(tabs.map((t) => t.textContent.replace(/ \(\d+\)$/, ''))).toEqual([
      'Everything',
      'Financial assistance',
      'Applications',
      'Invoice requests',
    ]);
    const items = itemsShown();
    expect(items.some((text) => text.startsWith('Financial assistance · Cedar Falls, IA'))).toBe(true);
    expect(items.some((text) => text.startsWith('Membership application · Millbrook, NY'))).toBe(true);
    expect(screen.queryByLabelText('Area')).not.toBeInTheDocument();
  });
});
