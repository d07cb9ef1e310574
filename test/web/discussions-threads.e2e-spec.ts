import { afterAll, beforeAll, expect, it, jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import {
  describeInBrowser,
  expectAccessible,
  focused,
  saveScreenshot,
  startBrowserPlatform,
  type BrowserPlatform,
} from '../support/browser.js';
import { browserMember, signedInPage, type BrowserMember } from '../support/browser-people.js';
import { cuttableRealtime, privateGroupWithThread, scrollsSideways } from '../support/discussions-browser.js';
import { gqlAs } from '../support/people.js';

jest.setTimeout(180_000);

describeInBrowser('web app: a live thread', () => {
  let platform: BrowserPlatform;
  let olu: BrowserMember;
  let bea: BrowserMember;
  let cy: BrowserMember;
  let group: { groupId: string; slug: string; threadId: string };

  beforeAll(async () => {
    platform = await startBrowserPlatform();
    olu = await browserMember(platform, 'Olu Owens');
    bea = await browserMember(platform, 'Bea Brown');
    cy = await browserMember(platform, 'Cy Carter');
    group = await privateGroupWithThread(platform, olu, [bea], {
      group: 'Carers circle',
      thread: 'Planning the spring meetup',
      body: 'Shall we meet in March?\nI can book the room.',
    });
  });
  afterAll(() => platform?.close());

  const openThread = async (page: Page) => {
    await page.goto(`/threads/${group.threadId}`);
    await page.getByRole('heading', { level: 1, name: 'Planning the spring meetup' }).waitFor();
    await page.locator('[data-live-state="joined"]').waitFor();
  };
  const storedWithBody = async (body: string) =>
    (await platform.db.query('SELECT id FROM messages WHERE body = $1', [body])).length;

  it('lets two members talk live: messages appear, typing shows, reactions count; an outsider sees nothing', async () => {
    const oluPage = await signedInPage(platform, olu);
    const beaPage = await signedInPage(platform, bea, { width: 320 });
    await openThread(oluPage);
    await openThread(beaPage);
    // The first message, as written, its line break kept.
    const first = oluPage.locator('.message__body').first();
    await expect(first.innerText()).resolves.toBe('Shall we meet in March?\nI can book the room.');

    // Olu is writing a reply (the focus in the box); Bea types: Olu sees it.
    const oluComposer = oluPage.getByLabel('Your message');
    await oluComposer.click();
    await oluComposer.pressSequentially('Thinking');
    const beaComposer = beaPage.getByLabel('Your message');
    await beaComposer.pressSequentially('Yes, March works <b>for me</b>');
    await oluPage.getByTestId('typing').getByText('Bea Brown is typing…').waitFor();

    // Shift+Enter is a new line; Enter sends.
    await beaComposer.press('Shift+Enter');
    await beaComposer.pressSequentially('See you there');
    await beaComposer.press('Enter');
    await expect(beaComposer.inputValue()).resolves.toBe('');
    const arrived = oluPage.locator('.message', { hasText: 'See you there' });
    await arrived.waitFor();
    // Shown as text: the angle brackets are not HTML.
    await expect(arrived.locator('.message__body').innerText()).resolves.toBe(
      'Yes, March works <b>for me</b>\nSee you there',
    );
    await expect(oluPage.locator('.message__body b').count()).resolves.toBe(0);
    // Announced politely, without taking Olu's focus from what they are writing.
    await oluPage
      .getByTestId('announcer')
      .getByText(/New message from Bea Brown/)
      .waitFor();
    await expect(focused(oluPage)).resolves.toMatchObject({ id: 'composer-text' });
    await expect(oluComposer.inputValue()).resolves.toBe('Thinking');
    await expect(oluPage.getByTestId('typing').innerText()).resolves.toBe('');

    // Olu reacts to Bea's message; Bea sees the count.
    await arrived.getByRole('button', { name: "React to Bea Brown's message" }).click();
    await arrived.getByRole('button', { name: 'thumbs up', exact: true }).click();
    await arrived.getByRole('button', { name: 'thumbs up: 1, including you' }).waitFor();
    const beaSees = beaPage.locator('.message', { hasText: 'See you there' });
    await beaSees.getByRole('button', { name: 'thumbs up: 1', exact: true }).waitFor();

    // Bea edits her message; Olu sees the change.
    await beaSees.getByRole('button', { name: 'Edit your message' }).click();
    await beaSees.getByLabel('Edit your message').fill('March works for me. See you there');
    await beaSees.getByRole('button', { name: 'Save' }).click();
    await oluPage
      .locator('.message', { hasText: 'March works for me. See you there' })
      .getByText('(edited)')
      .waitFor();

    await expectAccessible(oluPage);
    await expectAccessible(beaPage);
    await expect(scrollsSideways(beaPage)).resolves.toBe(false);
    await saveScreenshot(oluPage, 'thread');
    await saveScreenshot(beaPage, 'thread-320');

    // Cy is not in the group: the thread is not for him, and nothing of it shows.
    const cyPage = await signedInPage(platform, cy);
    await cyPage.goto(`/threads/${group.threadId}`);
    await cyPage.getByRole('heading', { level: 1, name: 'Conversation not found' }).waitFor();
    await cyPage.getByText(/join this group first/).waitFor();
    await expect(cyPage.getByText('See you there').count()).resolves.toBe(0);
    await expect(cyPage.getByText('Shall we meet in March?').count()).resolves.toBe(0);
    await expectAccessible(cyPage);
    await cyPage.goto(`/groups/${group.slug}`);
    await cyPage.getByRole('heading', { level: 1, name: 'Carers circle' }).waitFor();
    await cyPage.getByRole('button', { name: 'Ask to join' }).waitFor();
    await expect(cyPage.getByText('Planning the spring meetup').count()).resolves.toBe(0);
  });

  it('keeps a message that could not be sent, marked, and sends it once with Retry; the reconnect banner comes and goes', async () => {
    let realtime: Awaited<ReturnType<typeof cuttableRealtime>> | undefined;
    const page = await signedInPage(platform, olu, {
      beforeSignIn: async (fresh) => {
        realtime = await cuttableRealtime(fresh);
      },
    });
    await openThread(page);
    const banner = page.getByTestId('reconnect-banner');
    await expect(banner.count()).resolves.toBe(0);

    // The connection drops: the banner says so.
    await realtime!.cut();
    await banner.getByText('Lost connection — reconnecting…').waitFor();
    await expectAccessible(page);

    // A message written now is not sent: it stays in the list, marked, with Retry.
    const body = 'Can someone bring the sign-in sheet?';
    const composer = page.getByLabel('Your message');
    await composer.fill(body);
    await composer.press('Enter');
    const unsent = page.getByTestId('unsent-message');
    await unsent.getByText('Not sent').waitFor();
    await expect(unsent.innerText()).resolves.toContain(body);
    await unsent.getByRole('button', { name: 'Retry sending your message' }).waitFor();
    await saveScreenshot(page, 'thread-not-sent');
    expect(await storedWithBody(body)).toBe(0);

    // Meanwhile Bea writes; when the connection is back, her message shows up without a reload, and the banner goes.
    await gqlAs(platform, bea, 'mutation($input: PostMessageInput!) { postMessage(input: $input) { id } }', {
      input: { threadId: group.threadId, body: 'Posted while you were away' },
    });
    realtime!.restore();
    await page
      .locator('.message__body', { hasText: 'Posted while you were away' })
      .waitFor({ timeout: 30_000 });
    await banner.waitFor({ state: 'detached' });
    await expect(unsent.getByText('Not sent').count()).resolves.toBe(1); // still kept, still marked

    // A draft and the unsent message survive a reload of the page.
    await composer.fill('A draft about parking');
    await page.reload();
    await page.locator('[data-live-state="joined"]').waitFor();
    await expect(page.getByLabel('Your message').inputValue()).resolves.toBe('A draft about parking');
    await unsent.getByText('Not sent').waitFor();

    // Retry sends it, once (the same clientId, twice pressed or not, is one message).
    await unsent.getByRole('button', { name: 'Retry sending your message' }).click();
    await unsent.waitFor({ state: 'detached' });
    await page.locator('.message', { hasText: body }).waitFor();
    expect(await storedWithBody(body)).toBe(1);
    await expect(page.locator('.message', { hasText: body }).count()).resolves.toBe(1);
  });
  it('opens at "New messages", loads earlier messages at the top without moving the view, and marks what was read', async () => {
    const { createThread } = await gqlAs<{ createThread: { id: string } }>(
      platform,
      olu,
      'mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }',
      { input: { groupId: group.groupId, title: 'Long history', body: 'The start' } },
    );
    const threadId = createThread.id;
    for (let n = 1; n <= 45; n++)
      await gqlAs(
        platform,
        olu,
        'mutation($input: PostMessageInput!) { postMessage(input: $input) { id } }',
        {
          input: { threadId, body: `Note ${String(n).padStart(2, '0')}` },
        },
      );
    // Bea has read up to Note 40 (seq 41).
    await gqlAs(platform, bea, 'mutation($t: ID!, $s: Int!) { markThreadRead(threadId: $t, seq: $s) }', {
      t: threadId,
      s: 41,
    });
    const unread = async () =>
      (
        await gqlAs<{ thread: { unreadCount: number } }>(
          platform,
          bea,
          'query($id: ID!) { thread(id: $id) { unreadCount } }',
          {
            id: threadId,
          },
        )
      ).thread.unreadCount;
    expect(await unread()).toBe(5);

    const page = await signedInPage(platform, bea, { height: 600 });
    await page.goto(`/threads/${threadId}`);
    await page.locator('[data-live-state="joined"]').waitFor();
    // The marker sits right before the first unread message.
    const marker = page.locator('.unread-marker');
    await expect(marker.innerText()).resolves.toBe('New messages');
    await expect(page.locator('.unread-marker + li').innerText()).resolves.toContain('Note 41');
    await expect(page.getByText('Note 15', { exact: true }).count()).resolves.toBe(0); // not loaded yet

    // Scrolling to the top brings the earlier messages, and what was at the top stays where it was.
    const box = page.locator('.message-list');
    const anchor = page.locator('.message__body', { hasText: 'Note 16' });
    await page.evaluate("document.querySelector('.message-list').scrollTo({ top: 0 })");
    await page.locator('.message__body', { hasText: 'Note 01' }).waitFor({ state: 'attached' });
    await page.getByText('This is the start of the conversation.').waitFor({ state: 'attached' });
    await expect(page.locator('.message__body', { hasText: /^Note \d\d$/ }).count()).resolves.toBe(45);
    // Note 16 was at the top of the box when it scrolled up; it still is (not pushed down by what came above it).
    const boxTop = (await box.boundingBox())!.y;
    const anchorTop = (await anchor.boundingBox())!.y;
    expect(anchorTop - boxTop).toBeGreaterThan(0);
    expect(anchorTop - boxTop).toBeLessThan(200);

    // Reading to the bottom marks the thread read.
    await page.evaluate(
      "(() => { const box = document.querySelector('.message-list'); box.scrollTo({ top: box.scrollHeight }); })()",
    );
    for (let tries = 0; tries < 50 && (await unread()) > 0; tries++) await page.waitForTimeout(100);
    expect(await unread()).toBe(0);
    await expectAccessible(page);
  });
});
