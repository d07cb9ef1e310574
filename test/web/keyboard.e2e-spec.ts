import { afterAll, beforeAll, expect, it, jest } from '@jest/globals';
import {
  describeInBrowser,
  focused,
  focusIsVisible,
  startBrowserPlatform,
  type BrowserPlatform,
  waitForFocusOn,
} from '../support/browser.js';
import { tabTo } from '../support/browser-people.js';
import { MEMBER_PASSWORD, newMember } from '../support/member-factory.js';

jest.setTimeout(60_000);

describeInBrowser('web app: keyboard only', () => {
  let platform: BrowserPlatform;
  let member: { email: string };

  beforeAll(async () => {
    platform = await startBrowserPlatform();
    member = await newMember(platform.db, { displayName: 'Keyboard User' });
  });
  afterAll(() => platform?.close());

  it('skips to the content, signs in with Tab and Enter, and reaches the navigation, focus always visible', async () => {
    const page = await platform.newPage();
    await page.goto('/sign-in');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();

    // The first stop is "Skip to content"; Enter moves the focus into <main>.
    await page.keyboard.press('Tab');
    await expect(focused(page)).resolves.toMatchObject({ tag: 'a', text: 'Skip to content' });
    await expect(focusIsVisible(page)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(focused(page)).resolves.toMatchObject({ id: 'main-content' });

    await tabTo(page, (element) => element.name === 'email', 15);
    await page.keyboard.type(member.email);
    await tabTo(page, (element) => element.name === 'password', 15);
    await page.keyboard.type(MEMBER_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Welcome, Keyboard User' }).waitFor();
    // The new screen's heading has the focus, so a screen reader announces where we are.
    await expect(focused(page)).resolves.toMatchObject({ tag: 'h1', text: 'Welcome, Keyboard User' });

    // Into the navigation from the top of the page, and along it with Enter.
    await page.keyboard.press('Shift+Tab');
    await tabTo(page, (element) => element.text === 'Groups', 15);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/groups');
    // The screen draws after the address changes; then its heading takes the focus.
    await waitForFocusOn(page, 'h1');
    await expect(focused(page)).resolves.toMatchObject({ tag: 'h1', text: 'Groups' });
  });
});
