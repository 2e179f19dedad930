import { describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import type { Session } from '@/api/contracts/session';
import { rememberSignedOut, signInRedirect } from '@/api/sign-in-redirect';
import { startSession } from './sign-in';

const page = new Request('http://hub.example/m/lakeport/meetings?when=upcoming');

describe('where a page that finds no session sends the person', () => {
  it('brings them back to the page after signing in, unless they signed out in this app', () => {
    const queryClient = new QueryClient();
    expect(signInRedirect(queryClient, page).headers.get('Location')).toBe(
      `/sign-in?next=${encodeURIComponent('/m/lakeport/meetings?when=upcoming')}`,
    );
    rememberSignedOut(queryClient);
    expect(signInRedirect(queryClient, page).headers.get('Location')).toBe('/sign-in');
    // Another app in the same page (a second tab's state) is not affected.
    expect(signInRedirect(new QueryClient(), page).headers.get('Location')).toContain('?next=');
  });

  it('brings the next person who signs in back again once their own session expires', () => {
    const queryClient = new QueryClient();
    rememberSignedOut(queryClient);
    startSession(queryClient, { person: { id: 'marcus-bell' } } as unknown as Session);
    expect(signInRedirect(queryClient, page).headers.get('Location')).toContain('?next=');
  });
});
