import { cleanup } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { memberPagePatterns, paramValues, settledMainText, urlOf } from '../setup/member-pages';
import { demo, renderApp } from '../setup/render-app';

/**
 * Money reads one way on a page: a city's own money (dues, invoices, payments, travel support)
 * to the cent everywhere ("$750.00" beside "$187.50", never "$750" beside "$187.50"); the dues
 * price list, which is whole dollars, without cents.
 */

const AMOUNT = /\$\d[\d,]*(?:\.\d\d)?/g;

/** The amounts on the page, sorted into "to the cent" and "whole dollars". */
async function amountsOnPage(url: string, signedInAs?: string) {
  await renderApp(url, { signedInAs });
  const amounts = (await settledMainText()).match(AMOUNT) ?? [];
  cleanup();
  return {
    toTheCent: amounts.filter((a) => a.includes('.')),
    wholeDollars: amounts.filter((a) => !a.includes('.')),
  };
}

const pages = memberPagePatterns();
const withoutRecords = pages.filter((p) => !p.includes(':'));
const name = (p: string) => (p === '' ? 'dashboard' : p);

describe('money reads one way on each page', () => {
  it.each(pages.map((p) => [name(p), p]))('Riverton (Mayor Ana Ortiz): %s', async (_name, pattern) => {
    const { wholeDollars } = await amountsOnPage(urlOf(pattern, paramValues('riverton', 'ana-ortiz')), demo.ana);
    expect(wholeDollars).toEqual([]);
  });

  it.each(withoutRecords.map((p) => [name(p), p]))('Cedar Falls (Mayor Dana Whitfield): %s', async (_name, pattern) => {
    const url = urlOf(pattern, { memberId: 'cedar-falls' });
    const { wholeDollars } = await amountsOnPage(url, demo.dana);
    expect(wholeDollars).toEqual([]);
  });

  it('the dues price list on the join page is in whole dollars', async () => {
    const { toTheCent, wholeDollars } = await amountsOnPage(paths.join.href());
    expect(toTheCent).toEqual([]);
    expect(wholeDollars).toContain('$750');
  });
});
