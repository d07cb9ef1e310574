import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { newMember } from '../../../../test/support/member-factory.js';
import { openDataSource } from '../../../../test/support/service-module.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { nextBit, type Bitset } from './bitset.js';
import type { DirectoryColumns } from './directory-columns.js';
import { DirectorySnapshot } from './directory-snapshot.js';
import { DirectoryText } from './directory-text.js';

// The commonest words' members are held in the API process (DirectoryColumns.words) rather than read from
// member_search_postings. Whichever way a word's members come, a search must find the same people, and the
// held sets must follow every write as the postings do.
describe('the common words held in the directory columns', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let text: DirectoryText;
  /** Holds the words at least a third of the listed members use. */
  let holding: DirectorySnapshot;
  /** Holds none: every word from the postings. */
  let reading: DirectorySnapshot;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await openDataSource(db);
    await db.query('UPDATE member_profiles SET listed_in_directory = false, in_directory = false');
    const bios = [
      'A patient leader who speaks for patient voice in the trust.',
      'Patient partner on the trust board.',
      'Nurse and patient safety lead.',
      'Trust governor, carer.',
      'Patients come first.',
      'Research nurse.',
    ];
    for (const [i, bio] of bios.entries()) await newMember(db, { displayName: `Member ${i}`, bio });
    // The statistics the common words are chosen from (autovacuum's ANALYZE in a running system).
    await db.query('ANALYZE member_search_postings');
    holding = new DirectorySnapshot(dataSource, { share: 0.3, most: 10 });
    reading = new DirectorySnapshot(dataSource, { share: 2, most: 10 });
    text = new DirectoryText(dataSource);
  });

  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  const names = (columns: DirectoryColumns, bits: Bitset) => {
    const found: string[] = [];
    for (let p = nextBit(bits, 0); p >= 0; p = nextBit(bits, p + 1)) found.push(columns.nameKeys[p]);
    return found;
  };
  const QUERIES = [
    'patient',
    'patient trust',
    'trust -patient',
    'nurse or trust',
    '"patient partner"',
    'patie',
  ];

  /** A search's text half, as DirectoryService runs it (keeping the common words it reads). */
  async function found(snapshot: DirectorySnapshot, query: string): Promise<string[]> {
    const { columns, generation } = await snapshot.current();
    const matches = await text.match(text.statements(query, columns)!, columns, (word, bits) =>
      snapshot.hold(columns, generation, word, bits),
    );
    return names(columns, matches.all);
  }

  async function expectTheSameBothWays(): Promise<Record<string, string[]>> {
    const answers: Record<string, string[]> = {};
    for (const query of QUERIES) {
      answers[query] = await found(holding, query);
      expect({ query, found: answers[query] }).toEqual({ query, found: await found(reading, query) });
    }
    return answers;
  }

  it('holds the words a third of the members use once read, and finds what the postings find', async () => {
    expect((await holding.columns()).words.size).toBe(0);
    const first = await expectTheSameBothWays();
    // Read once from the postings, then held ('m' and 'member', of the names and handles, are not asked for).
    expect([...(await holding.columns()).words.keys()].sort()).toEqual(['nurs', 'patient', 'trust']);
    expect((await reading.columns()).words.size).toBe(0);
    expect(await expectTheSameBothWays()).toEqual(first);
    expect(first).toEqual({
      patient: ['member 0', 'member 1', 'member 2', 'member 4'],
      'patient trust': ['member 0', 'member 1'],
      'trust -patient': ['member 3'],
      'nurse or trust': ['member 0', 'member 1', 'member 2', 'member 3', 'member 5'],
      '"patient partner"': ['member 1'],
      patie: ['member 0', 'member 1', 'member 2', 'member 4'],
    });
  });

  it('follows edits, members joining and leaving, and renames', async () => {
    await db.query("UPDATE member_profiles SET bio = 'Carer.' WHERE display_name = 'Member 0'");
    await db.query("UPDATE member_profiles SET bio = 'Patient and trust.' WHERE display_name = 'Member 5'");
    await db.query("UPDATE member_profiles SET in_directory = false WHERE display_name = 'Member 4'");
    await db.query("UPDATE member_profiles SET display_name = 'Aaron' WHERE display_name = 'Member 2'");
    await newMember(db, { displayName: 'Member 6', bio: 'A patient, a carer.' });
    expect(await expectTheSameBothWays()).toEqual({
      patient: ['aaron', 'member 1', 'member 5', 'member 6'],
      'patient trust': ['member 1', 'member 5'],
      'trust -patient': ['member 3'],
      'nurse or trust': ['aaron', 'member 1', 'member 3', 'member 5'],
      '"patient partner"': ['member 1'],
      patie: ['aaron', 'member 1', 'member 5', 'member 6'],
    });
  });
});
