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

jest.setTimeout(90_000);

/** Each screen built so far: where it is, and its heading. Screens for members are visited signed in. */
const PUBLIC_SCREENS = [
  ['/sign-in', 'Sign in'],
  ['/register?invitation=an-invitation-code', 'Join Confer'],
  ['/register', 'Join Confer'],
  ['/forgot-password', 'Forgotten your password?'],
  ['/reset-password?token=a-reset-code', 'Choose a new password'],
  ['/no-such-page', 'Page not found'],
] as const;
const MEMBER_SCREENS = [
  ['/', 'Welcome, Rosa Díaz'],
  ['/directory', 'Directory'],
  ['/profile', 'My profile'],
  ['/pairings', 'Collaborative pairs'],
  ['/groups', 'Groups'],
  ['/groups/carers-network', 'Group not found'],
  ['/groups/carers-network/requests', 'Group not found'],
  ['/threads/5b0c6a55-0c6f-4c8b-9d5e-2d2f6a4c1e10', 'Conversation not found'],
  ['/messages', 'Messages'],
  ['/events', 'Events'],
  ['/events/5b0c6a55-0c6f-4c8b-9d5e-2d2f6a4c1e10', 'Event not found'],
  ['/events/new', 'Create an event'],
  ['/notifications', 'Notifications'],
] as const;

describeInBrowser('web app: every screen passes axe-core and fits 320 px', () => {
  let platform: BrowserPlatform;
  let member: { email: string };

  beforeAll(async () => {
    platform = await startBrowserPlatform();
    member = await newMember(platform.db, { displayName: 'Rosa Díaz' });
  });
  afterAll(() => platform?.close());

  it.each([1280, 320])('screens for everyone, at %i px wide', async (width) => {
    const page = await platform.newPage({ width, height: 720 });
    for (const [path, title] of PUBLIC_SCREENS) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await expectAccessible(page);
      expect({ path, fits: await fitsTheWidth(page) }).toEqual({ path, fits: true });
    }
  });

  it.each([1280, 320])('screens for members, at %i px wide', async (width) => {
    const page = await platform.newPage({ width, height: 720 });
    await page.goto('/sign-in');
    await page.getByLabel('E-mail address').fill(member.email);
    await page.getByLabel('Password').fill(MEMBER_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome, Rosa Díaz' }).waitFor();
    if (width === 320) await saveScreenshot(page, 'home-320px');
    for (const [path, title] of MEMBER_SCREENS) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
      await expectAccessible(page);
      expect({ path, fits: await fitsTheWidth(page) }).toEqual({ path, fits: true });
    }
  });
});
