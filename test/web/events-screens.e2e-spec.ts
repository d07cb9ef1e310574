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
import {
  browserMember,
  fitsTheWidth,
  signedInPage,
  tabTo,
  type BrowserMember,
} from '../support/browser-people.js';
import { createEventAs, daysFromNow, rsvpAs } from '../support/events.js';
import { gqlAs } from '../support/people.js';

jest.setTimeout(120_000);

/** The titles of the events listed on the page, once the list settles on `expected` (or what it shows by then). */
async function listedTitles(page: Page, expected: string[]): Promise<string[]> {
  const titles = () => page.locator('[data-testid="event-card"] h3').allTextContents();
  const end = Date.now() + 10_000;
  let shown = await titles();
  while (JSON.stringify([...shown].sort()) !== JSON.stringify([...expected].sort()) && Date.now() < end) {
    await page.waitForTimeout(100);
    shown = await titles();
  }
  return shown.sort();
}

/** Presses Tab until the focus is on a button named `name` (at most 40 presses), the focus visible at each stop. */
async function tabToButton(page: Page, name: string): Promise<void> {
  await tabTo(page, (element) => element.tag === 'button' && element.text === name, 40);
}

describeInBrowser('web app: events', () => {
  let platform: BrowserPlatform;
  let organiser: BrowserMember;
  let viewer: BrowserMember;
  let taker: BrowserMember;
  let regions: Array<{ code: string; name: string }>;
  let topics: Array<{ slug: string; name: string }>;

  beforeAll(async () => {
    platform = await startBrowserPlatform();
    organiser = await browserMember(platform, 'Olu Organiser', { role: 'ORGANISER' });
    viewer = await browserMember(platform, 'Vera Viewer');
    taker = await browserMember(platform, 'Tom Taker');
    ({ regions, topics } = await gqlAs<{ regions: typeof regions; topics: typeof topics }>(
      platform,
      viewer,
      '{ regions { code name } topics { slug name } }',
    ));
  });
  afterAll(() => platform?.close());

  it('puts the viewer on the waitlist of a full event, then gives them the place that frees up, live', async () => {
    const event = await createEventAs(platform, organiser, { title: 'Waitlist walk-through', capacity: 1 });
    expect(await rsvpAs(platform, taker, event.id, 'GOING')).toMatchObject({ status: 'GOING' });

    const page = await signedInPage(platform, viewer);
    await page.goto(`/events/${event.id}`);
    await page.getByRole('heading', { level: 1, name: 'Waitlist walk-through' }).waitFor();
    await expect(page.getByTestId('event-places').textContent()).resolves.toBe('Full — waitlist');
    await expect(page.getByTestId('rsvp-answer').textContent()).resolves.toBe('You have not answered yet.');
    // The online link is for people going: not yet.
    await expect(page.getByRole('link', { name: /Join online/ }).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: /Add to calendar/ }).getAttribute('href')).resolves.toBe(
      `/events/${event.id}.ics`,
    );

    await page.getByRole('button', { name: "I'm going" }).click();
    await page
      .getByText('You are number 1 on the waitlist; we will tell you if a place frees up.', { exact: true })
      .waitFor();
    await page
      .getByTestId('announcer')
      .getByText(/The event is full\. You are number 1/)
      .waitFor();
    await expectAccessible(page);
    await saveScreenshot(page, 'event-waitlisted');

    // The member with the place steps back: the viewer is let in, told live, without reloading.
    await rsvpAs(platform, taker, event.id, 'NOT_GOING');
    await page.getByTestId('rsvp-answer').getByText('You are going.').waitFor({ timeout: 15_000 });
    await page.getByRole('link', { name: 'Notifications, 1 unread' }).waitFor({ timeout: 15_000 });
    await page.getByRole('link', { name: /Join online/ }).waitFor();

    // Still so after a reload; and the notification is there, leading back to the event.
    await page.reload();
    await page.getByTestId('rsvp-answer').getByText('You are going.').waitFor();
    await page.getByRole('link', { name: 'Notifications, 1 unread' }).click();
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    const promoted = page.getByRole('link', {
      name: 'A place opened up: you are now going to “Waitlist walk-through”',
    });
    await promoted.waitFor();
    await promoted.click();
    await page.waitForURL(`**/events/${event.id}`);
    // Opening it marked it read.
    await page.getByRole('link', { name: 'Notifications', exact: true }).waitFor();
  });

  it('filters events by region and topic, showing exactly the ones that match', async () => {
    const [north, south] = regions;
    const [first, second] = topics;
    await createEventAs(platform, organiser, {
      title: 'North on the first topic',
      regionCode: north.code,
      topicSlugs: [first.slug],
    });
    await createEventAs(platform, organiser, {
      title: 'North on the second topic',
      regionCode: north.code,
      topicSlugs: [second.slug],
    });
    await createEventAs(platform, organiser, {
      title: 'South on the first topic',
      regionCode: south.code,
      topicSlugs: [first.slug],
    });
    await createEventAs(platform, organiser, { title: 'Far ahead elsewhere', format: 'ONLINE', venue: null });

    const page = await signedInPage(platform, viewer, { width: 320, height: 720 });
    await page.goto('/events');
    await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
    await page.getByRole('heading', { name: 'Upcoming events' }).waitFor();
    const search = page.getByRole('search', { name: 'Find events' });

    await search.getByLabel('Region').selectOption(north.code);
    await search.getByRole('button', { name: 'Show events' }).click();
    await page.getByRole('heading', { name: 'Events that match' }).waitFor();
    expect(await listedTitles(page, ['North on the first topic', 'North on the second topic'])).toEqual([
      'North on the first topic',
      'North on the second topic',
    ]);

    await search.getByLabel('Topic').selectOption(first.slug);
    await search.getByRole('button', { name: 'Show events' }).click();
    expect(await listedTitles(page, ['North on the first topic'])).toEqual(['North on the first topic']);
    await page.getByTestId('announcer').getByText('1 event found.').waitFor();
    // The choice stays in the form and the address (Back and shared links keep it).
    await expect(search.getByLabel('Region').inputValue()).resolves.toBe(north.code);
    expect(new URL(page.url()).searchParams.get('topic')).toBe(first.slug);
    await expectAccessible(page);
    expect(await fitsTheWidth(page)).toBe(true);
    await saveScreenshot(page, 'events-filtered-320px');

    await search.getByLabel('Region').selectOption(south.code);
    await search.getByLabel('Topic').selectOption(second.slug);
    await search.getByRole('button', { name: 'Show events' }).click();
    await page
      .getByText('No upcoming events match. Try another region or topic, or clear the filters.')
      .waitFor();

    await page.getByRole('link', { name: 'Clear the filters' }).click();
    await page.getByRole('heading', { name: 'Upcoming events' }).waitFor();
    const all = await listedTitles(page, []);
    expect(all).toEqual(
      expect.arrayContaining(['North on the first topic', 'South on the first topic', 'Far ahead elsewhere']),
    );
  });

  it('lets an organiser create an event: a mistake is shown beside its field, fixed, and the event is made', async () => {
    const page = await signedInPage(platform, organiser);
    await page.goto('/events');
    await page.getByRole('link', { name: 'Create an event' }).click();
    await page.getByRole('heading', { level: 1, name: 'Create an event' }).waitFor();
    const start = daysFromNow(20).slice(0, 16);
    const end = daysFromNow(20, 3).slice(0, 16);
    await page.getByLabel('Title').fill('Listening well');
    await page.getByLabel('Description').fill('How to hear what patients are telling us.');
    await page.getByLabel('Starts').fill(start);
    await page.getByLabel('Ends').fill(end);
    await page.getByLabel('In person', { exact: true }).check();
    await page.getByLabel('Region').selectOption(regions[0].code);
    await page.getByLabel(topics[0].name).check();
    await page.getByLabel('Places').fill('12');
    await page.getByRole('button', { name: 'Create the event' }).click();

    // No venue for an in-person event: said beside the venue, and in the summary that takes the focus.
    const venue = page.getByLabel('Venue');
    await page.getByText('Say where it takes place.').first().waitFor();
    await expect(venue.getAttribute('aria-invalid')).resolves.toBe('true');
    const describedBy = (await venue.getAttribute('aria-describedby')) ?? '';
    const described = await page.locator(`[id="${describedBy.split(' ').pop()}"]`).textContent();
    expect(described).toBe('Error: Say where it takes place.');
    await expect(page.evaluate("document.activeElement.classList.contains('error-summary')")).resolves.toBe(
      true,
    );
    await expect(page.getByLabel('Title').inputValue()).resolves.toBe('Listening well'); // nothing typed is lost
    await expect(page.getByLabel(topics[0].name).isChecked()).resolves.toBe(true);
    await expectAccessible(page);
    await saveScreenshot(page, 'event-create-error');

    await venue.fill('The Hive, Leeds');
    await page.getByRole('button', { name: 'Create the event' }).click();
    await page.getByRole('heading', { level: 1, name: 'Listening well' }).waitFor();
    await expect(page.getByTestId('event-places').textContent()).resolves.toBe('12 places left of 12');
    await page
      .getByText(/\((GMT|BST|GMT\+1), Europe\/London\)/)
      .first()
      .waitFor();
    // Those running it see their tools.
    await page.getByRole('heading', { name: 'Running this event' }).waitFor();
    await expectAccessible(page);
    await saveScreenshot(page, 'event-organiser');

    // News to people going, kept on the page.
    await page.getByLabel('News for everyone going or waiting').fill('Lunch is provided.');
    await page.getByRole('button', { name: 'Send the news' }).click();
    await page.locator('.announcements').getByText('Lunch is provided.').waitFor();

    // Cancelling asks for a reason and a confirmation; Escape steps back first.
    await page.getByRole('button', { name: 'Cancel the event…' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Cancel the event…' }).click();
    await page.getByLabel('Why it is cancelled').fill('The venue is closed for repairs.');
    await page.getByRole('button', { name: 'Yes, cancel the event' }).click();
    await page.getByRole('heading', { name: 'This event is cancelled' }).waitFor();
    await page.getByText('The venue is closed for repairs.').waitFor();
    await expectAccessible(page);
  });

  it('answers with the keyboard alone, and shows My events', async () => {
    const event = await createEventAs(platform, organiser, { title: 'Keyboard coffee' });
    const page = await signedInPage(platform, viewer, { width: 320, height: 720 });
    await page.goto(`/events/${event.id}`);
    await page.getByRole('heading', { level: 1, name: 'Keyboard coffee' }).waitFor();
    await expectAccessible(page);
    expect(await fitsTheWidth(page)).toBe(true);

    await tabToButton(page, "I'm going");
    await page.keyboard.press('Enter');
    await page.getByTestId('rsvp-answer').getByText('You are going.').waitFor();
    await expect(focused(page)).resolves.toMatchObject({ tag: 'button', text: "I'm going" });
    await tabToButton(page, 'Not going');
    await page.keyboard.press('Space');
    await page.getByTestId('rsvp-answer').getByText('You said you are not going.').waitFor();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.getByTestId('rsvp-answer').getByText('You are going.').waitFor();

    await page.goto('/events?view=mine');
    await page.getByRole('heading', { level: 2, name: 'My events' }).waitFor();
    expect(await listedTitles(page, ['Keyboard coffee', 'Waitlist walk-through'])).toEqual([
      'Keyboard coffee',
      'Waitlist walk-through',
    ]);
    await expectAccessible(page);
    expect(await fitsTheWidth(page)).toBe(true);
  });
});
