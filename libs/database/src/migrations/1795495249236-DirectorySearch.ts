import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated (the search tables, member_profiles.directory_seq), then completed by hand with what TypeORM cannot
// describe: the partitions, the triggers that keep the search tables in step with member_profiles, the GIN
// indexes, the planner guard, and filling the tables from the profiles already there.

/** The member_search_words rows of the listed profiles of `source`. */
const WORDS_ROWS = (source: string, where = '') => `
  INSERT INTO member_search_words (seq, words)
  SELECT p.directory_seq, coalesce(p.search, ''::tsvector) FROM ${source} p WHERE p.in_directory ${where}
  ON CONFLICT (seq) DO UPDATE SET words = EXCLUDED.words`;
/**
 * The member_search_names rows of the listed profiles of `source`, and their name words (not hyphenated
 * compounds, whose parts are words of their own, nor the rare word with a backslash, which a tsquery would
 * read as an escape).
 */
const NAMES_ROWS = (source: string, where = '') => `
  INSERT INTO member_search_names (seq, names)
  SELECT p.directory_seq, to_tsvector('simple', p.display_name || ' ' || replace(p.handle, '-', ' '))
    FROM ${source} p WHERE p.in_directory ${where}
  ON CONFLICT (seq) DO UPDATE SET names = EXCLUDED.names;
  INSERT INTO member_name_words (word)
  SELECT DISTINCT word FROM ${source} p, unnest(tsvector_to_array(to_tsvector('simple', p.display_name))) word
   WHERE p.in_directory ${where} AND position('-' IN word) = 0 AND position(chr(92) IN word) = 0
  ON CONFLICT DO NOTHING`;
/** For updates: only the rows whose content changed (or that come back into the directory). */
const CHANGED = (what: string) => `
  AND NOT EXISTS (SELECT 1 FROM previous o WHERE o.member_id = p.member_id AND o.in_directory AND ${what})`;

export class DirectorySearch1795495249236 implements MigrationInterface {
  name = 'DirectorySearch1795495249236';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Text search moves to the narrow tables: these two indexes on the wide profile rows are no longer read.
    await queryRunner.query("DROP INDEX \"public\".\"member_profiles_search_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"member_profiles_name_trgm_idx\"");
    await queryRunner.query("CREATE TABLE \"member_search_words\" (\"seq\" integer NOT NULL, \"words\" tsvector NOT NULL, CONSTRAINT \"PK_d3533aaa8739a6ecb11d90f1cb6\" PRIMARY KEY (\"seq\")) PARTITION BY HASH (seq)");
    // By hand: two halves (by hash of seq), which a search reads side by side on two connections, one per core.
    await queryRunner.query('CREATE TABLE member_search_words_0 PARTITION OF member_search_words FOR VALUES WITH (MODULUS 2, REMAINDER 0)');
    await queryRunner.query('CREATE TABLE member_search_words_1 PARTITION OF member_search_words FOR VALUES WITH (MODULUS 2, REMAINDER 1)');
    await queryRunner.query("CREATE TABLE \"member_search_names\" (\"seq\" integer NOT NULL, \"names\" tsvector NOT NULL, CONSTRAINT \"PK_6137dc2a907458d3db45773d0c8\" PRIMARY KEY (\"seq\"))");
    await queryRunner.query("CREATE TABLE \"member_name_words\" (\"word\" text NOT NULL, CONSTRAINT \"PK_83137bf3e81c751cadaf8a2ec00\" PRIMARY KEY (\"word\"))");
    await queryRunner.query("ALTER TABLE \"member_profiles\" ADD \"directory_seq\" SERIAL NOT NULL");
    await queryRunner.query("ALTER TABLE \"member_profiles\" ADD CONSTRAINT \"UQ_b32990025ef422a14d6e60738da\" UNIQUE (\"directory_seq\")");
    await queryRunner.query("ALTER TABLE \"member_search_words\" ADD CONSTRAINT \"FK_d3533aaa8739a6ecb11d90f1cb6\" FOREIGN KEY (\"seq\") REFERENCES \"member_profiles\"(\"directory_seq\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"member_search_names\" ADD CONSTRAINT \"FK_6137dc2a907458d3db45773d0c8\" FOREIGN KEY (\"seq\") REFERENCES \"member_profiles\"(\"directory_seq\") ON DELETE CASCADE ON UPDATE NO ACTION");

    // Statement-level triggers over transition tables: a bulk insert of 5,000 profiles fills each search table
    // with one INSERT, not 5,000. An update rewrites a search row only when what it holds changed. A profile
    // leaving the directory leaves both tables; a deleted profile takes its rows along (ON DELETE CASCADE).
    await queryRunner.query(`
      CREATE FUNCTION member_profiles_search_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${WORDS_ROWS('inserted')};
        ${NAMES_ROWS('inserted')};
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION member_profiles_search_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM member_search_words s USING updated p WHERE s.seq = p.directory_seq AND NOT p.in_directory;
        DELETE FROM member_search_names s USING updated p WHERE s.seq = p.directory_seq AND NOT p.in_directory;
        ${WORDS_ROWS('updated', CHANGED('o.search IS NOT DISTINCT FROM p.search'))};
        ${NAMES_ROWS('updated', CHANGED('o.display_name = p.display_name AND o.handle = p.handle'))};
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER member_profiles_search_insert AFTER INSERT ON member_profiles
      REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION member_profiles_search_insert()`);
    await queryRunner.query(`
      CREATE TRIGGER member_profiles_search_update AFTER UPDATE ON member_profiles
      REFERENCING OLD TABLE AS previous NEW TABLE AS updated FOR EACH STATEMENT EXECUTE FUNCTION member_profiles_search_update()`);

    // The triggers are in place (and hold writes back until this commits): fill, then index in bulk.
    await queryRunner.query(WORDS_ROWS('member_profiles'));
    for (const statement of NAMES_ROWS('member_profiles').split(';')) await queryRunner.query(statement);
    // fastupdate off: no pending list for every search to read through after bulk writes.
    await queryRunner.query('CREATE INDEX member_search_words_idx ON member_search_words USING gin (words) WITH (fastupdate = off)');
    await queryRunner.query('CREATE INDEX member_search_names_idx ON member_search_names USING gin (names) WITH (fastupdate = off)');
    await queryRunner.query('CREATE INDEX member_name_words_trgm_idx ON member_name_words USING gin (word gin_trgm_ops)');
    // The planner guard: with statistics, a common word ("trust" matches a quarter of the members) makes
    // PostgreSQL read every row and test every vector (a sequential scan, several times slower than the index
    // here). Without them it takes a match to be selective and always goes through the GIN index.
    await queryRunner.query('ALTER TABLE member_search_words ALTER COLUMN words SET STATISTICS 0');
    await queryRunner.query('ALTER TABLE member_search_names ALTER COLUMN names SET STATISTICS 0');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER member_profiles_search_update ON member_profiles');
    await queryRunner.query('DROP TRIGGER member_profiles_search_insert ON member_profiles');
    await queryRunner.query('DROP FUNCTION member_profiles_search_update()');
    await queryRunner.query('DROP FUNCTION member_profiles_search_insert()');
    await queryRunner.query("ALTER TABLE \"member_search_names\" DROP CONSTRAINT \"FK_6137dc2a907458d3db45773d0c8\"");
    await queryRunner.query("ALTER TABLE \"member_search_words\" DROP CONSTRAINT \"FK_d3533aaa8739a6ecb11d90f1cb6\"");
    await queryRunner.query("ALTER TABLE \"member_profiles\" DROP CONSTRAINT \"UQ_b32990025ef422a14d6e60738da\"");
    await queryRunner.query("ALTER TABLE \"member_profiles\" DROP COLUMN \"directory_seq\"");
    await queryRunner.query("DROP TABLE \"member_name_words\"");
    await queryRunner.query("DROP TABLE \"member_search_names\"");
    await queryRunner.query("DROP TABLE \"member_search_words\"");
    await queryRunner.query('CREATE INDEX member_profiles_name_trgm_idx ON member_profiles USING gin (name_key gin_trgm_ops) WHERE in_directory');
    await queryRunner.query('CREATE INDEX member_profiles_search_idx ON member_profiles USING gin (search) WHERE in_directory');
  }
}
