import { afterAll, beforeAll, expect, it, jest } from '@jest/globals';
import {
  describeInBrowser,
  expectAccessible,
  saveScreenshot,
  startBrowserPlatform,
  type BrowserPlatform,
} from '../support/browser.js';
import { newMember } from '../support/member-factory.js';
import { eventually } from '../support/until.js';

jest.setTimeout(60_000);

describeInBrowser('web app: a forgotten password', () => {
  let platform: BrowserPlatform;

  beforeAll(async () => {
    platform = await startBrowserPlatform(); // no SMTP_URL: mail is kept in outbox_emails
  });
  afterAll(() => platform?.close());

  it('mails a link whose page sets a new password, which then signs in', async () => {
    const member = await newMember(platform.db, { displayName: 'Priya Shah' });
    const page = await platform.newPage();
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'I have forgotten my password' }).click();
    await page.getByRole('heading', { level: 1, name: 'Forgotten your password?' }).waitFor();
    await expectAccessible(page);
    await saveScreenshot(page, 'forgot-password');
    await page.getByLabel('E-mail address').fill(member.email);
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check your e-mail' }).waitFor();
    await expectAccessible(page);

    const mailed = await eventually(async () => {
      const [row] = await platform.db.query<{ text: string }>(
        'SELECT text FROM outbox_emails WHERE recipient = $1',
        [member.email],
      );
      return row?.text;
    });
    const link = /(http:\/\/\S+\/reset-password\?token=[\w-]+)/.exec(mailed)![1];
    expect(link.startsWith(platform.baseUrl)).toBe(true); // PUBLIC_URL: the app's own address

    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    await expectAccessible(page);
    await saveScreenshot(page, 'reset-password');
    await page.getByLabel('New password').fill('my brand new passphrase');
    await page.getByRole('button', { name: 'Save my new password' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your password is changed' }).waitFor();

    // The link works once.
    await page.goto(link);
    await page.getByLabel('New password').fill('yet another passphrase');
    await page.getByRole('button', { name: 'Save my new password' }).click();
    await page.locator('.error-summary').waitFor();
    await expect(page.locator('.error-summary').textContent()).resolves.toMatch(/used|expired|no longer/i);

    await page.goto('/sign-in');
    await page.getByLabel('E-mail address').fill(member.email);
    await page.getByLabel('Password').fill('my brand new passphrase');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Welcome, Priya Shah' }).waitFor();
  });
});
