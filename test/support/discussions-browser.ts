// Helpers for the browser tests of groups, threads and direct messages.
import type { Page, WebSocketRoute } from 'playwright-core';
import { startBrowserPlatform, type BrowserPlatform } from './browser.js';
import { browserMember, type BrowserMember } from './browser-people.js';
import { gqlAs, inviteIntoGroup, type Person } from './people.js';

export interface PrivateGroup {
  groupId: string;
  slug: string;
  threadId: string;
}

/** A private group owned by `owner`, with `members` invited and accepted, and one thread; returns their ids. */
export async function privateGroupWithThread(
  platform: BrowserPlatform,
  owner: Person,
  members: Person[],
  names: { group: string; thread: string; body: string },
): Promise<PrivateGroup> {
  const { createGroup } = await gqlAs<{ createGroup: { id: string; slug: string } }>(
    platform,
    owner,
    'mutation($input: CreateGroupInput!) { createGroup(input: $input) { id slug } }',
    { input: { name: names.group, visibility: 'PRIVATE', description: 'A private circle.' } },
  );
  await inviteIntoGroup(platform, owner, createGroup.id, members);
  const { createThread } = await gqlAs<{ createThread: { id: string } }>(
    platform,
    owner,
    'mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }',
    { input: { groupId: createGroup.id, title: names.thread, body: names.body } },
  );
  return { groupId: createGroup.id, slug: createGroup.slug, threadId: createThread.id };
}

export interface TwoInAThread {
  platform: BrowserPlatform;
  olu: BrowserMember;
  bea: BrowserMember;
  group: PrivateGroup;
}

/**
 * A browser platform with Olu Owens and Bea Brown, and Olu's private group (so named) with Bea in it and one thread;
 * the platform is closed again if making them fails.
 */
export async function startTwoInAThread(names: {
  group: string;
  thread: string;
  body: string;
}): Promise<TwoInAThread> {
  const platform = await startBrowserPlatform();
  try {
    const olu = await browserMember(platform, 'Olu Owens');
    const bea = await browserMember(platform, 'Bea Brown');
    const group = await privateGroupWithThread(platform, olu, [bea], names);
    return { platform, olu, bea, group };
  } catch (error) {
    await platform.close();
    throw error;
  }
}

/** Opens a thread on the page, and waits until it has joined it live. */
export async function openLiveThread(page: Page, threadId: string): Promise<void> {
  await page.goto(`/threads/${threadId}`);
  await page.locator('[data-live-state="joined"]').waitFor();
}

/**
 * Puts the page's socket connections through Playwright, so that a test can cut them (`cut()`: open ones close and
 * new ones are refused, as when the realtime service is unreachable) and let them through again (`restore()`).
 */
export async function cuttableRealtime(page: Page) {
  let down = false;
  const open = new Set<WebSocketRoute>();
  await page.routeWebSocket(/\/socket\.io\//, (socket) => {
    if (down) {
      void socket.close({ code: 1011, reason: 'unavailable' });
      return;
    }
    socket.connectToServer();
    open.add(socket);
  });
  return {
    cut: async () => {
      down = true;
      await Promise.all(
        [...open].map((socket) => socket.close({ code: 1011, reason: 'unavailable' }).catch(() => undefined)),
      );
      open.clear();
    },
    restore: () => {
      down = false;
    },
  };
}

/** Whether the page scrolls sideways (it must not, at 320 px). */
export async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate<boolean>(
    'document.documentElement.scrollWidth > document.documentElement.clientWidth + 1',
  );
}
