import { expect, test } from './fixtures';

test.describe('the public Join page', () => {
  test('a visitor works out the fee and applies, and lands signed in on the welcome page', async ({ app, page }) => {
    await page.goto('/join');
    await expect(page.getByRole('heading', { level: 1, name: 'Join the Mayors Innovation Project' })).toBeVisible();
    await app.expectAccessible('join');

    const calculator = page.getByRole('region', { name: 'What your city would pay' });
    await calculator.getByLabel("Your city's population").fill('62000');
    await expect(calculator.getByRole('status')).toContainText('$2,500');
    await app.expectAccessible('join (fee calculated)');

    const form = page.getByRole('region', { name: 'Apply to join' });
    await form.getByRole('button', { name: 'Send application' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeFocused();
    await app.expectAccessible('join (errors)');

    await form.getByLabel('City').fill('Fairhaven');
    await form.getByLabel('State').selectOption('Oregon');
    await expect(form.getByLabel('Population')).toHaveValue('62,000');
    await form.getByLabel("Mayor's full name").fill('Priya Natarajan');
    await form.getByLabel("Mayor's e-mail address").fill('priya.natarajan@fairhaven.example');
    await form.getByLabel("When did the mayor's current term start?").fill('2025-01-06');
    await form.getByLabel('The mayor handles the invoice').check();
    await form.getByLabel('Choose a password').fill('correct horse battery');
    await form.getByRole('button', { name: 'Send application' }).click();

    await expect(page).toHaveURL(/\/welcome$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Mayor Natarajan' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Your application' })).toContainText(
      'MIP is reviewing your application',
    );
    await app.expectAccessible('welcome (new application)');
  });

  test('fits a 320 px phone without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 720 });
    await page.goto('/join');
    await page.getByLabel("Your city's population").fill('1000000');
    await expect(page.getByRole('status').filter({ hasText: '$8,000' })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
