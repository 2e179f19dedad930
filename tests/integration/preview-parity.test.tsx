import { cleanup, screen, waitFor } from '@testing-library/react';
import type { RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { apiRequest } from '@/api/client';
import { readOnlyReason } from '@/api/queries/read-only-reason';
import { createQueryClient } from '@/app/query-client';
import { createAppRoutes } from '@/app/router';
import { paths } from '@/config/paths';
import { clock } from '@mocks/clock';
import { getDb } from '@mocks/db/db';
import { demo, renderApp } from '../setup/render-app';

/**
 * A preview shows MIP staff what the mayor sees. For every page of a member's hub (the member
 * routes, as the router has them), the main content reads the same for Mayor Ana Ortiz and for
 * Morgan Hale previewing Riverton, once the preview's own additions are left out: its banner (not
 * in <main>), the sentence that says why a control is off, and the preview's own entry in the
 * access history (the mayor looked before it began).
 */

const REASON = 'Checking that a preview matches';

/**
 * What only the mayor's page has because the mayor can change things and a preview can't: the
 * promise that a draft is saved as they type, and the control to discard it.
 */
const ONLY_WHERE_CHANGES_ARE_POSSIBLE: Record<string, RegExp[]> = {
  'memos/new': [/What you type is saved to your account[^.]*\./, /Discard draft$/],
};

function memberPagePatterns(): string[] {
  const find = (routes: RouteObject[]): RouteObject | undefined => {
    for (const route of routes) {
      if (route.path === paths.member.pattern) return route;
      const inside = route.children && find(route.children);
      if (inside) return inside;
    }
    return undefined;
  };
  const member = find(createAppRoutes(createQueryClient()));
  return (member?.children ?? []).map((route) => (route.index ? '' : (route.path ?? '')));
}

/** A real record for each path parameter, read from the seed the test runs on. */
function paramValues(): Record<string, string> {
  const db = getDb();
  const now = clock.now().toISOString();
  const value = (name: string, found: string | undefined): string => {
    if (!found) throw new Error(`The seed has no ${name} for Riverton`);
    return found;
  };
  return {
    memberId: 'riverton',
    meetingId: value(
      'upcoming meeting',
      db.meetings.find((m) => m.invitedMemberIds === null && m.startsAt > now && m.registrationOpensAt <= now)?.id,
    ),
    memoRequestId: value('memo', db.memoRequests.find((m) => m.memberId === 'riverton')?.id),
    bookId: value('saved book', db.bookmarks.find((b) => b.personId === 'ana-ortiz')?.bookId),
    trackId: value('track', db.tracks[0]?.id),
    invoiceId: value('invoice', db.invoices.filter((i) => i.memberId === 'riverton').at(-1)?.id),
  };
}

function urlOf(pattern: string, values: Record<string, string>): string {
  const path = `${paths.member.pattern}/${pattern}`.replace(/\/$/, '');
  return path.replace(/:(\w+)/g, (_, name: string) => {
    const found = values[name];
    if (!found) throw new Error(`No value for :${name} in ${pattern}: add one to paramValues()`);
    return found;
  });
}

/** The main content once every widget has its data: no skeleton, no "Loading…", and two reads alike. */
async function settledMainText(): Promise<string> {
  await screen.findByRole('heading', { level: 1 });
  const main = screen.getByRole('main');
  let last = '';
  await waitFor(
    () => {
      expect(main.querySelector('[aria-busy="true"]')).toBeNull();
      expect(main.textContent).not.toMatch(/Loading/);
      const now = main.textContent.replace(/\s+/g, ' ').trim();
      const same = now === last;
      last = now;
      expect(same).toBe(true);
    },
    { interval: 150 },
  );
  return last;
}

async function asMayor(url: string, pattern: string): Promise<string> {
  await renderApp(url, { signedInAs: demo.ana });
  const text = await settledMainText();
  cleanup();
  const left = (ONLY_WHERE_CHANGES_ARE_POSSIBLE[pattern] ?? []).reduce((t, only) => t.replace(only, ''), text);
  return left.replace(/\s+/g, ' ').trim();
}

async function asPreview(url: string): Promise<string> {
  await apiRequest('signIn', { body: { email: demo.morgan, password: 'demo' } });
  await apiRequest('startPreview', { body: { memberId: 'riverton', reason: REASON } });
  await renderApp(url);
  const text = await settledMainText();
  const session = await apiRequest('getSession', {});
  const why = readOnlyReason(session) ?? '';
  cleanup();
  const itself = new RegExp(`Morgan Hale of MIP previewed your hubMIP previewReason: ${REASON}.*?, still open`);
  // A control that is off says why (ChangeButton), and a form that can't be sent says so first.
  const explained = text
    .split(why)
    .join('')
    .replace(/Read-only preview/, '');
  return explained.replace(itself, '').replace(/\s+/g, ' ').trim();
}

describe('a preview shows each member page as the mayor sees it (Morgan Hale previewing Riverton)', () => {
  const patterns = memberPagePatterns();

  it('finds the member pages in the router', () => {
    expect(patterns).toEqual(expect.arrayContaining(['', 'meetings', 'memos', 'library', 'library/saved', 'dues']));
  });

  it.each(patterns.map((p) => [p === '' ? 'dashboard' : p, p]))('%s', async (_name, pattern) => {
    const url = urlOf(pattern, paramValues());
    const mayor = await asMayor(url, pattern);
    const preview = await asPreview(url);
    expect(preview).toBe(mayor);
  });
});
