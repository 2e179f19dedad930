import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { faults } from '@mocks/faults';
import { server } from '@mocks/node';
import { demo, renderApp } from '../setup/render-app';

/** Every library search the app sends, as its `q` (to prove typing is not one request per key). */
function recordSearches(): string[] {
  const searches: string[] = [];
  const realFetch = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (request.method === 'GET' && url.pathname.endsWith('/api/v1/briefing-books'))
      searches.push(url.searchParams.get('q') ?? '');
    return realFetch(request);
  });
  return searches;
}

const resultsHeading = () => screen.findByRole('heading', { level: 2, name: /results?|No results/ });

describe('the library', () => {
  it('searches as the person types, once per pause, with the words marked and the search in the URL', async () => {
    const searches = recordSearches();
    const { user, router } = await renderApp('/m/riverton/library', { signedInAs: demo.ana });
    await resultsHeading();
    searches.length = 0;
    await user.type(screen.getByLabelText('Search the library'), 'transit');
    await waitFor(() => expect(router.state.location.search).toBe('?q=transit'));
    await screen.findByRole('heading', { level: 2, name: /results? for “transit”/ });
    expect(searches.filter((q) => q !== '')).toEqual(['transit']);
    const region = screen.getByRole('region', { name: /results? for “transit”/ });
    // Screen readers are told what the search found (a status message), not only sighted people.
    expect(within(region).getByRole('status')).toHaveTextContent(/^[\d,]+ results? for “transit”$/);
    const results = within(region).getAllByRole('listitem');
    expect(within(results[0] as HTMLElement).getAllByText(/transit/i, { selector: 'mark' }).length).toBeGreaterThan(0);
  });

  it('opens a result in the app, having started to load it on hover; a modified click is left to the browser', async () => {
    const requested: string[] = [];
    server.events.on('request:start', ({ request }) => {
      requested.push(new URL(request.url).pathname);
    });
    const { user, router } = await renderApp('/m/riverton/library?q=transit', { signedInAs: demo.ana });
    const region = await screen.findByRole('region', { name: /results? for “transit”/ });
    const first = within(region).getAllByRole('link')[0] as HTMLAnchorElement;
    const bookPath = first.getAttribute('href') ?? '';
    expect(bookPath).toMatch(/^\/m\/riverton\/library\/[\w-]+$/);

    await user.hover(first);
    await waitFor(() => expect(requested).toContain(`/api/v1/briefing-books/${bookPath.split('/').at(-1)}`));
    await user.keyboard('{Control>}');
    await user.click(first);
    await user.keyboard('{/Control}');
    expect(router.state.location.pathname).toBe('/m/riverton/library');

    await user.click(first);
    await waitFor(() => expect(router.state.location.pathname).toBe(bookPath));
    expect(await screen.findByRole('heading', { level: 1, name: first.textContent })).toBeInTheDocument();
    server.events.removeAllListeners('request:start');
  });

  it('returns from a book to the same search: its words, its filters and its results', async () => {
    const { user, router } = await renderApp('/m/riverton/library', { signedInAs: demo.ana });
    await resultsHeading();
    await user.type(screen.getByLabelText('Search the library'), 'transit');
    await screen.findByRole('heading', { level: 2, name: /results? for “transit”/ });
    await user.selectOptions(screen.getByLabelText('Year'), '2025');
    await waitFor(() => expect(router.state.location.search).toBe('?q=transit&year=2025'));
    await waitFor(() => expect(screen.getByLabelText('Year')).toHaveValue('2025'));
    const region = await screen.findByRole('region', { name: /results? for “transit”/ });
    const first = within(region).getAllByRole('link')[0] as HTMLAnchorElement;
    await user.click(first);
    await screen.findByRole('heading', { level: 1, name: first.textContent });

    await user.click(screen.getByRole('link', { name: 'Back to your search' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/m/riverton/library'));
    expect(router.state.location.search).toBe('?q=transit&year=2025');
    expect(await screen.findByRole('heading', { level: 2, name: /results? for “transit”/ })).toBeInTheDocument();
    expect(screen.getByLabelText('Search the library')).toHaveValue('transit');
    expect(screen.getByLabelText('Year')).toHaveValue('2025');
  });

  it('offers the plain library from a book opened elsewhere', async () => {
    const { user, router } = await renderApp('/m/riverton/library/bb-winter-2026', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: 'Winter Meeting 2026 briefing book' });
    expect(screen.queryByRole('link', { name: 'Back to your search' })).toBeNull();
    await user.click(screen.getByRole('link', { name: 'Search the library' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/m/riverton/library'));
    expect(router.state.location.search).toBe('');
  });

  it('puts typed words in the URL in place of the last search, and follows the URL when it changes', async () => {
    const { user, router } = await renderApp('/m/riverton/library', { signedInAs: demo.ana });
    await resultsHeading();
    await act(() => router.navigate('/m/riverton/library?q=housing')); // a link to a search
    await screen.findByRole('heading', { level: 2, name: /results? for “housing”/ });
    const box = screen.getByLabelText('Search the library');
    expect(box).toHaveValue('housing');
    await user.clear(box);
    await user.type(box, 'water');
    await screen.findByRole('heading', { level: 2, name: /results? for “water”/ });
    await waitFor(() => expect(router.state.location.search).toBe('?q=water'));
    // The typing replaced the search it started from: Back goes to the library before it, and the
    // box and the results follow the URL.
    await act(() => router.navigate(-1));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await waitFor(() => expect(box).toHaveValue(''));
    expect(await screen.findByRole('heading', { level: 2, name: /^[\d,]+ results$/ })).toBeInTheDocument();
  });

  it('says it is searching only when a search takes a while, keeping the previous results meanwhile', async () => {
    const { user } = await renderApp('/m/riverton/library?q=housing', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 2, name: /results? for “housing”/ });
    const box = screen.getByLabelText('Search the library');
    await user.clear(box);
    await user.type(box, 'water');
    await screen.findByRole('heading', { level: 2, name: /results? for “water”/ });
    expect(screen.queryByText(/^Searching/)).toBeNull();

    faults.add({ method: 'GET', path: '/api/v1/briefing-books', kind: 'latency', ms: 3000 });
    await user.clear(box);
    await user.type(box, 'budget');
    expect(await screen.findByText('Searching for “budget”…')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: /results? for “(water|housing)”/ })).toBeInTheDocument();
    await screen.findByRole('heading', { level: 2, name: /results? for “budget”/ });
    expect(screen.queryByText(/^Searching/)).toBeNull();
  });

  it('keeps filters in the URL, so Back undoes one, and pages through results', async () => {
    const { user, router } = await renderApp('/m/riverton/library?q=housing', { signedInAs: demo.ana });
    const all = await screen.findByRole('heading', { level: 2, name: /results? for “housing”/ });
    const allText = all.textContent;
    await user.selectOptions(screen.getByLabelText('Year'), '2025');
    await waitFor(() => expect(router.state.location.search).toBe('?q=housing&year=2025'));
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 }).textContent).not.toBe(allText));

    await act(() => router.navigate(-1)); // the browser's back button
    await waitFor(() => expect(router.state.location.search).toBe('?q=housing'));
    await waitFor(() => expect(screen.getByLabelText('Year')).toHaveValue(''));

    await user.click(await screen.findByRole('link', { name: 'Next page' }));
    await waitFor(() => expect(router.state.location.search).toBe('?q=housing&page=2'));
    expect(await screen.findByText('Page 2 of', { exact: false })).toBeInTheDocument();
  });

  it('changes the URL at once for a filter chosen in the library, and waits for results only on arrival', async () => {
    const { user, router } = await renderApp('/m/riverton/library?q=housing', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 2, name: /results? for “housing”/ });
    faults.add({ method: 'GET', path: '/api/v1/briefing-books', kind: 'latency', ms: 2_000, times: Infinity });
    await user.selectOptions(screen.getByLabelText('Year'), '2025');
    // The navigation is not held for the answer: the URL and the form follow the choice at once,
    // and the previous results stay, saying a search is on its way.
    await waitFor(() => expect(router.state.location.search).toBe('?q=housing&year=2025'), { timeout: 1_000 });
    expect(await screen.findByText('Searching for “housing”…')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: /results? for “housing”/ })).toBeInTheDocument();

    // Coming from another page, the library opens with its results, never empty.
    faults.clear();
    await act(() => router.navigate('/m/riverton/library/bb-winter-2026'));
    await screen.findByRole('heading', { level: 1, name: 'Winter Meeting 2026 briefing book' });
    faults.add({ method: 'GET', path: '/api/v1/briefing-books', kind: 'latency', ms: 300 });
    await act(() => router.navigate('/m/riverton/library?q=water'));
    expect(router.state.location.search).toBe('?q=water');
    expect(screen.getByRole('heading', { level: 2, name: /results? for “water”/ })).toBeInTheDocument();
  });

  it('says what found nothing, and offers to search all years', async () => {
    const { user, router } = await renderApp('/m/riverton/library?q=zoning&year=2016&area=public-safety', {
      signedInAs: demo.ana,
    });
    expect(await screen.findByRole('heading', { level: 2, name: 'No results for “zoning”' })).toBeInTheDocument();
    expect(screen.getByText('Nothing in the library matches “zoning” in 2016.')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Search all years' }));
    await waitFor(() => expect(router.state.location.search).toBe('?q=zoning&area=public-safety'));
  });

  it('shows a failed search with a way to retry, and recovers', async () => {
    faults.add({ method: 'GET', path: '/api/v1/briefing-books', kind: 'status', status: 503, times: Infinity });
    const { user } = await renderApp('/m/riverton/library?q=parks', { signedInAs: demo.ana });
    const retry = await screen.findByRole('button', { name: 'Try again' });
    faults.clear();
    await user.click(retry);
    expect(await screen.findByRole('heading', { level: 2, name: /results? for “parks”/ })).toBeInTheDocument();
  });

  it('opens a briefing book with its meeting, sections, speakers and readings that open safely', async () => {
    const { user, router } = await renderApp('/m/riverton/meetings/winter-2026', { signedInAs: demo.ana });
    const book = await screen.findByRole('region', { name: 'Briefing book' });
    await user.click(await within(book).findByRole('link', { name: 'Winter Meeting 2026 briefing book' }));
    await screen.findByRole('heading', { level: 1, name: 'Winter Meeting 2026 briefing book' });
    expect(screen.getByRole('link', { name: 'Winter Meeting 2026' })).toHaveAttribute(
      'href',
      '/m/riverton/meetings/winter-2026',
    );
    expect(screen.getAllByRole('heading', { level: 2 }).length).toBeGreaterThan(2);
    expect(screen.getAllByRole('heading', { level: 3, name: 'Speakers' }).length).toBeGreaterThan(0);
    // A reading with no page of its own is listed without a link (not to its publisher's home page).
    const readings = screen.getAllByRole('region', { name: /reading/i }).at(-1) as HTMLElement;
    expect(within(readings).getAllByRole('listitem').length).toBeGreaterThan(1);
    for (const link of within(readings).queryAllByRole('link')) {
      expect(new URL(link.getAttribute('href') ?? '').pathname).not.toBe('/');
    }

    await act(() => router.navigate('/m/riverton/library/bb-summer-2013-s6'));
    await screen.findByRole('heading', { level: 1, name: 'Session brief: Inclusionary zoning' });
    const reading = screen.getByRole('link', { name: /^Out of Reach\s?\(opens in a new tab\)$/ });
    expect(reading).toHaveAttribute('target', '_blank');
    expect(reading).toHaveAttribute('rel', 'noopener noreferrer');
    expect(reading).toHaveAttribute('href', 'https://nlihc.org/oor');
  });

  it('renders hostile rich text from the API inert', async () => {
    const hostile =
      '<p>Read this</p><script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">' +
      '<a href="javascript:window.__pwned=3">click</a>';
    server.use(
      http.get('*/api/v1/briefing-books/bb-hostile', () =>
        HttpResponse.json({
          id: 'bb-hostile',
          kind: 'resource',
          title: 'A hostile resource',
          summary: 'Rich text that tries to run code.',
          policyArea: { id: 'housing', name: 'Housing' },
          year: 2026,
          meetingId: null,
          meetingTitle: null,
          publishedOn: '2026-11-01',
          introductionHtml: hostile,
          sections: [
            {
              id: 's1',
              kind: 'background',
              title: 'Background',
              bodyHtml: `<p onclick="window.__pwned = 4">Section text</p>${hostile}`,
              speakers: [],
              readings: [],
            },
          ],
        }),
      ),
    );
    await renderApp('/m/riverton/library/bb-hostile', { signedInAs: demo.ana });
    expect(await screen.findAllByText('Read this')).toHaveLength(2);
    expect(document.querySelector('main script, main img')).toBeNull();
    for (const link of screen.getAllByText('click')) expect(link).not.toHaveAttribute('href');
    expect(screen.getByText('Section text')).not.toHaveAttribute('onclick');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('saves a book for later: on the Saved view and the dashboard, and unsaves it', async () => {
    const { user } = await renderApp('/m/lakeport/library/bb-winter-2026', { signedInAs: demo.marcus });
    await screen.findByRole('heading', { level: 1, name: 'Winter Meeting 2026 briefing book' });
    const save = screen.getByRole('button', { name: 'Save Winter Meeting 2026 briefing book' });
    expect(save).toHaveAttribute('aria-pressed', 'false');
    await user.click(save);
    const saved = await screen.findByRole('button', { name: /^Saved: Winter Meeting 2026 briefing book/ });
    expect(saved).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('link', { name: 'Search the library' }));
    await user.click(await screen.findByRole('link', { name: 'Saved' }));
    expect(await screen.findByRole('link', { name: 'Winter Meeting 2026 briefing book' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Dashboard' }));
    const widget = await screen.findByRole('region', { name: 'Saved for later' });
    expect(await within(widget).findByRole('link', { name: 'Winter Meeting 2026 briefing book' })).toBeInTheDocument();

    await user.click(within(widget).getByRole('link', { name: 'Winter Meeting 2026 briefing book' }));
    await user.click(await screen.findByRole('button', { name: /^Saved: Winter Meeting 2026 briefing book/ }));
    expect(await screen.findByRole('button', { name: 'Save Winter Meeting 2026 briefing book' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });
});
