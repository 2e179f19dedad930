import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demo, renderApp } from '../setup/render-app';

describe('the welcome page of a prospective mayor (Lee Chen, Millbrook)', () => {
  it('shows the join status, the fee for the population on file, and the free Winter Meeting', async () => {
    await renderApp('/welcome', { signedInAs: demo.leeChen });
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Mayor Chen' })).toBeInTheDocument();

    const status = screen.getByRole('region', { name: 'Your membership' });
    expect(within(status).getByText('Not yet a member')).toBeInTheDocument();
    expect(within(status).getByText('45,000')).toBeInTheDocument();

    const fee = screen.getByRole('region', { name: 'Your annual membership fee' });
    expect(await within(fee).findByText('$1,500')).toBeInTheDocument();
    expect(within(fee).getByText(/on file for your city, 45,000/)).toBeInTheDocument();

    const meeting = screen.getByRole('region', { name: 'Your first Winter Meeting is free' });
    expect(await within(meeting).findByRole('heading', { level: 3, name: /Winter Meeting/ })).toBeInTheDocument();

    // No links into areas that don't exist yet: only the logo's link home.
    expect(within(screen.getByRole('main')).queryAllByRole('link')).toHaveLength(0);
  });
});
