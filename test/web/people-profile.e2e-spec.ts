import { afterAll, beforeAll, expect, it, jest } from '@jest/globals';
import {
  describeInBrowser,
  expectAccessible,
  saveScreenshot,
  startBrowserPlatform,
  type BrowserPlatform,
} from '../support/browser.js';
import { newMember } from '../support/member-factory.js';
import { fitsTheWidth, signedInPage } from '../support/browser-people.js';

jest.setTimeout(120_000);

describeInBrowser('web app: my profile and who sees it', () => {
  let platform: BrowserPlatform;

  beforeAll(async () => {
    platform = await startBrowserPlatform();
  });
  afterAll(() => platform?.close());

  it('saves my profile with one field made private: another member sees the rest but not that field', async () => {
    const priya = await newMember(platform.db, { displayName: 'Priya Patel' });
    const omar = await newMember(platform.db, { displayName: 'Omar Osei' });
    const page = await signedInPage(platform, priya);
    await page.goto('/profile');
    await page.getByRole('heading', { level: 1, name: 'My profile' }).waitFor();
    await page.getByLabel('Headline', { exact: true }).waitFor();
    await expectAccessible(page);
    // Who sees what, in plain words.
    await page.getByText('Only people in a private or hidden group with you').first().waitFor();
    await page.getByText('Public groups, which anyone can join, do not count.').waitFor();

    await page.getByLabel('Headline', { exact: true }).fill('Carer and governor at my local trust');
    await page.getByLabel('Who sees your headline').selectOption({ label: 'Only you' });
    await page.getByLabel('Organisation', { exact: true }).fill('Riverside Carers');
    await page.getByLabel('Region', { exact: true }).selectOption({ label: 'Wales' });
    await page.getByRole('group', { name: 'Topics you care about' }).getByLabel('Unpaid carers').check();
    await page.getByLabel('The kind of leader you are').selectOption({ label: 'Carer leader' });
    await page.getByRole('button', { name: 'Save my profile' }).click();
    await page.getByTestId('profile-saved').waitFor();
    await page.getByTestId('announcer').getByText('Your profile is saved.').waitFor();
    await saveScreenshot(page, 'my-profile');

    // After a reload the choices are still there.
    await page.reload();
    await expect(page.getByLabel('Who sees your headline').inputValue()).resolves.toBe('PRIVATE');
    await expect(page.getByLabel('Headline', { exact: true }).inputValue()).resolves.toBe(
      'Carer and governor at my local trust',
    );

    const other = await signedInPage(platform, omar);
    await other.goto(`/members/${priya.id}`);
    await other.getByRole('heading', { level: 1, name: 'Priya Patel' }).waitFor();
    const facts = other.getByTestId('member-facts');
    await facts.getByText('Riverside Carers').waitFor();
    await facts.getByText('Wales').waitFor();
    await facts.getByText('Carer leader').waitFor();
    await facts.getByText('Unpaid carers').waitFor();
    await expect(other.getByText('Carer and governor at my local trust').count()).resolves.toBe(0);
    await expectAccessible(other);
  });

  it('marks who sees each part of my own profile page, and does not claim others see it all', async () => {
    const ola = await newMember(platform.db, {
      displayName: 'Ola Okafor',
      bio: 'Governor at the children’s hospital.',
      livedExperience: 'Lupus since 2015.',
      organisation: 'Okafor Voices',
      visibility: { BIO: 'GROUP_PEERS', LIVED_EXPERIENCE: 'PRIVATE' },
    });
    const page = await signedInPage(platform, ola);
    await page.goto(`/members/${ola.id}`);
    await page.getByRole('heading', { level: 1, name: 'Ola Okafor' }).waitFor();
    const lived = page.getByTestId('lived-experience');
    await lived.getByText('Lupus since 2015.').waitFor();
    await expect(lived.getByTestId('audience').textContent()).resolves.toBe('Only you see this');
    await expect(
      page.getByRole('region', { name: 'About' }).getByTestId('audience').textContent(),
    ).resolves.toBe('Only members who share a private or hidden group with you');
    const organisation = page
      .getByTestId('member-facts')
      .locator('.profile-facts__row', { hasText: 'Organisation' });
    await expect(organisation.getByTestId('audience').textContent()).resolves.toBe('All members');
    await expect(page.getByText(/as other members see you/).count()).resolves.toBe(0);
    await page
      .getByTestId('own-profile-note')
      .getByText(/some of it only you see/)
      .waitFor();
    await expectAccessible(page);
    // On a phone: the audience marks stay beside their fields, nothing runs off the screen.
    await page.setViewportSize({ width: 320, height: 800 });
    await expect(lived.getByTestId('audience').isVisible()).resolves.toBe(true);
    await expect(fitsTheWidth(page)).resolves.toBe(true);
    await expectAccessible(page);
    await saveScreenshot(page, 'own-profile-phone');
    // Where they are signed in is reachable from their own page, not only from the security e-mails.
    await page.getByTestId('own-profile-note').getByRole('link', { name: 'Where you’re signed in' }).click();
    await page.getByRole('heading', { level: 1, name: "Where you're signed in" }).waitFor();
  });

  it('shows each bad field’s problem beside it, keeping what was typed', async () => {
    const sam = await newMember(platform.db, { displayName: 'Sam Smith' });
    const page = await signedInPage(platform, sam);
    await page.goto('/profile');
    await page.getByLabel('Handle', { exact: true }).fill('Not A Handle!');
    await page.getByLabel('Picture address', { exact: true }).fill('http://images.example.org/sam.png');
    await page.getByLabel('Headline', { exact: true }).fill('Kept while I fix the rest');
    await page.getByRole('button', { name: 'Save my profile' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    await expect(page.evaluate("document.activeElement.classList.contains('error-summary')")).resolves.toBe(
      true,
    );
    const handle = page.locator('.field', { has: page.getByLabel('Handle', { exact: true }) });
    await handle
      .locator('.field__error')
      .getByText(/lower-case letters/)
      .waitFor();
    await expect(page.getByLabel('Handle', { exact: true }).getAttribute('aria-invalid')).resolves.toBe(
      'true',
    );
    const picture = page.locator('.field', { has: page.getByLabel('Picture address', { exact: true }) });
    await picture
      .locator('.field__error')
      .getByText(/https:\/\//)
      .waitFor();
    await expect(page.getByLabel('Headline', { exact: true }).inputValue()).resolves.toBe(
      'Kept while I fix the rest',
    );
    await expectAccessible(page);

    // The summary links to the field.
    await summary.getByRole('link', { name: /^Handle:/ }).click();
    await expect(page.evaluate('document.activeElement.name')).resolves.toBe('handle');
    await page.getByLabel('Handle', { exact: true }).fill('sam-smith');
    await page.getByLabel('Picture address', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Save my profile' }).click();
    await page.getByTestId('profile-saved').waitFor();
  });

  it('keeps lived experience only with consent, private by default, and erases it when consent is withdrawn', async () => {
    const lee = await newMember(platform.db, { displayName: 'Lee Lewis' });
    const page = await signedInPage(platform, lee, { width: 320 });
    await page.goto('/profile');
    const lived = page.getByLabel('Your lived experience of illness, disability or caring');
    await lived.waitFor();
    await expect(page.getByLabel('Who sees your lived experience').inputValue()).resolves.toBe('PRIVATE');
    await expectAccessible(page);
    await expect(fitsTheWidth(page)).resolves.toBe(true);

    await lived.fill('Type 1 diabetes since childhood.');
    await page.getByRole('button', { name: 'Save my profile' }).click();
    const consent = page.locator('.field', { has: page.getByRole('checkbox', { name: /^I agree/ }) });
    await consent
      .locator('.field__error')
      .getByText(/tick the box to agree/)
      .waitFor();
    await expect(lived.inputValue()).resolves.toBe('Type 1 diabetes since childhood.');

    await page.getByRole('checkbox', { name: /^I agree/ }).check();
    await page.getByRole('button', { name: 'Save my profile' }).click();
    await page.getByText(/You gave your consent on/).waitFor();
    await expect(lived.inputValue()).resolves.toBe('Type 1 diabetes since childhood.');

    await page.getByRole('button', { name: 'Withdraw my consent' }).click();
    await page.getByText('Withdraw your consent?').waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Yes, withdraw and erase it' }).click();
    await page.getByRole('checkbox', { name: /^I agree/ }).waitFor();
    await expect(lived.inputValue()).resolves.toBe('');
    await page
      .getByTestId('announcer')
      .getByText(/Consent withdrawn/)
      .waitFor();
    const [row] = await platform.db.query<{ lived_experience: string | null }>(
      'SELECT lived_experience FROM member_profiles WHERE member_id = $1',
      [lee.id],
    );
    expect(row.lived_experience).toBeNull();
  });
});
