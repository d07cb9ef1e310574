// A group's address is made from its name in whatever script the name is written: readable Latin letters
// (libs/text, through the transliteration package), never an empty address. The slug core itself: libs/text.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { groupsHelpers } from '../support/groups.js';
import { startTestPlatform, type TestPlatform } from '../support/test-platform.js';

describe('group addresses made from names in any script', () => {
  let platform: TestPlatform;
  const { person, create } = groupsHelpers(() => platform);

  beforeAll(async () => {
    platform = await startTestPlatform();
  });

  afterAll(() => platform.close());

  it('writes Polish, Cyrillic and Greek names in Latin letters', async () => {
    const owner = await person('Łukasz Żółć');
    expect((await create(owner, { name: 'Łukasz Żółć’s circle' })).slug).toBe('lukasz-zolcs-circle');
    expect((await create(owner, { name: 'Группа поддержки' })).slug).toBe('gruppa-podderzhki');
    expect((await create(owner, { name: 'Ομάδα υποστήριξης' })).slug).toBe('omada-ypostirixis');
  });

  it('gives a name with no letters to write a readable address, numbered like any other', async () => {
    const owner = await person('Rainbow Owner');
    expect((await create(owner, { name: '🌈🌈🌈' })).slug).toBe('group');
    expect((await create(owner, { name: '🌈🌈🌈🌈' })).slug).toBe('group-2');
  });

  it('keeps a hidden group’s random letters after the written name', async () => {
    const owner = await person('Siân Hidden');
    const hidden = await create(owner, { name: 'Ŵyl Cymru', visibility: 'HIDDEN' });
    expect(hidden.slug).toMatch(/^wyl-cymru-[a-z]{12}$/);
  });
});
