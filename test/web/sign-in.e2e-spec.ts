import { afterAll, beforeAll, expect, it, jest } from '@jest/globals';
import {
  describeInBrowser,
  expectAccessible,
  saveScreenshot,
  startBrowserPlatform,
  type BrowserPlatform,
} from '../support/browser.js';
import { MEMBER_PASSWORD, newMember } from '../support/member-factory.js';

jest.setTimeout(60_000);

describeInBrowser('web app: signing in and out', () => {
  let platform: BrowserPlatform;
  let member: { email: string };

  beforeAll(async () => {
    platform = await startBrowserPlatform();
    member = await newMember(platform.db, { displayName: 'Amira Okafor' });
  });
  afterAll(() => platform?.close());

  it('shows a wrong password as a problem on the form, then signs in to the home page', async () => {
    const page = await platform.newPage();
    // Anything the browser complains about (a CSP refusal, a missing file, a script error) fails the test.
    const complaints: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') complaints.push(message.text());
    });
    page.on('pageerror', (error) => complaints.push(error.message));
    await page.goto('/');
    await page.waitForURL('**/sign-in');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Sign in');
    await expectAccessible(page);
    await saveScreenshot(page, 'sign-in');

    await page.getByLabel('E-mail address').fill(member.email);
    await page.getByLabel('Password').fill('not the right password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toMatch(/There is a problem.*(e-mail|password)/i);
    await expect(page.evaluate("document.activeElement.classList.contains('error-summary')")).resolves.toBe(
      true,
    );
    await expect(page.getByLabel('E-mail address').inputValue()).resolves.toBe(member.email); // nothing typed is lost
    await expectAccessible(page);
    await saveScreenshot(page, 'sign-in-error');

    await page.getByLabel('Password').fill(MEMBER_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Welcome, Amira Okafor' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    // The socket connected from the browser: CSP's connect-src and the realtime service's CORS allow it.
    await page.getByText('Live updates are on.').waitFor();
    await expect(page.title()).resolves.toBe('Welcome, Amira Okafor – Confer');
    await expectAccessible(page);
    await saveScreenshot(page, 'home');

    // Still signed in after a reload (the tokens are kept in this tab).
    await page.reload();
    await page.getByRole('heading', { name: 'Welcome, Amira Okafor' }).waitFor();
    // The wrong password's 200-with-errors answer is no complaint; nothing else may be.
    expect(complaints).toEqual([]);
  });

  it('returns to the page that asked for sign-in, and signs out', async () => {
    const page = await platform.newPage();
    await page.goto('/events/5b0c6a55-0c6f-4c8b-9d5e-2d2f6a4c1e10');
    await page.waitForURL('**/sign-in?next=*');
    await page.getByLabel('E-mail address').fill(member.email);
    await page.getByLabel('Password').fill(MEMBER_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Event' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/events/5b0c6a55-0c6f-4c8b-9d5e-2d2f6a4c1e10');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/sign-in');
    await page.goto('/notifications');
    await page.waitForURL('**/sign-in?next=%2Fnotifications');
  });
});
