import { afterAll, beforeAll, expect, it, jest } from '@jest/globals';
import { describeInBrowser, type BrowserPlatform } from '../support/browser.js';
import { signedInPage, signIn, type BrowserMember } from '../support/browser-people.js';
import { openLiveThread, startTwoInAThread, type PrivateGroup } from '../support/discussions-browser.js';

jest.setTimeout(120_000);

describeInBrowser('web app: another member signing in on the same tab', () => {
  let platform: BrowserPlatform;
  let olu: BrowserMember;
  let bea: BrowserMember;
  let group: PrivateGroup;

  beforeAll(async () => {
    ({ platform, olu, bea, group } = await startTwoInAThread({
      group: 'Shared laptop circle',
      thread: 'On a shared computer',
      body: 'Hello both.',
    }));
  });
  afterAll(() => platform?.close());

  it('keeps nothing of the first member: no draft, and messages go out as the one signed in now', async () => {
    const page = await signedInPage(platform, olu);
    await openLiveThread(page, group.threadId);
    await page.getByLabel('Your message').fill('A private draft of Olu’s');

    // Bea signs in on the same tab without Olu signing out first.
    await signIn(page, bea);

    await openLiveThread(page, group.threadId);
    await expect(page.getByLabel('Your message').inputValue()).resolves.toBe('');
    await page.getByLabel('Your message').fill('Written by Bea');
    await page.keyboard.press('Enter');
    await page
      .getByRole('article', { name: /^Bea Brown/ })
      .getByText('Written by Bea')
      .waitFor();
    const [stored] = await platform.db.query<{ author_id: string }>(
      'SELECT author_id FROM messages WHERE body = $1',
      ['Written by Bea'],
    );
    expect(stored.author_id).toBe(bea.id);
    // Olu's session in this tab was ended, not left open.
    const open = await platform.db.query(
      'SELECT 1 FROM sessions WHERE member_id = $1 AND revoked_at IS NULL',
      [olu.id],
    );
    // Olu also has the session the test set-up opened through GraphQL (browserMember); the tab's one is revoked.
    expect(open.length).toBe(1);
  });
});
