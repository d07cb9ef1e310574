import { afterAll, beforeAll, expect, it, jest } from '@jest/globals';
import {
  describeInBrowser,
  expectAccessible,
  saveScreenshot,
  startBrowserPlatform,
  type BrowserPlatform,
} from '../support/browser.js';
import { browserMember, fitsTheWidth, signedInPage, tabTo } from '../support/browser-people.js';
import { daysFromNow } from '../support/events.js';
import { gqlAs } from '../support/people.js';

jest.setTimeout(120_000);

describeInBrowser('web app: the home page', () => {
  let platform: BrowserPlatform;

  beforeAll(async () => {
    platform = await startBrowserPlatform();
  });
  afterAll(() => platform?.close());

  it('tells a new member what to do next when they have nothing yet', async () => {
    const newcomer = await browserMember(platform, 'Nell Newcomer');
    for (const width of [1280, 320]) {
      const page = await signedInPage(platform, newcomer, { width: width });
      await page.getByRole('heading', { level: 2, name: 'Your groups' }).waitFor();
      await page.getByText('You are not in any groups yet.').waitFor();
      await page.getByText('You have no events coming up.').waitFor();
      await page.getByText('Nothing new.').waitFor();
      await page.getByText('No suggestions yet.').waitFor();
      await page.getByRole('link', { name: 'Find peers in the directory' }).waitFor();
      await expect(page.getByRole('link', { name: 'Admin pages' }).count()).resolves.toBe(0);
      await expect(fitsTheWidth(page)).resolves.toBe(true);
      await expectAccessible(page);
      if (width === 320) await saveScreenshot(page, 'home-new-member-320px');
    }
  });

  it('shows a member their groups with unread messages, their next events and suggested pairs', async () => {
    const owner = await browserMember(platform, 'Olu Organiser');
    const sam = await browserMember(platform, 'Sam Seeded', {
      leaderType: 'PATIENT_LEADER',
    });
    const peers = [];
    for (const name of ['Ada Peer', 'Ben Peer', 'Cai Peer', 'Dee Peer'])
      peers.push(
        await browserMember(platform, name, {
          openToPairing: true,
          leaderType: 'HEALTHCARE_PROFESSIONAL',
        }),
      );

    const { createGroup } = await gqlAs<{ createGroup: { id: string; slug: string } }>(
      platform,
      owner,
      'mutation { createGroup(input: { name: "Carers network", visibility: PUBLIC }) { id slug } }',
    );
    await gqlAs(platform, sam, 'mutation($g: ID!) { joinGroup(groupId: $g) { status } }', {
      g: createGroup.id,
    });
    const { createThread } = await gqlAs<{ createThread: { id: string } }>(
      platform,
      owner,
      'mutation($g: ID!) { createThread(input: { groupId: $g, title: "Respite ideas", body: "What helps you?" }) { id } }',
      { g: createGroup.id },
    );
    await gqlAs(
      platform,
      owner,
      'mutation($t: ID!) { postMessage(input: { threadId: $t, body: "A walk helps me." }) { id } }',
      { t: createThread.id },
    );
    const { createEvent } = await gqlAs<{ createEvent: { id: string } }>(
      platform,
      owner,
      `mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }`,
      {
        input: {
          title: 'Carers coffee morning',
          description: 'Tea, cake and company.',
          startsAt: daysFromNow(5),
          endsAt: daysFromNow(5, 2),
          timezone: 'Europe/London',
          format: 'ONLINE',
          onlineUrl: 'https://meet.example.org/coffee',
          groupId: createGroup.id,
        },
      },
    );
    await gqlAs(platform, sam, 'mutation($e: ID!) { rsvp(eventId: $e, status: GOING) { status } }', {
      e: createEvent.id,
    });
    const { myThreads } = await gqlAs<{ myThreads: { edges: Array<{ node: { unreadCount: number } }> } }>(
      platform,
      sam,
      '{ myThreads(first: 10) { edges { node { unreadCount } } } }',
    );
    const unread = myThreads.edges.reduce((sum, edge) => sum + edge.node.unreadCount, 0);
    expect(unread).toBeGreaterThan(0);

    const page = await signedInPage(platform, sam);
    const groups = page.getByRole('list', { name: 'Your groups' });
    await groups.getByRole('link', { name: 'Carers network' }).waitFor();
    await expect(groups.textContent()).resolves.toContain(`Carers network ${unread} unread message`);
    await expect(groups.getByRole('link', { name: 'Carers network' }).getAttribute('href')).resolves.toBe(
      `/groups/${createGroup.slug}`,
    );
    const events = page.getByRole('list', { name: 'Your next events' });
    await expect(
      events.getByRole('link', { name: 'Carers coffee morning' }).getAttribute('href'),
    ).resolves.toBe(`/events/${createEvent.id}`);
    await page.getByRole('link', { name: 'See your notifications' }).waitFor();

    const suggested = page.getByRole('list', { name: 'People you might pair with' }).getByRole('link');
    await expect(suggested.count()).resolves.toBe(3);
    const hrefs = await Promise.all((await suggested.all()).map((link) => link.getAttribute('href')));
    for (const href of hrefs) expect(peers.map((peer) => `/members/${peer.id}`)).toContain(href);
    await expectAccessible(page);
    await saveScreenshot(page, 'home-dashboard');

    // With the keyboard alone: from the heading to the group, and Enter goes there.
    await page.getByRole('heading', { level: 1 }).focus();
    await tabTo(page, (element) => element.text === 'Carers network', 25);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/groups/${createGroup.slug}`);
  });
});
