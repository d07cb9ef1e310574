// What a group and its threads offer each viewer is the server's answer (viewerCan), not worked out in the web app:
// a member banned from a public group reads nothing there; a moderator gets the moderation controls, a plain member
// does not; messages that arrive live offer what the thread's viewerCan allows.
import { afterAll, beforeAll, expect, it, jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import {
  describeInBrowser,
  expectAccessible,
  startBrowserPlatform,
  type BrowserPlatform,
} from '../support/browser.js';
import { browserMember, signedInPage, type BrowserMember } from '../support/browser-people.js';
import { openLiveThread } from '../support/discussions-browser.js';
import { gqlAs, postAs } from '../support/people.js';

jest.setTimeout(180_000);

describeInBrowser('web app: what a group offers is what the server allows (viewerCan)', () => {
  let platform: BrowserPlatform;
  let ola: BrowserMember; // the owner
  let mo: BrowserMember; // a moderator
  let pat: BrowserMember; // a plain member
  let bo: BrowserMember; // banned
  let slug: string;
  let threadId: string;

  beforeAll(async () => {
    platform = await startBrowserPlatform();
    [ola, mo, pat, bo] = await Promise.all(
      ['Ola Owner', 'Mo Moderator', 'Pat Plain', 'Bo Banned'].map((name) => browserMember(platform, name)),
    );
    const { createGroup } = await gqlAs<{ createGroup: { id: string; slug: string } }>(
      platform,
      ola,
      'mutation($input: CreateGroupInput!) { createGroup(input: $input) { id slug } }',
      { input: { name: 'Open garden', description: 'Anyone can read along.', visibility: 'PUBLIC' } },
    );
    slug = createGroup.slug;
    for (const member of [mo, pat, bo])
      await gqlAs(platform, member, 'mutation($g: ID!) { joinGroup(groupId: $g) { status } }', {
        g: createGroup.id,
      });
    await gqlAs(
      platform,
      ola,
      'mutation($g: ID!, $m: ID!) { setGroupRole(groupId: $g, memberId: $m, role: MODERATOR) { role } }',
      { g: createGroup.id, m: mo.id },
    );
    const { createThread } = await gqlAs<{ createThread: { id: string } }>(
      platform,
      ola,
      'mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }',
      { input: { groupId: createGroup.id, title: 'Seed swap', body: 'Bring what you have.' } },
    );
    threadId = createThread.id;
    await postAs(platform, pat, threadId, 'I have tomato seeds.');
    await gqlAs(
      platform,
      ola,
      'mutation($g: ID!, $m: ID!) { removeFromGroup(groupId: $g, memberId: $m, ban: true) }',
      {
        g: createGroup.id,
        m: bo.id,
      },
    );
  });
  afterAll(() => platform?.close());

  const openGroup = async (page: Page) => {
    await page.goto(`/groups/${slug}`);
    await page.getByRole('heading', { level: 1, name: 'Open garden' }).waitFor();
  };
  const messageOf = (page: Page, text: string) => page.locator('.message', { hasText: text });

  it('shows a member banned from a public group none of its threads, members or composer, and no way to join', async () => {
    const page = await signedInPage(platform, bo);
    await openGroup(page);
    await page.getByText('You cannot take part in this group.').waitFor();
    // The group is public, so it is still there to see: what it is for, and how many are in it.
    await page.getByText('Anyone can read along.').waitFor();
    await expect(page.getByRole('heading', { name: 'Threads' }).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: 'Seed swap' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Start a thread' }).count()).resolves.toBe(0);
    await expect(page.getByRole('heading', { name: 'Upcoming events' }).count()).resolves.toBe(0);
    await expect(page.getByRole('heading', { name: 'Members' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Join this group' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Ask to join' }).count()).resolves.toBe(0);
    await expectAccessible(page);

    // The thread's own address does not open it either.
    await page.goto(`/threads/${threadId}`);
    await page.getByRole('heading', { level: 1, name: 'Conversation not found' }).waitFor();
    await expect(page.getByLabel('Your message').count()).resolves.toBe(0);
  });

  it('gives a moderator the moderation controls: requests, pin and lock, remove, delete others’ messages', async () => {
    const page = await signedInPage(platform, mo);
    await openGroup(page);
    await page.getByRole('link', { name: 'Requests to join' }).waitFor();
    await page.getByRole('button', { name: 'Pin Seed swap' }).waitFor();
    await page.getByRole('button', { name: 'Lock Seed swap' }).waitFor();
    await page.getByRole('button', { name: 'Remove Pat Plain from the group' }).waitFor();
    // Roles are for owners.
    await expect(page.getByLabel('Role of Pat Plain').count()).resolves.toBe(0);

    await openLiveThread(page, threadId);
    const pats = messageOf(page, 'I have tomato seeds.');
    await pats.getByRole('button', { name: 'Delete Pat Plain’s message' }).waitFor();
    await pats.getByRole('button', { name: 'Report Pat Plain’s message' }).waitFor();
    await expect(pats.getByRole('button', { name: /^Edit/ }).count()).resolves.toBe(0);

    // A message that arrives live (no viewerCan of its own): as the thread allows, the same controls.
    await postAs(platform, pat, threadId, 'And beans, arriving live.');
    const live = messageOf(page, 'And beans, arriving live.');
    await live.getByRole('button', { name: 'Delete Pat Plain’s message' }).waitFor();
    await live.getByRole('button', { name: 'Report Pat Plain’s message' }).waitFor();
    await expect(live.getByRole('button', { name: /^Edit/ }).count()).resolves.toBe(0);
    await expectAccessible(page);
  });

  it('gives a plain member none of them: they edit and delete only their own messages, and report others’', async () => {
    const page = await signedInPage(platform, pat);
    await openGroup(page);
    await page.getByRole('button', { name: 'Leave this group' }).waitFor();
    await page.getByRole('button', { name: 'Start a thread' }).waitFor();
    await page.locator('.member-list').getByText('Mo Moderator').waitFor();
    await expect(page.getByRole('link', { name: 'Requests to join' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: /^(Pin|Lock) Seed swap$/ }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: /^Remove / }).count()).resolves.toBe(0);
    await expect(page.getByLabel('Find a member to invite').count()).resolves.toBe(0);

    await openLiveThread(page, threadId);
    const olas = messageOf(page, 'Bring what you have.');
    await olas.getByRole('button', { name: 'Report Ola Owner’s message' }).waitFor();
    await expect(olas.getByRole('button', { name: /^(Edit|Delete)/ }).count()).resolves.toBe(0);
    const own = messageOf(page, 'I have tomato seeds.');
    await own.getByRole('button', { name: 'Edit your message' }).waitFor();
    await own.getByRole('button', { name: 'Delete your message' }).waitFor();
    await expect(own.getByRole('button', { name: /^Report/ }).count()).resolves.toBe(0);

    // Their own message, sent live: theirs to edit and delete at once.
    await page.getByLabel('Your message').fill('Sent from here.');
    await page.getByLabel('Your message').press('Enter');
    const sent = messageOf(page, 'Sent from here.');
    await sent.getByRole('button', { name: 'Edit your message' }).waitFor();
    await sent.getByRole('button', { name: 'Delete your message' }).waitFor();
    // Someone else's, arriving live: to report, not to delete.
    await postAs(platform, ola, threadId, 'Owner says hello live.');
    const others = messageOf(page, 'Owner says hello live.');
    await others.getByRole('button', { name: 'Report Ola Owner’s message' }).waitFor();
    await expect(others.getByRole('button', { name: /^(Edit|Delete)/ }).count()).resolves.toBe(0);
    await expectAccessible(page);
  });
});
