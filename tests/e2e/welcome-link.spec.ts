import { accounts } from './accounts';
import { expect, test } from './fixtures';

const PRIYA = { name: 'Priya Raman', email: 'priya.raman@mayorsinnovation.example' };

test.describe('the first sign-in of an account MIP makes', () => {
  test('Elena invites Priya; Priya opens the link of her welcome e-mail, chooses a password and is at work', async ({
    app,
    page,
  }) => {
    await app.signIn(accounts.elena);
    await page.getByRole('navigation', { name: 'MIP staff' }).getByRole('link', { name: 'Staff accounts' }).click();
    const form = page.getByRole('form', { name: 'Invite a colleague' });
    await form.getByLabel('Name').fill(PRIYA.name);
    await form.getByLabel('E-mail address').fill(PRIYA.email);
    await form.getByRole('checkbox', { name: 'Programs' }).check();
    await form.getByRole('button', { name: 'Invite colleague' }).click();
    const priya = page
      .getByRole('region', { name: 'Colleagues' })
      .getByRole('listitem')
      .filter({ hasText: PRIYA.name });
    await expect(priya).toContainText('Not signed in yet: welcome e-mail sent');
    await app.expectAccessible('staff accounts with an invitation');

    // The staff outbox shows the welcome e-mail, but not its link.
    await page.getByRole('navigation', { name: 'MIP staff' }).getByRole('link', { name: 'Outbox' }).click();
    const email = page.getByRole('listitem').filter({ hasText: 'Your MIP Member Hub staff account' });
    await email.getByText('Read the e-mail').click();
    await expect(email).toContainText('[the link is in the e-mail only]');

    const link = await app.welcomeLinkFor(PRIYA.email);
    await app.signOut();
    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1, name: 'Set up your account' })).toBeVisible();
    await expect(page.getByText(PRIYA.email)).toBeVisible();
    await app.expectAccessible('set up your account');
    await page.getByLabel('Choose a password').fill('river-bend-lantern');
    await page.getByLabel('Type it again').fill('river-bend-lanterm');
    await page.getByRole('button', { name: 'Set password and sign in' }).click();
    await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText(
      "The two passwords don't match",
    );
    await app.expectAccessible('set up your account with an error');
    await page.getByLabel('Type it again').fill('river-bend-lantern');
    await page.getByRole('button', { name: 'Set password and sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Work inbox' })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText(`Signed in as ${PRIYA.name}`);

    // The link worked once; from now on Priya signs in with her password.
    await app.signOut();
    await page.goto(link);
    await expect(page.getByText('This link no longer works')).toBeVisible();
    await app.expectAccessible('a used welcome link');
  });
});
