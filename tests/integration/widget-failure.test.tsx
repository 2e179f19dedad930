import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { faults } from '@mocks/faults';
import { demo, renderApp } from '../setup/render-app';

describe('a dashboard widget whose data fails', () => {
  it('fails alone, says why, and recovers with "Try again"', async () => {
    // Three server errors: the first load and both automatic retries.
    faults.add({ path: '/members/riverton/memo-allowance', kind: 'status', status: 500, times: 3 });
    const { user } = await renderApp('/m/riverton', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });

    // The rest of the page is there while the memo widget is still retrying.
    expect(await within(screen.getByRole('region', { name: 'Dues' })).findByText('Open')).toBeInTheDocument();

    const memos = screen.getByRole('region', { name: 'Policy memos' });
    const retry = await within(memos).findByRole('button', { name: 'Try again' });
    expect(within(memos).getByRole('alert')).toHaveTextContent('The Member Hub had a problem on its side.');
    expect(within(screen.getByRole('region', { name: 'Next meetings' })).queryByRole('alert')).not.toBeInTheDocument();

    await user.click(retry);
    expect(await within(memos).findByText('1 of 3 used')).toBeInTheDocument();
    expect(within(memos).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('does not retry a refusal automatically', async () => {
    faults.add({ path: '/members/riverton/dues', kind: 'status', status: 404 });
    await renderApp('/m/riverton', { signedInAs: demo.ana });
    const dues = await screen.findByRole('region', { name: 'Dues' });
    // One 404 is the answer: shown at once (no backoff), and the next request would have succeeded.
    expect(await within(dues).findByText('Not found', {}, { timeout: 1500 })).toBeInTheDocument();
    expect(faults.list()).toHaveLength(0);
  });
});
