import { afterAll, beforeAll, expect, it, jest } from '@jest/globals';
import {
  describeInBrowser,
  expectAccessible,
  saveScreenshot,
  startBrowserPlatform,
  type BrowserPlatform,
} from '../support/browser.js';
import { fitsTheWidth } from '../support/browser-people.js';
import { MEMBER_PASSWORD, newMember } from '../support/member-factory.js';

jest.setTimeout(60_000);

describeInBrowser("web app: where you're signed in", () => {
  let platform: BrowserPlatform;

  beforeAll(async () => {
    platform = await startBrowserPlatform();
  });
  afterAll(() => platform?.close());

  it('lists the member’s sign-ins and signs out one device, then every other one', async () => {
    const member = await newMember(platform.db, { displayName: 'Noor Devices' });
    const elsewhere = await platform.login(member.email, MEMBER_PASSWORD); // fetch calls itself "node"
    const page = await platform.newPage();
    await page.goto('/sessions');
    await page.waitForURL('**/sign-in?next=*');
    await page.getByLabel('E-mail address').fill(member.email);
    await page.getByLabel('Password').fill(MEMBER_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: "Where you're signed in" }).waitFor();
    const cards = page.getByRole('list', { name: 'Your sign-ins' }).getByRole('listitem');
    await page.getByText('(this device)').waitFor();
    await expect(cards.count()).resolves.toBe(2);
    await expectAccessible(page);
    await saveScreenshot(page, 'sessions');
    // On a phone: each sign-in and its button fit the screen.
    await page.setViewportSize({ width: 320, height: 800 });
    await expect(fitsTheWidth(page)).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Sign out on node' }).isVisible()).resolves.toBe(true);
    await expectAccessible(page);
    await saveScreenshot(page, 'sessions-phone');
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByRole('button', { name: 'Sign out on node' }).click();
    await page.getByRole('button', { name: 'Sign out on node' }).waitFor({ state: 'detached' });
    await expect(cards.count()).resolves.toBe(1);
    expect((await platform.graphql('{ me { id } }', {}, elsewhere)).errors?.[0]?.extensions.code).toBe(
      'UNAUTHENTICATED',
    );

    const [second, third] = [
      await platform.login(member.email, MEMBER_PASSWORD),
      await platform.login(member.email, MEMBER_PASSWORD),
    ];
    await page.reload();
    await page.getByRole('button', { name: 'Sign out everywhere else' }).waitFor();
    await expect(cards.count()).resolves.toBe(3);
    await page.getByRole('button', { name: 'Sign out everywhere else' }).click();
    await page.getByRole('button', { name: 'Sign out everywhere else' }).waitFor({ state: 'detached' });
    await expect(cards.count()).resolves.toBe(1);
    for (const token of [second, third]) {
      expect((await platform.graphql('{ me { id } }', {}, token)).errors?.[0]?.extensions.code).toBe(
        'UNAUTHENTICATED',
      );
    }
    expect(await page.getByText('(this device)').isVisible()).toBe(true);
  });
});
