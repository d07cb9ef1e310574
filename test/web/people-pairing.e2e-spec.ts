import { afterAll, beforeAll, expect, it, jest } from '@jest/globals';
import {
  describeInBrowser,
  expectAccessible,
  focused,
  saveScreenshot,
  startBrowserPlatform,
  type BrowserPlatform,
  waitForFocusOn,
} from '../support/browser.js';
import { MEMBER_PASSWORD, newMember } from '../support/member-factory.js';
import { fitsTheWidth, signedInPage } from '../support/browser-people.js';

jest.setTimeout(120_000);

describeInBrowser('web app: a member’s profile, pairing and blocking', () => {
  let platform: BrowserPlatform;

  beforeAll(async () => {
    platform = await startBrowserPlatform();
  });
  afterAll(() => platform?.close());

  it('proposes pairing with a message; the other member accepts in their own browser; both see the pair', async () => {
    const asha = await newMember(platform.db, { displayName: 'Asha Asker', openToPairing: true });
    const ola = await newMember(platform.db, {
      displayName: 'Ola Olsen',
      openToPairing: true,
      headline: 'Public health registrar',
      regionCode: 'MIDLANDS',
    });
    const askerPage = await signedInPage(platform, asha);
    await askerPage.goto(`/members/${ola.id}`);
    await askerPage.getByRole('heading', { level: 1, name: 'Ola Olsen' }).waitFor();
    await askerPage.getByText('Public health registrar').waitFor();
    await expectAccessible(askerPage);
    await saveScreenshot(askerPage, 'member-profile');

    await askerPage.getByRole('button', { name: 'Propose pairing' }).click();
    await askerPage
      .getByLabel('A message to Ola Olsen (optional)')
      .fill('Shall we work on prevention together?');
    await askerPage.getByRole('button', { name: 'Send the request' }).click();
    await askerPage
      .getByTestId('pairing-state')
      .getByText(/You asked Ola Olsen to pair on .*Waiting for their answer/)
      .waitFor();
    await askerPage
      .getByTestId('announcer')
      .getByText(/Request sent/)
      .waitFor();

    const answerPage = await signedInPage(platform, ola, { width: 320 });
    await answerPage.goto('/pairings');
    await answerPage.getByRole('heading', { level: 1, name: 'Collaborative pairs' }).waitFor();
    const toMe = answerPage.getByRole('region', { name: /Requests to you/ });
    await toMe.getByText('Shall we work on prevention together?').waitFor();
    await expectAccessible(answerPage);
    await expect(fitsTheWidth(answerPage)).resolves.toBe(true);
    await saveScreenshot(answerPage, 'pairings-320px');
    await toMe.getByRole('button', { name: "Accept Asha Asker's request" }).click();
    await answerPage
      .getByTestId('announcer')
      .getByText('You and Asha Asker are now a collaborative pair.')
      .waitFor();
    await answerPage
      .getByRole('region', { name: /Your pairs/ })
      .getByRole('link', { name: 'Asha Asker' })
      .waitFor();
    await expect(toMe.getByText('Nobody has asked you to pair just now.').count()).resolves.toBe(1);

    await askerPage.reload();
    await askerPage
      .getByTestId('pairing-state')
      .getByText('You and Ola Olsen are a collaborative pair.')
      .waitFor();
    await askerPage.getByText('Paired with').getByRole('link', { name: 'Asha Asker' }).waitFor();
    await askerPage.goto('/pairings');
    await askerPage
      .getByRole('region', { name: /Your pairs/ })
      .getByRole('link', { name: 'Ola Olsen' })
      .waitFor();
    await expectAccessible(askerPage);
  });

  it('blocks a member after a confirmation (Escape cancels it), and unblocks them', async () => {
    const bea = await newMember(platform.db, { displayName: 'Bea Blocker' });
    const noisy = await newMember(platform.db, { displayName: 'Nico Noisy' });
    const page = await signedInPage(platform, bea, { width: 320 });
    await page.goto(`/members/${noisy.id}`);
    await page.getByRole('heading', { level: 1, name: 'Nico Noisy' }).waitFor();
    await expect(fitsTheWidth(page)).resolves.toBe(true);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Block Nico Noisy' }).click();
    await page.getByText('Block Nico Noisy?').waitFor();
    await page.keyboard.press('Escape');
    // The confirmation closes, then (next frame) the focus goes back to the button that opened it.
    await waitForFocusOn(page, 'button');
    await expect(focused(page)).resolves.toMatchObject({ tag: 'button', text: 'Block Nico Noisy' });
    await page.keyboard.press('Enter');
    await page.getByText('Block Nico Noisy?').waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Yes, block Nico Noisy' }).click();
    await page.getByTestId('block-state').getByText('You have blocked Nico Noisy.').waitFor();
    const blocked = await platform.db.query(
      'SELECT 1 FROM member_blocks WHERE blocker_id = $1 AND blocked_id = $2',
      [bea.id, noisy.id],
    );
    expect(blocked).toHaveLength(1);

    await page.getByRole('button', { name: 'Unblock Nico Noisy' }).click();
    await page.getByRole('button', { name: 'Block Nico Noisy' }).waitFor();
    await page.getByTestId('announcer').getByText('You have unblocked Nico Noisy.').waitFor();
  });

  it('starts a conversation and goes to its thread', async () => {
    const tia = await newMember(platform.db, { displayName: 'Tia Talker' });
    const uma = await newMember(platform.db, { displayName: 'Uma Umeh' });
    const page = await signedInPage(platform, tia);
    await page.goto(`/members/${uma.id}`);
    await page.getByRole('button', { name: 'Start a conversation' }).click();
    await page.waitForURL(/\/threads\/[0-9a-f-]{36}$/);
    const threadId = new URL(page.url()).pathname.split('/').pop();
    const token = await platform.login(tia.email, MEMBER_PASSWORD);
    const seen = await platform.graphql<{ thread: { participants: Array<{ displayName: string }> } }>(
      'query($id: ID!) { thread(id: $id) { participants { displayName } } }',
      { id: threadId },
      token,
    );
    expect(seen.data?.thread.participants.map((p) => p.displayName).sort()).toEqual([
      'Tia Talker',
      'Uma Umeh',
    ]);
  });

  it('says plainly when a member cannot be found', async () => {
    const vic = await newMember(platform.db, { displayName: 'Vic Visitor' });
    const page = await signedInPage(platform, vic);
    await page.goto('/members/00000000-0000-4000-8000-000000000000');
    await page.getByRole('heading', { level: 1, name: 'Member not found' }).waitFor();
    await expectAccessible(page);
  });
});
