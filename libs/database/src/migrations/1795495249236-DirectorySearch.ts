import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated (the postings tables, member_name_words, member_profiles.directory_seq), then completed by hand with
// what TypeORM cannot describe: the triggers that keep the search tables in step with member_profiles, the
// trigram index, and filling the tables from the profiles already there.

/** The words of a profile's name and handle ('simple': no stems), of the profile `p`. */
const NAME_VECTOR = (p: string) => `to_tsvector('simple', ${p}.display_name || ' ' || replace(${p}.handle, '-', ' '))`;

/** The postings of the listed profiles `p` of `source`: the lexemes of `vector` and the profile's seq. */
const POSTINGS_ROWS = (table: string, vector: string, source: string, where = '') => `
  INSERT INTO ${table} (lexeme, seq)
  SELECT l.lexeme, p.directory_seq FROM ${source} p, unnest(tsvector_to_array(${vector})) l(lexeme)
   WHERE p.in_directory ${where}
  ON CONFLICT DO NOTHING`;
/** Everything searchable (the `search` vector: names, and the fields every member may see), and the names. */
const ROWS = (source: string, where: (what: string) => string = () => '') => `
  ${POSTINGS_ROWS('member_search_postings', 'p.search', source, where('o.search IS NOT DISTINCT FROM p.search'))};
  ${POSTINGS_ROWS('member_search_name_postings', NAME_VECTOR('p'), source, where('o.display_name = p.display_name AND o.handle = p.handle'))};
  INSERT INTO member_name_words (word)
  SELECT DISTINCT word FROM ${source} p, unnest(tsvector_to_array(to_tsvector('simple', p.display_name))) word
   WHERE p.in_directory ${where('o.display_name = p.display_name')} AND position('-' IN word) = 0 AND position(chr(92) IN word) = 0
   ORDER BY word
  ON CONFLICT DO NOTHING`;
// member_name_words holds single name words (not hyphenated compounds, whose parts are words of their own, nor
// the rare word with a backslash, which a tsquery would read as an escape). Profiles written at once by
// concurrent transactions share name words: each inserts them in word order, so that none waits for another
// that waits for it.

/** For updates: only the rows whose content changed (or that come back into the directory). */
const CHANGED = (what: string) => `
  AND NOT EXISTS (SELECT 1 FROM previous o WHERE o.member_id = p.member_id AND o.in_directory AND ${what})`;

/**
 * Deletes the postings of the profiles `o` (as they were, joined in `from`) where `stale` holds (`l.lexeme`
 * the word): the words a profile lost, or all of them when it left the directory. By primary key.
 */
const STALE_POSTINGS = (table: string, vector: string, from: string, stale: string) => `
  DELETE FROM ${table} s USING ${from}, unnest(tsvector_to_array(${vector})) l(lexeme)
   WHERE o.in_directory AND s.lexeme = l.lexeme AND s.seq = o.directory_seq AND ${stale}`;
/** The words `o` had in `vector` (of `o`) that `p` (the profile now) no longer has in it, or all when unlisted. */
const LOST = (table: string, vector: (alias: string) => string) =>
  STALE_POSTINGS(
    table,
    vector('o'),
    'previous o JOIN updated p ON p.member_id = o.member_id',
    `(NOT p.in_directory OR (${vector('o')} IS DISTINCT FROM ${vector('p')}
                             AND NOT coalesce(l.lexeme = ANY(tsvector_to_array(${vector('p')})), false)))`,
  );

export class DirectorySearch1795495249236 implements MigrationInterface {
  name = 'DirectorySearch1795495249236';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Text search moves to the postings: these two indexes on the wide profile rows are no longer read.
    await queryRunner.query("DROP INDEX \"public\".\"member_profiles_search_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"member_profiles_name_trgm_idx\"");
    await queryRunner.query("CREATE TABLE \"member_search_postings\" (\"lexeme\" text COLLATE \"C\" NOT NULL, \"seq\" integer NOT NULL, CONSTRAINT \"PK_41eb74228652ac71363b6b38cc7\" PRIMARY KEY (\"lexeme\", \"seq\"))");
    await queryRunner.query("CREATE TABLE \"member_search_name_postings\" (\"lexeme\" text COLLATE \"C\" NOT NULL, \"seq\" integer NOT NULL, CONSTRAINT \"PK_ba7dba5b2961a90bd3ea76f994d\" PRIMARY KEY (\"lexeme\", \"seq\"))");
    await queryRunner.query("CREATE TABLE \"member_name_words\" (\"word\" text NOT NULL, CONSTRAINT \"PK_83137bf3e81c751cadaf8a2ec00\" PRIMARY KEY (\"word\"))");
    await queryRunner.query("ALTER TABLE \"member_profiles\" ADD \"directory_seq\" SERIAL NOT NULL");
    await queryRunner.query("ALTER TABLE \"member_profiles\" ADD CONSTRAINT \"UQ_b32990025ef422a14d6e60738da\" UNIQUE (\"directory_seq\")");

    // Statement-level triggers over transition tables: a bulk insert of 5,000 profiles fills each search table
    // with one INSERT, not 5,000. An update writes the postings of the words gained and deletes those of the
    // words lost; a profile leaving the directory leaves every postings table, and so does a deleted profile
    // (no foreign key: it would need a second index on the postings, as large as their key).
    await queryRunner.query(`
      CREATE FUNCTION member_profiles_search_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${ROWS('inserted')};
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION member_profiles_search_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${LOST('member_search_postings', (p) => `${p}.search`)};
        ${LOST('member_search_name_postings', NAME_VECTOR)};
        ${ROWS('updated', CHANGED)};
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION member_profiles_search_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${STALE_POSTINGS('member_search_postings', 'o.search', 'deleted o', 'true')};
        ${STALE_POSTINGS('member_search_name_postings', NAME_VECTOR('o'), 'deleted o', 'true')};
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER member_profiles_search_insert AFTER INSERT ON member_profiles
      REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION member_profiles_search_insert()`);
    await queryRunner.query(`
      CREATE TRIGGER member_profiles_search_update AFTER UPDATE ON member_profiles
      REFERENCING OLD TABLE AS previous NEW TABLE AS updated FOR EACH STATEMENT EXECUTE FUNCTION member_profiles_search_update()`);
    await queryRunner.query(`
      CREATE TRIGGER member_profiles_search_delete AFTER DELETE ON member_profiles
      REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION member_profiles_search_delete()`);

    // The triggers are in place (and hold writes back until this commits): fill, then index the name words.
    for (const statement of ROWS('member_profiles').split(';')) await queryRunner.query(statement);
    await queryRunner.query('CREATE INDEX member_name_words_trgm_idx ON member_name_words USING gin (word gin_trgm_ops)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER member_profiles_search_delete ON member_profiles');
    await queryRunner.query('DROP TRIGGER member_profiles_search_update ON member_profiles');
    await queryRunner.query('DROP TRIGGER member_profiles_search_insert ON member_profiles');
    await queryRunner.query('DROP FUNCTION member_profiles_search_delete()');
    await queryRunner.query('DROP FUNCTION member_profiles_search_update()');
    await queryRunner.query('DROP FUNCTION member_profiles_search_insert()');
    await queryRunner.query("ALTER TABLE \"member_profiles\" DROP CONSTRAINT \"UQ_b32990025ef422a14d6e60738da\"");
    await queryRunner.query("ALTER TABLE \"member_profiles\" DROP COLUMN \"directory_seq\"");
    await queryRunner.query("DROP TABLE \"member_name_words\"");
    await queryRunner.query("DROP TABLE \"member_search_name_postings\"");
    await queryRunner.query("DROP TABLE \"member_search_postings\"");
    await queryRunner.query('CREATE INDEX member_profiles_name_trgm_idx ON member_profiles USING gin (name_key gin_trgm_ops) WHERE in_directory');
    await queryRunner.query('CREATE INDEX member_profiles_search_idx ON member_profiles USING gin (search) WHERE in_directory');
  }
}
