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
});
