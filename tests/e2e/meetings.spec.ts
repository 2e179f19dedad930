import { readFile } from 'node:fs/promises';
import { accounts } from './accounts';
import { expect, test } from './fixtures';

test.describe('meetings', () => {
  test('Ana finds a past Winter Meeting, reads its page and adds it to her calendar', async ({ app, page }) => {
    await app.signIn(accounts.ana);
    await page.getByRole('navigation', { name: 'Member hub' }).getByRole('link', { name: 'Meetings' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Winter Meeting 2027' })).toBeVisible();
    await app.expectAccessible('meetings list (upcoming)');

    await page.getByRole('link', { name: 'Past', exact: true }).click();
    await expect(page).toHaveURL(/\/m\/riverton\/meetings\?when=past$/);
    await page.getByLabel('Kind of meeting').selectOption('winter');
    await page.getByRole('button', { name: 'Show meetings' }).click();
    await expect(page).toHaveURL(/\?when=past&kind=winter$/);
    await expect(page.getByRole('heading', { level: 2, name: /^Past meetings \(\d+\)$/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /^Summer Meeting/ })).toHaveCount(0);
    await app.expectAccessible('meetings list (past Winter Meetings)');

    await page.getByRole('link', { name: 'Winter Meeting 2026' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Winter Meeting 2026' })).toBeVisible();
    // Eastern time at the venue; the browser is in Chicago, so its own time is shown too.
    await expect(page.getByText(/Jan 21, 2026, 9:00\sAM/).first()).toBeVisible();
    await expect(page.getByText(/Your time: Jan 21, 2026, 8:00\sAM/)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Agenda' })).toContainText('Welcome and opening plenary');
    await app.expectAccessible('meeting page (Winter Meeting 2026)');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Add to calendar' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('winter-2026.ics');
    const text = await readFile(await file.path(), 'utf8');
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const lines = text.replace(/\r\n /g, '').split('\r\n');
    expect(lines).toContain('UID:winter-2026@mayorsinnovation.example');
    expect(lines).toContain('DTSTART:20260121T140000Z');
    expect(lines).toContain('SUMMARY:Winter Meeting 2026');
  });

  test('an invite-only meeting the city was not invited to is not found', async ({ app, page }) => {
    await app.signIn(accounts.dana);
    await page.goto('/m/cedar-falls/meetings/housing-affordability-convening');
    await expect(page.getByRole('heading', { level: 1, name: 'Meeting not found' })).toBeVisible();
    await app.expectAccessible('meeting not found');
  });

  test('Jordan registers two staff for Ana, changes needs, cancels one, and adds the meeting to his calendar', async ({
    app,
    page,
  }) => {
    await app.signIn(accounts.jordan);
    await page.getByRole('link', { name: /Mayor Ana Ortiz/ }).click();
    await page.getByRole('navigation', { name: 'Member hub' }).getByRole('link', { name: 'Meetings' }).click();
    await page.getByRole('link', { name: 'Winter Meeting 2027' }).click();
    const registrations = page.getByRole('region', { name: "Your city's registrations" });
    await registrations.getByRole('link', { name: 'Register' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Register for the Winter Meeting 2027' })).toBeVisible();

    const person = (n: number) => page.getByRole('group', { name: new RegExp(`^Person ${n}`) });
    await person(1).getByLabel('Attending as').selectOption('staff');
    await person(1).getByLabel('Full name').fill('Jordan Lee');
    await person(1).getByLabel('Job title').fill('Chief of Staff');
    await person(1).getByLabel('E-mail').fill('jordan.lee@riverton.example');
    await page.getByRole('button', { name: 'Add another person' }).click();
    await person(2).getByLabel('Full name').fill('Priya Shah');
    await person(2).getByLabel('Job title').fill('Sustainability Director');
    await person(2).getByLabel('E-mail').fill('priya.shah@riverton.example');
    await person(2).getByLabel('Accessibility needs (optional)').fill('Step-free access');
    await app.expectAccessible('registration form (two people)');
    await page.getByRole('button', { name: 'Register 2 people' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Winter Meeting 2027' })).toBeVisible();
    await expect(registrations.getByRole('listitem')).toHaveCount(2);
    await expect(registrations.getByRole('listitem').first()).toContainText(
      'Registered by Jordan Lee for Mayor Ana Ortiz',
    );
    await app.expectAccessible('meeting page with registrations');

    await registrations.getByRole('button', { name: 'Change needs for Priya Shah' }).click();
    const needs = page.getByRole('dialog', { name: 'Needs for Priya Shah' });
    await needs.getByLabel('Dietary needs').fill('Vegetarian');
    await app.expectAccessible('change needs dialog');
    await needs.getByRole('button', { name: 'Save' }).click();
    await expect(needs).toBeHidden();
    await expect(registrations.getByRole('listitem').filter({ hasText: 'Priya Shah' })).toContainText(
      'Dietary: Vegetarian',
    );

    await registrations.getByRole('button', { name: "Cancel Jordan Lee's registration" }).click();
    const cancel = page.getByRole('dialog', { name: "Cancel Jordan Lee's registration?" });
    await app.expectAccessible('cancel registration dialog');
    await cancel.getByRole('button', { name: 'Cancel registration' }).click();
    await expect(cancel).toBeHidden();
    // Every item says "Registered by Jordan Lee…": pick his by the name line itself.
    const jordan = registrations.getByRole('listitem').filter({ has: page.getByText('Jordan Lee', { exact: true }) });
    await expect(jordan).toContainText('Canceled');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Add to calendar' }).click();
    const text = await readFile(await (await download).path(), 'utf8');
    const lines = text.replace(/\r\n /g, '').split('\r\n');
    expect(lines).toContain('BEGIN:VEVENT');
    expect(lines).toContain('UID:winter-2027@mayorsinnovation.example');
    expect(lines).toContain('DTSTART:20270120T140000Z');
    expect(lines.find((line) => line.startsWith('LOCATION:'))).toContain('Washington');
  });
});
