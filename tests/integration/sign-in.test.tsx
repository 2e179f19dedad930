import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { demo, renderApp } from '../setup/render-app';

async function fillSignIn(user: UserEvent, email: string, password: string) {
  await screen.findByRole('button', { name: 'Sign in' });
  if (email) await user.type(await screen.findByLabelText('E-mail address'), email);
  if (password) await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('signing in', () => {
  it('signs a mayor in with e-mail and password and opens their dashboard', async () => {
    const { user, router } = await renderApp('/sign-in');
    await fillSignIn(user, demo.ana, 'demo');
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/m/riverton');
  });

  it('says when the e-mail and password do not match, and keeps what was typed', async () => {
    const { user } = await renderApp('/sign-in');
    await fillSignIn(user, demo.ana, 'not-the-password');

    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    const link = within(summary).getByRole('link', { name: "That e-mail and password don't match an account" });
    await waitFor(() => expect(summary).toHaveFocus());
    // The message also sits next to the field, which is marked invalid.
    const email = screen.getByLabelText('E-mail address');
    expect(email).toHaveAccessibleDescription(expect.stringContaining("don't match an account"));
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveValue(demo.ana);
    expect(screen.getByLabelText('Password')).toHaveValue('not-the-password');

    await user.click(link);
    expect(email).toHaveFocus();
  });

  it('after five wrong passwords, says how long to wait before trying again', async () => {
    const { user } = await renderApp('/sign-in');
    const password = await screen.findByLabelText('Password');
    await user.type(await screen.findByLabelText('E-mail address'), demo.ana);
    for (let attempt = 1; attempt <= 6; attempt += 1) {
      await user.clear(password);
      await user.type(password, `guess-${String(attempt)}`);
      await user.click(screen.getByRole('button', { name: 'Sign in' }));
      const expected =
        attempt <= 5
          ? "That e-mail and password don't match an account"
          : 'Too many sign-in attempts. Wait 15 minutes, then try again.';
      const summary = await screen.findByRole('alert', { name: 'There is a problem' });
      await waitFor(() => expect(within(summary).getByRole('link', { name: expected })).toBeInTheDocument());
    }
    expect(screen.getByLabelText('E-mail address')).toHaveValue(demo.ana);
  });

  it('explains each missing or malformed answer in the summary and at its field', async () => {
    const { user } = await renderApp('/sign-in');
    await fillSignIn(user, '', '');

    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByRole('link', { name: 'Enter your e-mail address' })).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: 'Enter your password' })).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Error: Enter your password');

    await user.type(screen.getByLabelText('E-mail address'), 'ana.ortiz');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(
      await within(summary).findByRole('link', {
        name: 'Enter an e-mail address in the right format, like name@city.gov',
      }),
    ).toBeInTheDocument();
  });

  it('signs in with one click as a demo account', async () => {
    const { user, router } = await renderApp('/sign-in');
    const marcus = await screen.findByRole('button', { name: 'Sign in as Mayor Marcus Bell' });
    expect(screen.getByText(/all 3 memos used/)).toBeInTheDocument();
    await user.click(marcus);
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/m/lakeport');
  });

  it('sends a signed-out visitor to sign in, then back where they were going', async () => {
    const { user, router } = await renderApp('/m/riverton');
    await user.click(await screen.findByRole('button', { name: 'Sign in as Mayor Ana Ortiz' }));
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    expect(router.state.location.pathname).toBe('/m/riverton');
    expect(router.state.historyAction).toBe('REPLACE');
  });

  it('ignores a ?next= that points to another site', async () => {
    const { user, router } = await renderApp('/sign-in?next=//evil.example/phish');
    await user.click(await screen.findByRole('button', { name: 'Sign in as Mayor Ana Ortiz' }));
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    expect(router.state.location.pathname).toBe('/m/riverton');
  });

  it('says so, next to the form, when the API accepts the password but the next request is still signed out', async () => {
    // What a browser does when the app and the API are on different sites: the session cookie
    // the sign-in set is never sent back.
    server.use(
      http.get('*/api/v1/session', () =>
        HttpResponse.json({ error: { code: 'unauthenticated', message: 'Sign in to continue.' } }, { status: 401 }),
      ),
    );
    const { user, router } = await renderApp('/sign-in');
    await fillSignIn(user, demo.ana, 'demo');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You are not signed in');
    expect(alert).toHaveTextContent(
      `Signed in, but this browser did not send the session cookie back to the API at ${window.location.origin}.`,
    );
    expect(alert).toHaveTextContent('Check that this browser allows cookies for this site, then sign in again.');
    await waitFor(() => expect(alert.parentElement).toHaveFocus());
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(screen.getByLabelText('E-mail address')).toHaveValue(demo.ana);
  });
});
