import { screen, waitFor } from '@testing-library/react';
import type { RouteObject } from 'react-router';
import { expect } from 'vitest';
import { createQueryClient } from '@/app/query-client';
import { createAppRoutes } from '@/app/router';
import { paths } from '@/config/paths';
import { clock } from '@mocks/clock';
import { getDb } from '@mocks/db/db';

/** Every page of a member's hub, with real records for its parameters, for tests that walk them all. */

/** The member routes, as the router has them: '' for the dashboard, then 'meetings', … */
export function memberPagePatterns(): string[] {
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

/** A real record of this member for each path parameter, read from the seed the test runs on. */
export function paramValues(memberId: string, personId: string): Record<string, string> {
  const db = getDb();
  const now = clock.now().toISOString();
  const value = (name: string, found: string | undefined): string => {
    if (!found) throw new Error(`The seed has no ${name} for ${memberId}`);
    return found;
  };
  return {
    memberId,
    meetingId: value(
      'upcoming meeting',
      db.meetings.find((m) => m.invitedMemberIds === null && m.startsAt > now && m.registrationOpensAt <= now)?.id,
    ),
    memoRequestId: value('memo', db.memoRequests.find((m) => m.memberId === memberId)?.id),
    bookId: value('saved book', db.bookmarks.find((b) => b.personId === personId)?.bookId),
    trackId: value('track', db.tracks[0]?.id),
    invoiceId: value('invoice', db.invoices.filter((i) => i.memberId === memberId).at(-1)?.id),
  };
}

export function urlOf(pattern: string, values: Record<string, string>): string {
  const path = `${paths.member.pattern}/${pattern}`.replace(/\/$/, '');
  return path.replace(/:(\w+)/g, (_, name: string) => {
    const found = values[name];
    if (!found) throw new Error(`No value for :${name} in ${pattern}: add one to paramValues()`);
    return found;
  });
}

/** The main content once every widget has its data: no skeleton, no "Loading…", and two reads alike. */
export async function settledMainText(): Promise<string> {
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
