import { afterAll, beforeAll, expect, it, jest } from '@jest/globals';
import {
  describeInBrowser,
  expectAccessible,
  focused,
  saveScreenshot,
  startBrowserPlatform,
  type BrowserPlatform,
} from '../support/browser.js';
import { browserMember, signedInPage, tabTo } from '../support/browser-people.js';
import { privateGroupWithThread, scrollsSideways } from '../support/discussions-browser.js';
import { gqlAs } from '../support/people.js';

jest.setTimeout(180_000);

const CREATE = 'mutation($input: CreateGroupInput!) { createGroup(input: $input) { id slug } }';

describeInBrowser('web app: groups and direct messages', () => {
  let platform: BrowserPlatform;

  beforeAll(async () => {
    platform = await startBrowserPlatform();
  });
  afterAll(() => platform?.close());

  it('finds and joins an open group, asks to join a private one, and the owner approves in their own window', async () => {
    const greta = await browserMember(platform, 'Greta Green');
    const jon = await browserMember(platform, 'Jon Jones');
    await gqlAs(platform, greta, CREATE, {
      input: {
        name: 'Walking for wellbeing',
        description: 'Short walks and good talk.',
        visibility: 'PUBLIC',
      },
    });
    await gqlAs(platform, greta, CREATE, {
      input: {
        name: 'Long covid leaders',
        description: 'For leaders living with long covid.',
        visibility: 'PRIVATE',
      },
    });

    const page = await signedInPage(platform, jon);
    await page.goto('/groups');
    await page.getByRole('heading', { level: 1, name: 'Groups' }).waitFor();
    await page.getByText('You have not joined a group yet.').waitFor();
    await page.getByRole('link', { name: 'Long covid leaders' }).waitFor();
    await expectAccessible(page);
    await saveScreenshot(page, 'groups');

    // Search, open, join at once.
    // By region: only the London group.
    await page.getByLabel('Region').selectOption({ label: 'London' });
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByText('Groups in London').waitFor();
    await expect(page.getByRole('link', { name: 'Long covid leaders' }).count()).resolves.toBe(0);
    await page.getByLabel('Region').selectOption({ label: 'Any region' });
    await page.getByLabel('Search groups').fill('walking');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByText('Groups matching “walking”').waitFor();
    await expect(page.getByRole('link', { name: 'Long covid leaders' }).count()).resolves.toBe(0);
    await page.getByRole('link', { name: 'Walking for wellbeing' }).click();
    await page.getByRole('heading', { level: 1, name: 'Walking for wellbeing' }).waitFor();
    await page.getByRole('button', { name: 'Join this group' }).click();
    await page.getByRole('button', { name: 'Leave this group' }).waitFor();
    await page.getByText(/2 members/).waitFor();
    await page.getByRole('button', { name: 'Start a thread' }).waitFor();
    await expectAccessible(page);

    // "Your groups" now lists it, first.
    await page.goto('/groups');
    await page
      .getByRole('region', { name: 'Your groups' })
      .getByRole('link', { name: 'Walking for wellbeing' })
      .waitFor();

    // A private group: a request with a note.
    await page.getByRole('link', { name: 'Long covid leaders' }).click();
    await page.getByRole('heading', { level: 1, name: 'Long covid leaders' }).waitFor();
    await page
      .getByLabel('A note to the group (optional)')
      .fill('I run a long covid support group in Leeds.');
    await page.getByRole('button', { name: 'Ask to join' }).click();
    // On the page (the screen reader's announcer says it too).
    await page.getByRole('strong').filter({ hasText: 'Request sent.' }).waitFor();
    await expectAccessible(page);

    // Greta, in her own window, approves.
    const owner = await signedInPage(platform, greta, { width: 320 });
    await owner.goto('/groups/long-covid-leaders');
    await owner.getByRole('link', { name: 'Requests to join' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Requests to join Long covid leaders' }).waitFor();
    await owner.getByText('“I run a long covid support group in Leeds.”').waitFor();
    await expectAccessible(owner);
    await expect(scrollsSideways(owner)).resolves.toBe(false);
    await saveScreenshot(owner, 'group-requests');
    await owner.getByRole('button', { name: 'Approve Jon Jones' }).click();
    await owner.getByText('Nobody is waiting.').waitFor();

    // Jon is in: the group's threads and members show for him.
    await page.reload();
    await page.getByRole('button', { name: 'Leave this group' }).waitFor();
    await page.getByRole('heading', { name: 'Members' }).waitFor();
    await page.locator('.member-list').getByText('Jon Jones').waitFor();

    // Greta makes Jon a moderator.
    await owner.goto('/groups/long-covid-leaders');
    await owner.getByLabel('Role of Jon Jones').selectOption('MODERATOR');
    await owner.getByRole('button', { name: 'Save role of Jon Jones' }).click();
    await owner
      .locator('.member-list__item', { hasText: 'Jon Jones' })
      .locator('span.quiet', { hasText: /^Moderator$/ })
      .waitFor();
    await owner.getByTestId('announcer').getByText('Jon Jones is now moderator.').waitFor();
    await expectAccessible(owner);
    await expect(scrollsSideways(owner)).resolves.toBe(false);
    await saveScreenshot(owner, 'group');
  });

  it('creates a group, with a field error beside the name, and its choices explained', async () => {
    const maya = await browserMember(platform, 'Maya Moore');
    const page = await signedInPage(platform, maya, { width: 320 });
    await page.goto('/groups');
    await page.getByRole('button', { name: 'Create a group' }).click();
    await page.getByText('Only its members know it exists. People join when they are invited.').waitFor();
    await page.getByRole('button', { name: 'Create the group' }).click();
    await page.locator('.field--error', { hasText: 'Group name' }).waitFor();
    await expectAccessible(page);
    await expect(scrollsSideways(page)).resolves.toBe(false);
    await page.getByLabel('What is it for?').fill('Sharing what works on wards.');
    await page.getByLabel('Group name').fill('Ward leaders');
    await page.getByLabel(/^Private/).check();
    await page.getByRole('button', { name: 'Create the group' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ward leaders' }).waitFor();
    await page.getByText('Sharing what works on wards.').waitFor();
    await page.getByRole('link', { name: 'Requests to join' }).waitFor();
    const [row] = await platform.db.query<{ visibility: string }>(
      'SELECT visibility FROM groups WHERE name = $1',
      ['Ward leaders'],
    );
    expect(row?.visibility).toBe('PRIVATE');
  });

  it('starts a direct conversation from Messages, and the other person finds it with its unread count', async () => {
    const ann = await browserMember(platform, 'Ann Abbott');
    const ben = await browserMember(platform, 'Ben Bellamy');
    const page = await signedInPage(platform, ann);
    await page.goto('/messages');
    await page.getByRole('heading', { level: 1, name: 'Messages' }).waitFor();
    await page.getByText('No conversations yet.', { exact: false }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'New message' }).click();
    await page.getByLabel('Who do you want to write to?').fill('Bellamy');
    await page.getByLabel('Who do you want to write to?').press('Enter');
    await page.getByRole('button', { name: 'Message Ben Bellamy' }).click();
    await page.getByRole('heading', { level: 1, name: 'Conversation with Ben Bellamy' }).waitFor();
    await page.locator('[data-live-state="joined"]').waitFor();
    await page.getByLabel('Your message').fill('Hello Ben, shall we talk about the pairing?');
    await page.getByLabel('Your message').press('Enter');
    await page.locator('.message__body', { hasText: 'Hello Ben' }).waitFor();

    const other = await signedInPage(platform, ben, { width: 320 });
    await other.goto('/messages');
    const row = other.locator('.thread-list__item', { hasText: 'Ann Abbott' });
    await row.getByText('1 new message').waitFor();
    await expectAccessible(other);
    await saveScreenshot(other, 'messages');
    await row.getByRole('link', { name: 'Ann Abbott' }).click();
    await other.locator('.message__body', { hasText: 'Hello Ben' }).waitFor();
    await other.getByText('New messages').waitFor(); // the unread marker
    await expectAccessible(other);
  });

  it('works with the keyboard alone: open a group, open a thread, write and send', async () => {
    const kim = await browserMember(platform, 'Kim Keys');
    const lee = await browserMember(platform, 'Lee Lane');
    await privateGroupWithThread(platform, lee, [kim], {
      group: 'Keyboard circle',
      thread: 'Tips for screen readers',
      body: 'What helps you most?',
    });
    const page = await signedInPage(platform, kim);
    await page.goto('/groups');
    await page.getByRole('link', { name: 'Keyboard circle' }).first().waitFor();
    await tabTo(page, (element) => element.text === 'Keyboard circle', 40);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Keyboard circle' }).waitFor();
    await expect(focused(page)).resolves.toMatchObject({ tag: 'h1', text: 'Keyboard circle' });
    await page.getByRole('link', { name: 'Tips for screen readers' }).waitFor();
    await tabTo(page, (element) => element.text === 'Tips for screen readers', 40);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Tips for screen readers' }).waitFor();
    await page.locator('[data-live-state="joined"]').waitFor();
    await tabTo(page, (element) => element.id === 'composer-text', 40);
    await page.keyboard.type('Headings and landmarks.');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('And a skip link.');
    await page.keyboard.press('Enter');
    await expect(
      page.locator('.message__body', { hasText: 'Headings and landmarks.' }).innerText(),
    ).resolves.toBe('Headings and landmarks.\nAnd a skip link.');
    await expect(focused(page)).resolves.toMatchObject({ id: 'composer-text' });
  });
  it('lets an owner invite, pin, lock and remove; a member deletes their own message and sees the lock', async () => {
    const pia = await browserMember(platform, 'Pia Price');
    const quinn = await browserMember(platform, 'Quinn Quill');
    const sam = await browserMember(platform, 'Sam Stone');
    const rae = await browserMember(platform, 'Rae Rivers');
    const group = await privateGroupWithThread(platform, pia, [quinn, sam], {
      group: 'Moderated room',
      thread: 'House rules',
      body: 'Be kind.',
    });
    await gqlAs(platform, sam, 'mutation($input: PostMessageInput!) { postMessage(input: $input) { id } }', {
      input: { threadId: group.threadId, body: 'Oops, wrong thread' },
    });

    // Sam deletes his own message: it stays as a plain note.
    const samPage = await signedInPage(platform, sam, { width: 320 });
    samPage.on('dialog', (dialog) => void dialog.accept());
    await samPage.goto(`/threads/${group.threadId}`);
    await samPage.locator('[data-live-state="joined"]').waitFor();
    const mine = samPage.locator('.message', { hasText: 'Oops, wrong thread' });
    await mine.getByRole('button', { name: 'Delete your message' }).click();
    await samPage.getByText('This message was deleted.').waitFor();

    const page = await signedInPage(platform, pia);
    await page.goto(`/groups/${group.slug}`);
    await page.getByRole('heading', { level: 1, name: 'Moderated room' }).waitFor();
    // Invite Rae from the directory.
    await page.getByLabel('Find a member to invite').fill('Rivers');
    await page.getByLabel('Find a member to invite').press('Enter');
    await page.getByRole('button', { name: 'Invite Rae Rivers' }).click();
    await page.getByText('Rae Rivers is invited.', { exact: false }).first().waitFor();
    // Pin and lock the thread.
    await page.getByRole('button', { name: 'Pin House rules' }).click();
    await page.locator('.thread-list__item').getByText('Pinned').waitFor();
    await page.getByRole('button', { name: 'Lock House rules' }).click();
    await page.getByRole('button', { name: 'Unlock House rules' }).waitFor();
    // Remove Quinn.
    await page.getByRole('button', { name: 'Remove Quinn Quill from the group' }).click();
    await page.getByTestId('announcer').getByText('Quinn Quill was removed from the group.').waitFor();
    await page.locator('.member-list').getByText('Quinn Quill').first().waitFor({ state: 'detached' });
    await expect(page.locator('.member-list').getByText('Quinn Quill').count()).resolves.toBe(0);
    await expectAccessible(page);

    // Sam sees the lock, and no box to write in.
    await samPage.reload();
    await samPage.getByText('This thread is locked: nobody can add to it now.').waitFor();
    await expect(samPage.getByLabel('Your message').count()).resolves.toBe(0);
    await expectAccessible(samPage);

    // Rae accepts her invitation.
    const raePage = await signedInPage(platform, rae);
    await raePage.goto(`/groups/${group.slug}`);
    await raePage.getByText('You are invited to join this group.').waitFor();
    await raePage.getByRole('button', { name: 'Accept the invitation' }).click();
    await raePage.getByRole('button', { name: 'Leave this group' }).waitFor();
    await raePage.getByRole('link', { name: 'House rules' }).waitFor();
  });
});
