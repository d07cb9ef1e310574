import { afterAll, beforeAll, expect, it, jest } from '@jest/globals';
import {
  describeInBrowser,
  expectAccessible,
  focused,
  saveScreenshot,
  startBrowserPlatform,
  type BrowserPlatform,
} from '../support/browser.js';
import { newMember } from '../support/member-factory.js';
import { fitsTheWidth, namesIn, signedInPage, tabTo } from '../support/browser-people.js';

jest.setTimeout(120_000);

describeInBrowser('web app: finding peers in the directory', () => {
  let platform: BrowserPlatform;
  let viewer: { email: string };

  beforeAll(async () => {
    platform = await startBrowserPlatform();
    // The admin made at start-up has no region or topics; keep them out of the counts all the same.
    await platform.db.query("UPDATE member_profiles SET in_directory = false WHERE handle LIKE 'admin%'");
    viewer = await newMember(platform.db, {
      displayName: 'Vera Viewer',
      leaderType: 'PATIENT_LEADER',
      topics: ['dementia'],
      openToPairing: true,
    });
    const peers: Array<[string, Parameters<typeof newMember>[1]]> = [
      [
        'Ada Adebayo',
        { regionCode: 'LONDON', topics: ['maternity', 'mental-health'], headline: 'Midwife and researcher' },
      ],
      ['Bryn Bevan', { regionCode: 'WALES', topics: ['maternity'] }],
      ['Cara Chen', { regionCode: 'LONDON', topics: ['cancer'] }],
      ['Dev Desai', { regionCode: 'LONDON', topics: ['maternity'] }],
      ['Eli Evans', { regionCode: 'NORTH_WEST', topics: ['mental-health'] }],
    ];
    for (const [displayName, fields] of peers) await newMember(platform.db, { displayName, ...fields });
    await newMember(platform.db, {
      displayName: 'Gwen Geriatrician',
      leaderType: 'HEALTHCARE_PROFESSIONAL',
      regionCode: 'SCOTLAND',
      topics: ['dementia'],
      openToPairing: true,
    });
  });
  afterAll(() => platform?.close());

  it('filters by region and topic with counts beside each value, keeps the filters in the address, and Back undoes them', async () => {
    const page = await signedInPage(platform, viewer);
    await page.goto('/directory');
    await page.getByRole('heading', { level: 1, name: 'Directory' }).waitFor();
    await page.getByTestId('member-count').getByText('7 members').waitFor();
    await expectAccessible(page);

    // Suggested pairs, with their reasons in plain words.
    const suggested = page.getByRole('list', { name: 'Suggested pairs', exact: true });
    await suggested.getByText('Gwen Geriatrician').waitFor();
    await suggested
      .getByText('A healthcare professional: a perspective that complements yours as a patient leader')
      .waitFor();

    // Values that would find nobody wait behind "Show all", so the lists stay short.
    await expect(page.getByRole('checkbox', { name: /^Midlands/ }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: /^Show all 10 .* in Region$/ }).click();
    await page.getByRole('checkbox', { name: /^Midlands \(0 members\)/ }).waitFor();
    await page.getByRole('checkbox', { name: /^London \(3 members\)/ }).check();
    await page.getByTestId('member-count').getByText('3 members').waitFor();
    await expect(namesIn(page, 'Members found')).resolves.toEqual(['Ada Adebayo', 'Cara Chen', 'Dev Desai']);
    // Topic counts now count London members only; region counts leave out the region filter itself.
    await page.getByRole('checkbox', { name: /^Maternity and neonatal care \(2 members\)/ }).waitFor();
    await page.getByRole('checkbox', { name: /^Cancer \(1 member\)/ }).waitFor();
    await page.getByRole('checkbox', { name: /^Wales \(1 member\)/ }).waitFor();

    await page.getByRole('checkbox', { name: /^Maternity and neonatal care/ }).check();
    await page.getByTestId('member-count').getByText('2 members').waitFor();
    await expect(namesIn(page, 'Members found')).resolves.toEqual(['Ada Adebayo', 'Dev Desai']);
    await page.getByRole('checkbox', { name: /^London \(2 members\)/ }).waitFor();
    await page.getByRole('checkbox', { name: /^Wales \(1 member\)/ }).waitFor();
    const address = new URL(page.url());
    expect(address.searchParams.getAll('region')).toEqual(['LONDON']);
    expect(address.searchParams.getAll('topic')).toEqual(['maternity']);
    // A card shows the headline, region and topics.
    const ada = page
      .getByRole('list', { name: 'Members found' })
      .getByRole('listitem')
      .filter({ hasText: 'Ada Adebayo' });
    await ada.getByText('Midwife and researcher').waitFor();
    await expect(ada.locator('dd').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['London', expect.stringMatching(/Mental health/)]),
    );
    await expect(ada.textContent()).resolves.toMatch(/Topics.*Maternity and neonatal care/);
    await expectAccessible(page);
    await saveScreenshot(page, 'directory');

    await page.goBack();
    await page.getByTestId('member-count').getByText('3 members').waitFor();
    await expect(
      page.getByRole('checkbox', { name: /^Maternity and neonatal care/ }).isChecked(),
    ).resolves.toBe(false);
    await expect(page.getByRole('checkbox', { name: /^London/ }).isChecked()).resolves.toBe(true);

    // Nothing found: said plainly, with a way back.
    await page.getByLabel('Search members').fill('Zebedee Nobody');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByText('No members match.').waitFor();
    await page.getByRole('button', { name: 'Clear the search and filters' }).click();
    await page.getByTestId('member-count').getByText('7 members').waitFor();
  });

  it('forgives a spelling mistake in a name', async () => {
    const page = await signedInPage(platform, viewer);
    await page.goto('/directory?q=Adebyo');
    await page.getByTestId('member-count').getByText('1 member').waitFor();
    await expect(namesIn(page, 'Members found')).resolves.toEqual(['Ada Adebayo']);
  });

  it('shows more members page by page with "Show more"', async () => {
    for (let i = 0; i < 21; i++) {
      await newMember(platform.db, {
        displayName: `Paged Person ${String(i).padStart(2, '0')}`,
        regionCode: 'SOUTH_WEST',
      });
    }
    const page = await signedInPage(platform, viewer);
    await page.goto('/directory?region=SOUTH_WEST');
    await page.getByTestId('member-count').getByText('21 members').waitFor();
    await expect(
      page.getByRole('list', { name: 'Members found' }).getByRole('listitem').count(),
    ).resolves.toBe(20);
    await page.getByRole('button', { name: 'Show more members' }).click();
    await page.getByRole('list', { name: 'Members found' }).getByText('Paged Person 20').waitFor();
    await expect(
      page.getByRole('list', { name: 'Members found' }).getByRole('listitem').count(),
    ).resolves.toBe(21);
    // The first new card has the focus; there is no more to show.
    await expect(focused(page)).resolves.toMatchObject({ tag: 'a', text: 'Paged Person 20' });
    await expect(page.getByRole('button', { name: 'Show more members' }).count()).resolves.toBe(0);
  });

  it('works at 320 px wide: the filters fold away behind a button', async () => {
    const page = await signedInPage(platform, viewer, { width: 320 });
    await page.goto('/directory');
    await page.getByTestId('member-count').waitFor();
    const toggle = page.getByRole('button', { name: 'Show filters' });
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(page.getByRole('checkbox', { name: /^London/ }).isVisible()).resolves.toBe(false);
    await expectAccessible(page);
    await expect(fitsTheWidth(page)).resolves.toBe(true);
    await toggle.click();
    await page.getByRole('checkbox', { name: /^London/ }).check();
    await page.getByTestId('member-count').getByText('3 members').waitFor();
    await expect(
      page.getByRole('button', { name: /Hide filters \(1 on\)/ }).getAttribute('aria-expanded'),
    ).resolves.toBe('true');
    await expectAccessible(page);
    await expect(fitsTheWidth(page)).resolves.toBe(true);
    await saveScreenshot(page, 'directory-320px');
  });

  it('searches and opens a profile with the keyboard only', async () => {
    const page = await signedInPage(platform, viewer);
    await page.goto('/directory');
    await page.getByTestId('member-count').waitFor();
    await tabTo(page, (element) => element.name === 'q', 40);
    await page.keyboard.type('Bryn Bevan');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/directory?q=Bryn+Bevan');
    await page.locator('[aria-label="Members found"] .card__title').first().getByText('Bryn Bevan').waitFor();
    // Past the filters in one step, then to the result.
    await tabTo(page, (element) => element.text === 'Skip the filters to the results');
    await page.keyboard.press('Enter');
    await tabTo(page, (element) => element.text === 'Bryn Bevan', 5);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Bryn Bevan' }).waitFor();
    await expect(focused(page)).resolves.toMatchObject({ tag: 'h1', text: 'Bryn Bevan' });
    await page.getByText('Wales').waitFor();
  });
});
