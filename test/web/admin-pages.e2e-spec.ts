import { afterAll, beforeAll, expect, it, jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import {
  ADMIN,
  describeInBrowser,
  expectAccessible,
  focused,
  saveScreenshot,
  startBrowserPlatform,
  type BrowserPlatform,
} from '../support/browser.js';
import { browserMember, fitsTheWidth, signedInPage, tabTo } from '../support/browser-people.js';
import { gqlAs } from '../support/people.js';

jest.setTimeout(120_000);

const HISTORY = `query($id: ID!) { thread(id: $id) { messages(first: 50) { edges { node { id body hidden } } } } }`;

describeInBrowser('web app: the admin pages', () => {
  let platform: BrowserPlatform;
  let admin: Page;

  beforeAll(async () => {
    platform = await startBrowserPlatform();
    admin = await signedInPage(platform, ADMIN);
  });
  afterAll(() => platform?.close());

  /** The item of a list (by the list's accessible name) with exactly this title. */
  const itemTitled = (page: Page, list: string, title: string) =>
    page
      .getByRole('list', { name: list, exact: true })
      .locator('.admin-item__title')
      .filter({ hasText: new RegExp(`^${title}$`) });

  /** The names shown in a list, by the list's accessible name. */
  const itemsOf = (page: Page, list: string) =>
    page.getByRole('list', { name: list, exact: true }).locator('.admin-item__title').allTextContents();

  it('tells a member plainly that the admin pages are for admins, and shows them no admin link', async () => {
    const member = await browserMember(platform, 'Mo Member');
    const page = await signedInPage(platform, member);
    // The links follow the server's answer (Query.viewerCan.administer): counted once it has come.
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('link', { name: 'Admin', exact: true }).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: 'Admin pages' }).count()).resolves.toBe(0);
    await page.goto('/admin/reports');
    await page.getByRole('heading', { level: 1, name: 'This page is for admins' }).waitFor();
    await expect(page.getByRole('navigation', { name: 'Admin' }).count()).resolves.toBe(0);
    await expectAccessible(page);
  });

  it('lets an admin add a topic, rename it, and add a cohort, with errors beside the field', async () => {
    // The header and the home page lead to the admin pages.
    await admin.getByRole('link', { name: 'Admin pages' }).waitFor();
    await admin
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Admin', exact: true })
      .click();
    await admin.getByRole('heading', { level: 1, name: 'Admin' }).waitFor();
    await expectAccessible(admin);
    await admin.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Topics' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Topics' }).waitFor();
    await expect(itemsOf(admin, 'All topics')).resolves.not.toContain('Social prescribing');

    await admin.getByLabel('Topic name').fill('Social prescribing');
    await admin.getByRole('button', { name: 'Add the topic' }).click();
    await itemTitled(admin, 'All topics', 'Social prescribing').waitFor();
    await expect(admin.getByLabel('Topic name').inputValue()).resolves.toBe(''); // ready for the next
    await expectAccessible(admin);

    await admin.getByRole('button', { name: 'Rename Social prescribing' }).click();
    await expect(focused(admin)).resolves.toMatchObject({ name: 'name' });
    await admin.getByLabel('New name').fill('Social prescribing and community');
    await admin.getByRole('button', { name: 'Save the name' }).click();
    await itemTitled(admin, 'All topics', 'Social prescribing and community').waitFor();

    await admin.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Cohorts' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Cohorts' }).waitFor();
    await admin.getByLabel('Cohort name').fill('Autumn leaders');
    await admin.getByRole('button', { name: 'Add the cohort' }).click(); // no year
    const yearError = admin.locator('.field--error .field__error');
    await yearError.waitFor();
    await expect(yearError.textContent()).resolves.toMatch(/year from 2000/);
    await expect(admin.getByLabel('Year').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(admin.getByLabel('Cohort name').inputValue()).resolves.toBe('Autumn leaders'); // kept
    await admin.getByLabel('Year').fill('2025');
    await admin.getByRole('button', { name: 'Add the cohort' }).click();
    await itemTitled(admin, 'All cohorts', 'Autumn leaders').waitFor();
    await expectAccessible(admin);
  });

  it('invites a new member through the page; the link shown lets them register', async () => {
    await admin.goto('/admin/invitations');
    await admin.getByRole('heading', { level: 1, name: 'Invitations' }).waitFor();
    await expect(admin.getByText('None yet.', { exact: false }).count()).resolves.toBe(1);
    await expectAccessible(admin);

    await admin.getByLabel('Their e-mail address').fill('nia.new@example.org');
    await admin.getByLabel('Role').selectOption('ORGANISER');
    await admin.getByLabel('Cohort').selectOption({ label: 'Autumn leaders (2025)' });
    await admin.getByRole('button', { name: 'Send the invitation' }).click();
    await admin.getByRole('heading', { name: 'Invitation made for nia.new@example.org' }).waitFor();
    await expect(focused(admin)).resolves.toMatchObject({ tag: 'h2' });
    const made = admin.getByRole('list', { name: 'Invitations you made just now' });
    await expect(made.textContent()).resolves.toMatch(
      /nia\.new@example\.org.*Organiser · Autumn leaders \(2025\).*Waiting to be used/,
    );
    await expectAccessible(admin);
    await saveScreenshot(admin, 'admin-invitations');
    const link = await admin.getByTestId('invitation-link').inputValue();
    expect(link).toMatch(/\/register\?invitation=/);

    // Someone else, in another browser, follows the link.
    const invitee = await platform.newPage();
    await invitee.goto(link);
    await invitee.getByRole('heading', { level: 1, name: 'Join Confer' }).waitFor();
    await invitee.getByLabel('E-mail address').fill('nia.new@example.org');
    await invitee.getByLabel('Your name').fill('Nia New');
    await invitee.getByLabel('Choose a password').fill('a long and memorable passphrase');
    await invitee.getByRole('button', { name: 'Create my account' }).click();
    await invitee.getByRole('heading', { level: 1, name: 'Welcome, Nia New' }).waitFor();
    const [row] = await platform.db.query<{ role: string }>('SELECT role FROM members WHERE email = $1', [
      'nia.new@example.org',
    ]);
    expect(row.role).toBe('ORGANISER');
  });

  it('takes the invitation form with the keyboard alone, focus always visible', async () => {
    await admin.goto('/admin/invitations');
    await admin.getByRole('heading', { level: 1, name: 'Invitations' }).waitFor();
    await admin.getByRole('heading', { level: 1 }).focus();
    await tabTo(admin, (element) => element.name === 'email', 25);
    await admin.keyboard.type('kai.keys@example.org');
    await tabTo(admin, (element) => element.name === 'role', 25);
    await admin.keyboard.press('ArrowDown'); // Member -> Organiser
    await tabTo(admin, (element) => element.name === 'cohortId', 25);
    await tabTo(admin, (element) => element.tag === 'button', 25);
    await admin.keyboard.press('Enter');
    await admin.getByRole('heading', { name: 'Invitation made for kai.keys@example.org' }).waitFor();
    await expect(focused(admin)).resolves.toMatchObject({ text: 'Invitation made for kai.keys@example.org' });
    // On from the news to the link and the copy button.
    await tabTo(admin, (element) => element.tag === 'input', 25);
    await tabTo(admin, (element) => element.text === 'Copy the link', 25);
    const token = await admin.getByTestId('invitation-token').textContent();
    const registered = await platform.graphql(
      `mutation($input: RegisterInput!) { register(input: $input) { member { role } } }`,
      {
        input: {
          invitationToken: token,
          email: 'kai.keys@example.org',
          password: 'another long passphrase',
          displayName: 'Kai Keys',
        },
      },
    );
    expect(registered.data).toEqual({ register: { member: { role: 'ORGANISER' } } });
  });

  it('shows a member’s report in the queue as written; hiding it hides it for members; the log says so', async () => {
    const author = await browserMember(platform, 'Terry Tactless');
    const reader = await browserMember(platform, 'Rae Reader');
    const { createGroup } = await gqlAs<{ createGroup: { id: string } }>(
      platform,
      author,
      'mutation { createGroup(input: { name: "Open chat", visibility: PUBLIC }) { id } }',
    );
    await gqlAs(platform, reader, 'mutation($g: ID!) { joinGroup(groupId: $g) { status } }', {
      g: createGroup.id,
    });
    const { createThread } = await gqlAs<{ createThread: { id: string } }>(
      platform,
      author,
      'mutation($g: ID!) { createThread(input: { groupId: $g, title: "Hello", body: "Hi all" }) { id } }',
      { g: createGroup.id },
    );
    const { postMessage } = await gqlAs<{ postMessage: { id: string } }>(
      platform,
      author,
      'mutation($t: ID!) { postMessage(input: { threadId: $t, body: "Something unkind about a diagnosis" }) { id } }',
      { t: createThread.id },
    );
    await gqlAs(
      platform,
      reader,
      'mutation($id: ID!) { report(input: { subjectType: MESSAGE, subjectId: $id, reason: "Unkind about a diagnosis" }) { id } }',
      { id: postMessage.id },
    );

    await admin.goto('/admin/reports');
    await admin.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    const queue = admin.getByRole('list', { name: 'Open reports' });
    const item = queue.getByRole('listitem').filter({ hasText: 'Something unkind about a diagnosis' });
    await item.waitFor();
    await expect(item.textContent()).resolves.toMatch(
      /A message by Terry Tactless.*Something unkind about a diagnosis.*Reported by: Rae Reader.*Why: Unkind about a diagnosis/,
    );
    await expectAccessible(admin);
    await saveScreenshot(admin, 'admin-reports');

    // Continue without a choice: the error is beside the choices. Then choose, note, confirm.
    await item.getByRole('button', { name: 'Continue' }).click();
    await item.getByText('Choose what should happen.').waitFor();
    await item.getByLabel('Hide it from everyone but moderators').check();
    await item.getByLabel('Note (optional)').fill('Against the community rules');
    await item.getByRole('button', { name: 'Continue' }).click();
    await item.getByRole('heading', { name: 'Hide it from everyone but moderators?' }).waitFor();
    await expect(focused(admin)).resolves.toMatchObject({ tag: 'h4' });
    await item.getByText('Your note: Against the community rules').waitFor();
    await expectAccessible(admin);
    await admin.keyboard.press('Escape'); // back, with the choice and note kept
    await expect(item.getByLabel('Note (optional)').inputValue()).resolves.toBe(
      'Against the community rules',
    );
    await item.getByRole('button', { name: 'Continue' }).click();
    await item.getByRole('button', { name: 'Yes, hide it' }).click();
    await admin.getByText('There are no open reports.', { exact: false }).waitFor();
    await admin
      .getByTestId('announcer')
      .filter({ hasText: /settled: hidden/ })
      .waitFor();

    const shown = await gqlAs<{
      thread: { messages: { edges: Array<{ node: { id: string; body: string; hidden: boolean } }> } };
    }>(platform, reader, HISTORY, { id: createThread.id });
    expect(shown.thread.messages.edges.find((edge) => edge.node.id === postMessage.id)?.node).toEqual({
      id: postMessage.id,
      body: '',
      hidden: true,
    });

    // Settled reports show the decision, and the audit log says what was done, by whom and why.
    await admin.getByRole('link', { name: 'Settled reports' }).click();
    await admin
      .getByRole('list', { name: 'Settled reports' })
      .getByText('Hidden from everyone but moderators', { exact: false })
      .waitFor();
    await expectAccessible(admin);
    await admin.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Audit log' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    const log = admin.getByRole('list', { name: 'Actions' });
    await log.getByText('Hid a message after a report').waitFor();
    // The earlier admin actions are there too, in plain words.
    for (const words of [
      'Added the topic “Social prescribing”',
      'Renamed the topic “Social prescribing” to “Social prescribing and community”',
      'Added the cohort “Autumn leaders” (2025)',
      'Invited someone to join as an organiser',
    ])
      await expect(log.getByText(words, { exact: true }).count()).resolves.toBeGreaterThan(0);
    await expect(log.getByRole('listitem').first().textContent()).resolves.toMatch(
      /Hid a message after a report.*by you.*Why: Against the community rules/,
    );
    await expectAccessible(admin);
    await saveScreenshot(admin, 'admin-audit-log');
  });

  it('settles reports at 320 px wide without sideways scrolling, and shows hidden content again', async () => {
    const narrow = await signedInPage(platform, ADMIN, { width: 320 });
    await narrow.goto('/admin/reports?status=resolved');
    const settled = narrow.getByRole('list', { name: 'Settled reports' }).getByRole('listitem').first();
    await settled.waitFor();
    await expect(fitsTheWidth(narrow)).resolves.toBe(true);
    await expectAccessible(narrow);
    await settled.getByRole('button', { name: 'Show a message again…' }).click();
    await settled.getByLabel('Note (optional)').fill('On reflection, fine');
    await settled.getByRole('button', { name: 'Yes, show it again' }).click();
    await settled.getByText('It shows again for members.').waitFor();
    for (const path of [
      '/admin',
      '/admin/invitations',
      '/admin/topics',
      '/admin/cohorts',
      '/admin/audit-log',
    ]) {
      await narrow.goto(path);
      await narrow.getByRole('navigation', { name: 'Admin' }).waitFor();
      await expect(fitsTheWidth(narrow)).resolves.toBe(true);
      await expectAccessible(narrow);
    }
    await narrow.getByRole('list', { name: 'Actions' }).getByText('Showed a message again').waitFor();
  });
});
