// Helpers for the browser tests of groups, threads and direct messages.
import type { Page, WebSocketRoute } from 'playwright-core';
import type { BrowserPlatform } from './browser.js';
import { gqlAs, inviteIntoGroup, type Person } from './people.js';

/** A private group owned by `owner`, with `members` invited and accepted, and one thread; returns their ids. */
export async function privateGroupWithThread(
  platform: BrowserPlatform,
  owner: Person,
  members: Person[],
  names: { group: string; thread: string; body: string },
): Promise<{ groupId: string; slug: string; threadId: string }> {
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
