import { afterAll, beforeAll, expect, it, jest } from '@jest/globals';
import { describeInBrowser, expectAccessible, type BrowserPlatform } from '../support/browser.js';
import { signedInPage, type BrowserMember } from '../support/browser-people.js';
import { openLiveThread, startTwoInAThread, type PrivateGroup } from '../support/discussions-browser.js';

jest.setTimeout(120_000);

describeInBrowser('web app: reporting a message or a member', () => {
  let platform: BrowserPlatform;
  let olu: BrowserMember;
  let bea: BrowserMember;
  let group: PrivateGroup;

  beforeAll(async () => {
    ({ platform, olu, bea, group } = await startTwoInAThread({
      group: 'Report circle',
      thread: 'A heated thread',
      body: 'Something unkind.',
    }));
  });
  afterAll(() => platform?.close());

  const reportsOf = (subjectType: string) =>
    platform.db.query<{ reason: string; reporter_id: string }>(
      'SELECT reason, reporter_id FROM reports WHERE subject_type = $1',
      [subjectType],
    );

  it('reports someone else’s message with a reason from the thread, never one’s own', async () => {
    const page = await signedInPage(platform, bea);
    await openLiveThread(page, group.threadId);
    const message = page.getByRole('article', { name: /^Olu Owens/ });
    await message.getByRole('button', { name: 'Report Olu Owens’s message' }).click();
    await page.getByLabel('What is wrong?').fill('It is unkind to carers.');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Send the report' }).click();
    await message.getByText('Thank you. You reported Olu Owens’s message').waitFor();
    await expect(reportsOf('MESSAGE')).resolves.toEqual([
      { reason: 'It is unkind to carers.', reporter_id: bea.id },
    ]);

    // The author sees no Report button on their own message.
    const own = await signedInPage(platform, olu);
    await openLiveThread(own, group.threadId);
    await expect(own.getByRole('button', { name: /^Report/ }).count()).resolves.toBe(0);
  });

  it('reports a member from their profile, and Escape closes the form keeping nothing sent', async () => {
    const page = await signedInPage(platform, bea);
    await page.goto(`/members/${olu.id}`);
    await page.getByRole('heading', { level: 1, name: 'Olu Owens' }).waitFor();
    await page.getByRole('button', { name: 'Report Olu Owens' }).click();
    await page.getByLabel('What is wrong?').fill('Not sure yet');
    await page.keyboard.press('Escape');
    await expect(page.getByLabel('What is wrong?').count()).resolves.toBe(0);
    await expect(reportsOf('MEMBER')).resolves.toEqual([]);
    await page.getByRole('button', { name: 'Report Olu Owens' }).click();
    await page.getByLabel('What is wrong?').fill('Sends me messages I asked them not to.');
    await page.getByRole('button', { name: 'Send the report' }).click();
    await page.getByText('Thank you. You reported Olu Owens').waitFor();
    await expect(reportsOf('MEMBER')).resolves.toEqual([
      { reason: 'Sends me messages I asked them not to.', reporter_id: bea.id },
    ]);
    await expectAccessible(page);
  });
});
