import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it, jest } from '@jest/globals';
import {
  describeInBrowser,
  expectAccessible,
  startBrowserPlatform,
  type BrowserPlatform,
} from '../support/browser.js';
import { browserMember, fitsTheWidth, signedInPage, type BrowserMember } from '../support/browser-people.js';
import { createEventAs, daysFromNow, rsvpAs } from '../support/events.js';
import { gqlAs } from '../support/people.js';

jest.setTimeout(120_000);

describeInBrowser('web app: organising events', () => {
  let platform: BrowserPlatform;
  let organiser: BrowserMember;
  let topics: Array<{ slug: string; name: string }>;

  beforeAll(async () => {
    platform = await startBrowserPlatform();
    organiser = await browserMember(platform, 'Olu Organiser', { role: 'ORGANISER' });
    ({ topics } = await gqlAs<{ topics: typeof topics }>(platform, organiser, '{ topics { slug name } }'));
  });
  afterAll(() => platform?.close());

  it('changes an event, lists who is going and offers the list as a CSV file', async () => {
    const event = await createEventAs(platform, organiser, { title: 'Budget basics', capacity: 2 });
    const going = await browserMember(platform, 'Gita Going', { leaderType: 'PATIENT_LEADER' });
    const waiting = [
      await browserMember(platform, 'Wes Waiting'),
      await browserMember(platform, 'Xan Waiting'),
    ];
    await rsvpAs(platform, going, event.id, 'GOING');
    await rsvpAs(platform, waiting[0], event.id, 'GOING');
    await rsvpAs(platform, waiting[1], event.id, 'GOING');

    const page = await signedInPage(platform, organiser);
    await page.goto(`/events/${event.id}`);
    await page.getByRole('heading', { level: 2, name: 'Who is going' }).waitFor();
    await expect(page.getByRole('heading', { name: 'On the waitlist, in order' }).isVisible()).resolves.toBe(
      true,
    );
    const waitlist = await page.locator('ol.attendee-list li').allTextContents();
    expect(waitlist.map((line) => line.split(' @')[0])).toEqual(['Xan Waiting']);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Download the attendee list/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('attendees-budget-basics.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv).toContain('Gita Going');
    expect(csv).toContain('Wes Waiting');

    await page.getByRole('link', { name: 'Change the details' }).click();
    await page.getByRole('heading', { level: 1, name: 'Change "Budget basics"' }).waitFor();
    // What the event has is in the form already.
    await expect(page.getByLabel('Venue').inputValue()).resolves.toBe('The Hive, Leeds');
    await expect(page.getByLabel('Places').inputValue()).resolves.toBe('2');
    await expectAccessible(page);
    await page.getByLabel('Title').fill('Budget basics for patient leaders');
    await page.getByLabel('Places').fill('3');
    await page.getByRole('button', { name: 'Save the changes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Budget basics for patient leaders' }).waitFor();
    // One more place lets the first in line in.
    await expect(page.getByTestId('event-places').textContent()).resolves.toBe('Full — waitlist');
    await expect(page.getByRole('heading', { name: 'On the waitlist, in order' }).count()).resolves.toBe(0);
    await expect(page.locator('ul.attendee-list li').allTextContents()).resolves.toEqual([
      expect.stringContaining('Gita Going'),
      expect.stringContaining('Wes Waiting'),
      expect.stringContaining('Xan Waiting'),
    ]);
  });

  it("lets a group's owner create an event for their group only", async () => {
    const owner = await browserMember(platform, 'Ola Owner');
    await gqlAs(platform, owner, 'mutation { createGroup(input: { name: "Carers network" }) { id } }');

    const page = await signedInPage(platform, owner, { width: 320, height: 720 });
    await page.goto('/events');
    await page.getByRole('link', { name: 'Create an event' }).click();
    await page.getByRole('heading', { level: 1, name: 'Create an event' }).waitFor();
    const whose = page.getByLabel('Whose event is it?');
    await expect(whose.locator('option').allTextContents()).resolves.toEqual(['The group Carers network']);
    await expectAccessible(page);
    expect(await fitsTheWidth(page)).toBe(true);

    await page.getByLabel('Title').fill('Carers online catch-up');
    await page.getByLabel('Starts').fill(daysFromNow(8).slice(0, 16));
    await page.getByLabel('Ends').fill(daysFromNow(8, 1).slice(0, 16));
    await page.getByLabel('Online', { exact: true }).check();
    await page.getByLabel('Online link').fill('https://meet.example.org/carers');
    await page.getByRole('button', { name: 'Create the event' }).click();
    await page.getByRole('heading', { level: 1, name: 'Carers online catch-up' }).waitFor();
    await page.getByRole('link', { name: 'Carers network' }).waitFor();
    // Those running it see the link.
    await page.getByRole('link', { name: /Join online/ }).waitFor();
    expect(await fitsTheWidth(page)).toBe(true);
  });

  it('shows more events on asking, after the first twenty', async () => {
    const topic = topics[topics.length - 1];
    for (let i = 1; i <= 21; i++) {
      await createEventAs(platform, organiser, {
        title: `Series part ${String(i).padStart(2, '0')}`,
        topicSlugs: [topic.slug],
        startsAt: daysFromNow(30 + i),
        endsAt: daysFromNow(30 + i, 1),
      });
    }
    const page = await signedInPage(platform, organiser);
    await page.goto(`/events?topic=${topic.slug}`);
    await page.getByRole('heading', { name: 'Events that match' }).waitFor();
    const cards = page.locator('[data-testid="event-card"] h3');
    await page.getByRole('link', { name: 'Series part 20' }).waitFor();
    expect(await cards.count()).toBe(20);
    await expect(cards.first().textContent()).resolves.toBe('Series part 01'); // soonest first

    await page.getByRole('button', { name: 'Show more events' }).click();
    await page.getByRole('link', { name: 'Series part 21' }).waitFor();
    expect(await cards.count()).toBe(21);
    await expect(page.getByRole('button', { name: 'Show more events' }).count()).resolves.toBe(0);
  });
});
