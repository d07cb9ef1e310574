import { afterAll, beforeAll, expect, it, jest } from '@jest/globals';
import {
  describeInBrowser,
  expectAccessible,
  saveScreenshot,
  startBrowserPlatform,
  type BrowserPlatform,
} from '../support/browser.js';
import { browserMember, fitsTheWidth, signedInPage, type BrowserMember } from '../support/browser-people.js';
import { gqlAs, postAs, privateThread } from '../support/people.js';
import { jobsSettled } from '../support/until.js';

jest.setTimeout(120_000);

describeInBrowser('web app: notifications and the bell', () => {
  let platform: BrowserPlatform;
  let owner: BrowserMember;
  let viewer: BrowserMember;
  let threadId: string;

  const unread = async (who: BrowserMember) =>
    (await gqlAs<{ unreadNotificationCount: number }>(platform, who, '{ unreadNotificationCount }'))
      .unreadNotificationCount;

  beforeAll(async () => {
    platform = await startBrowserPlatform();
    owner = await browserMember(platform, 'Priya Owner');
    viewer = await browserMember(platform, 'Noor Viewer');
    // The shared helpers need only GraphQL and the database, which the browser platform has too.
    ({ threadId } = await privateThread(platform, owner, [viewer], 'Carers'));
    await jobsSettled((sql) => platform.db.query(sql)); // the invitation's notification is in before we count
  });
  afterAll(() => platform?.close());

  it('raises the count live when someone mentions the viewer, and says so politely', async () => {
    const before = await unread(viewer);
    const page = await signedInPage(platform, viewer);
    await page.getByText('Live updates are on.').waitFor();
    await page
      .getByRole('link', {
        name: before > 0 ? `Notifications, ${before} unread` : 'Notifications',
        exact: true,
      })
      .waitFor();

    await postAs(platform, owner, threadId, `Thank you @${viewer.handle}, see you there.`);
    await page
      .getByRole('link', { name: `Notifications, ${before + 1} unread` })
      .waitFor({ timeout: 15_000 });
    await page
      .getByTestId('announcer')
      .getByText(`${before + 1} unread notification`, { exact: false })
      .waitFor();
    await expect(page.getByTestId('announcer').textContent()).resolves.toMatch(
      /^New notification: .*mentioned you/,
    );
    await expectAccessible(page);
  });

  it('lists notifications with their words, marks them read one by one or all at once', async () => {
    const page = await signedInPage(platform, viewer, { width: 320, height: 720 });
    await page.getByTestId('notification-bell').click();
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    const mention = page.getByTestId('notification').filter({ hasText: 'mentioned you' });
    await mention.waitFor();
    await mention.getByText('“Thank you @', { exact: false }).waitFor();
    await expectAccessible(page);
    expect(await fitsTheWidth(page)).toBe(true);
    await saveScreenshot(page, 'notifications-320px');

    const before = await unread(viewer);
    await mention.getByRole('button', { name: /^Mark as read/ }).click();
    await page.getByTestId('announcer').getByText('Marked as read.').waitFor();
    await page
      .getByRole('link', {
        name: before - 1 > 0 ? `Notifications, ${before - 1} unread` : 'Notifications',
        exact: true,
      })
      .waitFor();
    expect(await unread(viewer)).toBe(before - 1);

    if (before - 1 > 0) {
      await page.getByRole('button', { name: 'Mark all as read' }).click();
      await page.getByRole('link', { name: 'Notifications', exact: true }).waitFor();
    }
    expect(await unread(viewer)).toBe(0);
    await page.getByRole('link', { name: 'Unread only' }).click();
    await page.getByText('You are all caught up: nothing unread.').waitFor();
    await expectAccessible(page);
  });

  it('keeps the choice of how to hear of each kind, explained in plain words', async () => {
    const page = await signedInPage(platform, viewer);
    await page.goto('/notifications');
    await page.getByRole('heading', { level: 2, name: 'How you hear about things' }).waitFor();
    const mentions = page.getByLabel('Someone mentions you (@your-name) in a conversation');
    await mentions.selectOption('DAILY_DIGEST');
    await page.getByRole('button', { name: 'Save my choices' }).click();
    await page.getByTestId('announcer').getByText('Your choices are saved.').waitFor();
    await expectAccessible(page);
    await saveScreenshot(page, 'notification-preferences');

    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'How you hear about things' }).waitFor();
    await expect(
      page.getByLabel('Someone mentions you (@your-name) in a conversation').inputValue(),
    ).resolves.toBe('DAILY_DIGEST');
    const { notificationPreferences } = await gqlAs<{
      notificationPreferences: Array<{ kind: string; channel: string }>;
    }>(platform, viewer, '{ notificationPreferences { kind channel } }');
    expect(notificationPreferences).toContainEqual({ kind: 'MENTION', channel: 'DAILY_DIGEST' });
  });

  it('says plainly when there is nothing yet', async () => {
    const newcomer = await browserMember(platform, 'Sam Newcomer');
    const page = await signedInPage(platform, newcomer, { width: 320, height: 720 });
    await page.goto('/notifications');
    await page.getByText('Nothing yet. When someone mentions you', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Notifications', exact: true }).waitFor();
    await expectAccessible(page);
    expect(await fitsTheWidth(page)).toBe(true);
  });
});
