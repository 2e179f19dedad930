import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Page } from '@playwright/test';
import { accounts } from './accounts';
import { expect, test } from './side-by-side';

const TITLE = 'Transit Equity Convening';

/** A city registers its people for the convening, as its mayor does. */
async function register(page: Page, memberId: string, people: { name: string; title: string; email: string }[]) {
  await page.goto(`/m/${memberId}/meetings?when=upcoming`);
  await page.getByRole('link', { name: TITLE }).click();
  await page.getByRole('region', { name: "Your city's registrations" }).getByRole('link', { name: 'RSVP' }).click();
  const person = (n: number) => page.getByRole('group', { name: new RegExp(`^Person ${n}`) });
  for (const [index, who] of people.entries()) {
    if (index > 0) await page.getByRole('button', { name: 'Add another person' }).click();
    await person(index + 1)
      .getByLabel('Attending as')
      .selectOption('staff');
    await person(index + 1)
      .getByLabel('Full name')
      .fill(who.name);
    await person(index + 1)
      .getByLabel('Job title')
      .fill(who.title);
    await person(index + 1)
      .getByLabel('E-mail')
      .fill(who.email);
  }
  await page.getByRole('button', { name: /^(Register \d|Add \d) (person|people)/ }).click();
  // The registration form has the meeting's title too: wait for the meeting's own page.
  await expect(page).toHaveURL(new RegExp(`/m/${memberId}/meetings/[^/]+$`));
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
}

test.describe('meetings MIP programs staff keep', () => {
  test('Morgan creates a convening with 2 seats and invites two cities; a third cannot see it; more seats seat the waitlist; the CSV round-trips', async ({
    desks,
  }) => {
    test.setTimeout(180_000);
    const morgan = await desks.open(accounts.morgan);
    await morgan.page.getByRole('navigation', { name: 'MIP staff' }).getByRole('link', { name: 'Meetings' }).click();
    await expect(morgan.page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();
    await morgan.app.expectAccessible('staff meetings');
    await morgan.page.getByRole('link', { name: 'Create a meeting' }).click();
    const form = morgan.page;
    await form.getByLabel('Title', { exact: true }).fill(TITLE);
    await form
      .getByLabel('Description', { exact: true })
      .fill('Two days on fare-free pilots, bus lanes and paratransit.');
    await form.getByLabel('Time zone of the venue').selectOption({ label: 'Central (Chicago)' });
    await form.getByLabel('Starts', { exact: true }).fill('2027-03-10T09:00');
    await form.getByLabel('Ends', { exact: true }).fill('2027-03-11T15:00');
    await form.getByLabel('Registration opens').fill('2026-11-01T09:00');
    await form.getByLabel('Registration closes').fill('2027-02-20T17:00');
    await form.getByLabel('Venue', { exact: true }).fill('Milwaukee Public Library');
    await form.getByLabel('Street address').fill('814 W Wisconsin Ave');
    await form.getByLabel('City', { exact: true }).fill('Milwaukee');
    await form.getByLabel('State', { exact: true }).selectOption({ label: 'Wisconsin' });
    await form.getByLabel('Seats', { exact: true }).fill('2');
    await form.getByRole('button', { name: 'Add an agenda item' }).click();
    await form.getByLabel('Agenda item 1 title').fill('Welcome and fare-free pilots');
    await morgan.app.expectAccessible('new meeting form');
    await form.getByRole('button', { name: 'Create the meeting' }).click();
    await expect(morgan.page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

    for (const city of ['Riverton', 'Lakeport']) {
      await morgan.page.getByLabel('Find member cities').fill(city);
      await morgan.page.getByRole('checkbox', { name: new RegExp(`^${city}`) }).check();
      await morgan.page.getByRole('button', { name: 'Invite 1 city' }).click();
      await expect(morgan.page.getByRole('list', { name: 'Invited cities' })).toContainText(city);
    }
    await morgan.app.expectAccessible('staff meeting page');

    const ana = await desks.open(accounts.ana);
    await register(ana.page, 'riverton', [{ name: 'José Núñez', title: 'Mayor', email: 'ana.ortiz@riverton.example' }]);
    const marcus = await desks.open(accounts.marcus);
    await register(marcus.page, 'lakeport', [
      { name: 'Marcus Bell', title: 'Mayor', email: 'marcus.bell@lakeport.example' },
      { name: 'Zoë Ødegaard', title: 'Transit Director', email: 'zoe@lakeport.example' },
    ]);
    await expect(marcus.page.getByRole('region', { name: "Your city's registrations" })).toContainText(
      'Waitlisted · number 1 in line',
    );

    const dana = await desks.open(accounts.dana);
    await dana.page.goto('/m/cedar-falls/meetings?when=upcoming');
    await expect(dana.page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();
    await expect(dana.page.getByRole('link', { name: TITLE })).toHaveCount(0);

    await desks.backTo(morgan);
    await morgan.page.getByRole('navigation', { name: 'MIP staff' }).getByRole('link', { name: 'Meetings' }).click();
    await morgan.page.getByRole('link', { name: TITLE }).click();
    await expect(morgan.page.getByText('2 of 2 seats taken, 1 waiting')).toBeVisible();
    await morgan.page.getByRole('link', { name: 'Edit the meeting' }).click();
    await morgan.page.getByLabel('Seats', { exact: true }).fill('3');
    await morgan.page.getByRole('button', { name: 'Save the changes' }).click();
    await expect(morgan.page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await expect(morgan.page.getByText('3 of 3 seats taken')).toBeVisible();
    await expect(morgan.page.getByRole('list', { name: 'Confirmed attendees' }).getByRole('listitem')).toHaveCount(3);

    const downloading = morgan.page.waitForEvent('download');
    await morgan.page.getByRole('button', { name: 'Download the list (CSV)' }).click();
    const bytes = await readFile(await (await downloading).path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse<Record<string, string>>(bytes, { bom: true, columns: true });
    expect(rows.map((r) => r.Name).sort()).toEqual(['José Núñez', 'Marcus Bell', 'Zoë Ødegaard']);
    expect(rows.every((r) => r.Status === 'Confirmed')).toBe(true);

    // Morgan writes the convening's briefing book as a draft, previews it, and publishes it.
    await morgan.page.getByRole('navigation', { name: 'MIP staff' }).getByRole('link', { name: 'Library' }).click();
    await expect(morgan.page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    await morgan.app.expectAccessible('staff library');
    await morgan.page.getByRole('link', { name: 'Write a book or resource' }).click();
    await form.getByLabel('Kind', { exact: true }).selectOption({ label: 'Briefing book (for a meeting)' });
    await form.getByLabel('Title', { exact: true }).fill(`${TITLE} briefing book`);
    await form.getByLabel('Summary', { exact: true }).fill('Readings and speakers for the Transit Equity Convening.');
    await form.getByLabel('Policy area').selectOption({ label: 'Transportation' });
    await form.getByLabel('Meeting', { exact: true }).selectOption({ label: TITLE });
    await form.getByLabel('Introduction (optional)').fill('Fares are **one** lever.\n\n- Bus lanes\n- Paratransit');
    await form.getByRole('button', { name: 'Add a section' }).click();
    await form.getByLabel('Section 1 title').fill('Fare-free pilots');
    await form.getByRole('button', { name: 'Add a speaker to section 1' }).click();
    await form.getByLabel('Speaker 1 name').fill('José Núñez');
    await morgan.app.expectAccessible('new book form');
    await form.getByRole('button', { name: 'Save as a draft' }).click();
    await expect(morgan.page.getByRole('heading', { level: 1, name: `${TITLE} briefing book` })).toBeVisible();
    const preview = morgan.page.getByRole('region', { name: 'As members read it' });
    await expect(preview.getByRole('heading', { level: 2, name: 'Fare-free pilots' })).toBeVisible();
    await expect(preview.locator('strong', { hasText: 'one' })).toBeVisible();
    await morgan.app.expectAccessible('staff book page, a draft');
    await morgan.page.getByRole('button', { name: 'Publish to the library' }).click();
    const publishing = morgan.page.getByRole('dialog', { name: `Publish ${TITLE} briefing book?` });
    await morgan.app.expectAccessible('publish dialog');
    await publishing.getByRole('button', { name: 'Yes, publish it' }).click();
    await expect(morgan.page.getByText('Published: in the library')).toBeVisible();

    // Ana finds it in the library, and opens it from there.
    await desks.backTo(ana);
    await ana.page.goto('/m/riverton/library');
    await ana.page.getByLabel('Search the library').fill('Transit Equity Convening');
    await ana.page.getByLabel('Search the library').press('Enter');
    await ana.page.getByRole('link', { name: `${TITLE} briefing book` }).click();
    await expect(ana.page.getByRole('heading', { level: 1, name: `${TITLE} briefing book` })).toBeVisible();
    await expect(ana.page.getByText('José Núñez')).toBeVisible();
  });
});
