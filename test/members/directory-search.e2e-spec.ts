import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MEMBER_PASSWORD, newMember } from '../support/member-factory.js';
import { startTestPlatform, type TestPlatform } from '../support/test-platform.js';

// The text half of the directory: relevance by match class, and member_search (the narrow table the text
// search reads) following every write to a profile through the triggers.
const SEARCH = `query($text: String) {
  members(filter: { text: $text }, first: 50) { totalCount edges { node { displayName } } } }`;

describe('directory text search', () => {
  let platform: TestPlatform;
  let token: string;

  beforeAll(async () => {
    platform = await startTestPlatform();
    const db = platform.db;
    await db.query('UPDATE member_profiles SET listed_in_directory = false, in_directory = false');
    await newMember(db, { displayName: 'Zed Smith' });
    await newMember(db, { displayName: 'Ann Smith' });
    await newMember(db, { displayName: 'Sam Smyth' });
    await newMember(db, { displayName: 'Ada Lovelace', organisation: 'Smith Street Surgery' });
    await newMember(db, { displayName: 'Cy Other', bio: 'Nothing to see.' });
    await newMember(db, { displayName: 'George Best' });
    await newMember(db, { displayName: 'Nia Jones', jobTitle: 'GP partner' });
    const viewer = await newMember(db, { displayName: 'Vi Ewer', listedInDirectory: false });
    token = await platform.login(viewer.email, MEMBER_PASSWORD);
  });

  afterAll(() => platform.close());

  async function found(text: string): Promise<string[]> {
    const result = await platform.graphql<{
      members: { totalCount: number; edges: Array<{ node: { displayName: string } }> };
    }>(SEARCH, { text }, token);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    const names = result.data!.members.edges.map((edge) => edge.node.displayName);
    expect(result.data!.members.totalCount).toBe(names.length);
    return names;
  }

  it('ranks by match class: the name, then a name close to it, then the other fields; names in order within', async () => {
    expect(await found('smith')).toEqual(['Ann Smith', 'Zed Smith', 'Sam Smyth', 'Ada Lovelace']);
  });

  it('does not take two-letter words as misspelt names', async () => {
    expect(await found('GP')).toEqual(['Nia Jones']);
  });

  it('reads the search syntax: or, -word, quoted words, and the last word as a prefix while typing', async () => {
    expect(await found('surgery or partner')).toEqual(['Ada Lovelace', 'Nia Jones']);
    expect(await found('smith -surgery')).toEqual(['Ann Smith', 'Zed Smith', 'Sam Smyth']);
    // Excluded also as the last word (which is matched as a prefix too).
    expect(await found('surgery -smith')).toEqual([]);
    // Names are not stemmed ("Jones" is no "jone"): the syntax finds them as written.
    expect(await found('jones -surgery')).toEqual(['Nia Jones']);
    expect(await found('"Nia Jones"')).toEqual(['Nia Jones']);
    expect(await found('jones or lovelace')).toEqual(['Ada Lovelace', 'Nia Jones']);
    // An excluded word keeps a member out whichever field has it, a name match or a close name included.
    const bo = await newMember(platform.db, { displayName: 'Bo Smith', bio: 'Board member.' });
    expect(await found('smith -board')).toEqual(['Ann Smith', 'Zed Smith', 'Sam Smyth', 'Ada Lovelace']);
    // Everyone without the word (Sam Smyth has no "smith"; Ada's organisation has).
    expect(await found('-smith')).toEqual(['Cy Other', 'George Best', 'Nia Jones', 'Sam Smyth']);
    await platform.db.query('DELETE FROM members WHERE id = $1', [bo.id]);
    // Quoted words are all required (anywhere in the profile).
    expect(await found('"partner GP"')).toEqual(['Nia Jones']);
    expect(await found('"partner smith"')).toEqual([]);
    // While typing: a name, then another field.
    expect(await found('Lovel')).toEqual(['Ada Lovelace']);
    expect(await found('Surg')).toEqual(['Ada Lovelace']);
    // Two letters begin names only: beginning every word of every field would be most of the directory.
    expect(await found('Jo')).toEqual(['Nia Jones']);
    expect(await found('Su')).toEqual([]);
    // Earlier words by their stems, the last begun.
    const una = await newMember(platform.db, { displayName: 'Una Ward', bio: 'Nurses in London.' });
    expect(await found('nurses lond')).toEqual(['Una Ward']);
    await platform.db.query('DELETE FROM members WHERE id = $1', [una.id]);
  });

  it('takes many profiles that share name words written at once, in any order of the words', async () => {
    const db = platform.db;
    const words = ['Xavi', 'Yara', 'Zeno', 'Wren', 'Vale', 'Ugo', 'Tam', 'Suki'];
    // Each name some of the shared words and one of its own: different sets of new words in each transaction.
    const names = Array.from({ length: 40 }, (_, i) =>
      [...words.filter((_, w) => (i >> w) % 2 === 0 || w === 0), `Own${i}x`].join(' '),
    );
    const members = await Promise.all(names.map((displayName) => newMember(db, { displayName })));
    // Renamed at once too: each loses and gains shared words.
    const renamed = names.map((_, i) => names[(i + 3) % names.length].split(' ').slice(0, 5).join(' '));
    await Promise.all(
      members.map((member, i) =>
        db.query('UPDATE member_profiles SET display_name = $2 WHERE member_id = $1', [
          member.id,
          renamed[i],
        ]),
      ),
    );
    // (found() shows the account's name, which this left as it was: the count tells.)
    expect((await found('xavi')).length).toBe(renamed.filter((name) => name.includes('Xavi')).length);
    await db.query('DELETE FROM members WHERE id = ANY($1)', [members.map((member) => member.id)]);
    expect(await found('xavi')).toEqual([]);
  });

  it('follows joins, renames, hidden fields, unlisting and suspension', async () => {
    const db = platform.db;
    const quentin = await newMember(db, {
      displayName: 'Quentin Blake',
      bio: 'I illustrate with watercolours.',
    });
    expect(await found('quentin')).toEqual(['Quentin Blake']);
    expect(await found('watercolour')).toEqual(['Quentin Blake']);

    // A rename writes both copies of the name, as updateProfile does.
    await db.query("UPDATE members SET display_name = 'Quentin Marsh' WHERE id = $1", [quentin.id]);
    await db.query("UPDATE member_profiles SET display_name = 'Quentin Marsh' WHERE member_id = $1", [
      quentin.id,
    ]);
    expect(await found('blake')).toEqual([]);
    expect(await found('marsh')).toEqual(['Quentin Marsh']);

    await db.query(`UPDATE member_profiles SET visibility = '{"BIO": "PRIVATE"}' WHERE member_id = $1`, [
      quentin.id,
    ]);
    expect(await found('watercolour')).toEqual([]);
    await db.query(`UPDATE member_profiles SET visibility = '{}' WHERE member_id = $1`, [quentin.id]);
    expect(await found('watercolour')).toEqual(['Quentin Marsh']);

    await db.query(
      'UPDATE member_profiles SET listed_in_directory = false, in_directory = false WHERE member_id = $1',
      [quentin.id],
    );
    expect(await found('quentin')).toEqual([]);
    await db.query(
      'UPDATE member_profiles SET listed_in_directory = true, in_directory = true WHERE member_id = $1',
      [quentin.id],
    );
    expect(await found('quentin')).toEqual(['Quentin Marsh']);

    // Suspending the account takes the profile out of the directory (see ProfileWriter).
    await db.query('UPDATE member_profiles SET in_directory = false WHERE member_id = $1', [quentin.id]);
    expect(await found('marsh')).toEqual([]);
    const seq = (
      await db.query<{ seq: number }>(
        'SELECT directory_seq AS seq FROM member_profiles WHERE member_id = $1',
        [quentin.id],
      )
    )[0].seq;
    const rows = async () =>
      (
        await db.query<{ what: string }>(
          `SELECT 'posting ' || lexeme AS what FROM member_search_postings WHERE seq = $1
           UNION ALL SELECT 'name ' || lexeme FROM member_search_name_postings WHERE seq = $1 ORDER BY what`,
          [seq],
        )
      ).map((row) => row.what);
    expect(await rows()).toEqual([]);
    await db.query('UPDATE member_profiles SET in_directory = true WHERE member_id = $1', [quentin.id]);
    // The postings are the words of the name, the handle (random here) and the bio; the old name's are gone.
    const back = await rows();
    expect(back).toEqual(
      expect.arrayContaining([
        'name marsh',
        'name quentin',
        'posting illustr',
        'posting marsh',
        'posting quentin',
        'posting watercolour',
      ]),
    );
    expect(back).not.toContain('posting blake');
    expect(back).not.toContain('name blake');
    await db.query('DELETE FROM members WHERE id = $1', [quentin.id]);
    expect(await rows()).toEqual([]);
  });
});
