import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demo, renderApp } from '../setup/render-app';

describe('"/" sends each person to their own home', () => {
  it.each([
    ['a mayor, to their city', demo.ana, '/m/riverton', 'Dashboard'],
    ['a mayor in grace, to their city', demo.dana, '/m/cedar-falls', 'Dashboard'],
    ['a delegate for two mayors, to choose', demo.jordan, '/act-as', 'Choose a mayor to act for'],
    ['MIP staff, to the work inbox', demo.morgan, '/staff', 'Work inbox'],
    ['a prospective mayor, to their welcome page', demo.leeChen, '/welcome', 'Welcome, Mayor Chen'],
  ])('%s', async (_, email, path, heading) => {
    const { router } = await renderApp('/', { signedInAs: email });
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(path);
  });

  it('sends someone who is not signed in to the sign-in page', async () => {
    const { router } = await renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.search).toBe('');
  });

  it('remembers the page asked for when sending someone to sign in', async () => {
    const { router } = await renderApp('/staff');
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(router.state.location.search).toBe('?next=%2Fstaff');
  });
});

describe("other members' hubs", () => {
  it('send MIP staff outside a preview to their member list (a hub is only seen in a preview)', async () => {
    const { router } = await renderApp('/m/riverton', { signedInAs: demo.morgan });
    expect(await screen.findByRole('heading', { level: 1, name: 'Member cities' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/staff/members');
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
  });

  it('are not found for a prospective mayor', async () => {
    await renderApp('/m/lakeport', { signedInAs: demo.leeChen });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it("are not found for another city's mayor", async () => {
    await renderApp('/m/riverton', { signedInAs: demo.marcus });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it("send a prospective mayor from their own city's hub to their welcome page", async () => {
    const { router } = await renderApp('/m/millbrook', { signedInAs: demo.leeChen });
    await screen.findByRole('heading', { level: 1, name: 'Welcome, Mayor Chen' });
    expect(router.state.location.pathname).toBe('/welcome');
  });

  it('keep staff-only pages to staff', async () => {
    const { router } = await renderApp('/staff', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    expect(router.state.location.pathname).toBe('/m/riverton');
  });
});

describe('unknown addresses', () => {
  it('show a page-not-found page', async () => {
    await renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
