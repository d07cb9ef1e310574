import { afterAll, beforeAll, expect, it, jest } from '@jest/globals';
import {
  ADMIN,
  describeInBrowser,
  expectAccessible,
  saveScreenshot,
  startBrowserPlatform,
  type BrowserPlatform,
} from '../support/browser.js';

jest.setTimeout(60_000);

const INVITE = `mutation($input: CreateInvitationInput!) { createInvitation(input: $input) { token } }`;

describeInBrowser('web app: accepting an invitation', () => {
  let platform: BrowserPlatform;
  let adminToken: string;

  beforeAll(async () => {
    platform = await startBrowserPlatform();
    adminToken = await platform.login(ADMIN.email, ADMIN.password);
  });
  afterAll(() => platform?.close());

  async function invite(email: string): Promise<string> {
    const result = await platform.graphql<{ createInvitation: { token: string } }>(
      INVITE,
      { input: { email, role: 'MEMBER' } },
      adminToken,
    );
    expect(result.errors).toBeUndefined();
    return result.data!.createInvitation.token;
  }

  it('registers the invited member from the e-mailed link and signs them in', async () => {
    const token = await invite('sam.jones@example.org');
    const page = await platform.newPage();
    await page.goto(`/register?invitation=${encodeURIComponent(token)}`);
    await page.getByRole('heading', { level: 1, name: 'Join Confer' }).waitFor();
    await expect(page.getByLabel('Invitation code').count()).resolves.toBe(0); // the link carries it
    await expectAccessible(page);
    await saveScreenshot(page, 'register');

    // A password that is too short: the server's words show next to that field, and in the summary.
    await page.getByLabel('E-mail address').fill('sam.jones@example.org');
    await page.getByLabel('Your name').fill('Sam Jones');
    await page.getByLabel('Choose a password').fill('short');
    await page.getByRole('button', { name: 'Create my account' }).click();
    const passwordError = page.locator('.field--error .field__error');
    await passwordError.waitFor();
    await expect(passwordError.textContent()).resolves.toMatch(/12/);
    await expect(page.getByLabel('Choose a password').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('.error-summary a').first().getAttribute('href')).resolves.toMatch(
      /-password$/,
    );
    await expectAccessible(page);
    await saveScreenshot(page, 'register-error');

    await page.getByLabel('Choose a password').fill('a long and memorable passphrase');
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page.getByRole('heading', { name: 'Welcome, Sam Jones' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByText('Live updates are on.').waitFor();
  });

  it('says so when the invitation was already used', async () => {
    const token = await invite('used.once@example.org');
    const registered = await platform.graphql(
      `mutation($input: RegisterInput!) { register(input: $input) { accessToken } }`,
      {
        input: {
          invitationToken: token,
          email: 'used.once@example.org',
          password: 'a long and memorable passphrase',
          displayName: 'Used Once',
        },
      },
    );
    expect(registered.errors).toBeUndefined();
    const page = await platform.newPage();
    await page.goto(`/register?invitation=${encodeURIComponent(token)}`);
    await page.getByLabel('E-mail address').fill('used.once@example.org');
    await page.getByLabel('Your name').fill('Someone Else');
    await page.getByLabel('Choose a password').fill('another long passphrase');
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page.locator('.error-summary').waitFor();
    await expect(page.locator('.error-summary').textContent()).resolves.toContain('already been used');
  });
});
