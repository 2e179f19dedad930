import { cleanup } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiRequest } from '@/api/client';
import { readOnlyReason } from '@/api/queries/read-only-reason';
import { memberPagePatterns, paramValues, settledMainText, urlOf } from '../setup/member-pages';
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
    const url = urlOf(pattern, paramValues('riverton', 'ana-ortiz'));
    const mayor = await asMayor(url, pattern);
    const preview = await asPreview(url);
    expect(preview).toBe(mayor);
  });
});
