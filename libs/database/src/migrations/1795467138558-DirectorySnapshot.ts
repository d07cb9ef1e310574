import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DirectorySnapshot1795467138558 implements MigrationInterface {
  name = 'DirectorySnapshot1795467138558';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Written by hand: every write to a profile stamps updated_at (raw SQL and bulk loads included), which is
    // how each process's directory snapshot finds what changed.
    await queryRunner.query(`
      CREATE FUNCTION member_profiles_touch() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.updated_at := clock_timestamp();
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER member_profiles_touch BEFORE INSERT OR UPDATE ON member_profiles
      FOR EACH ROW EXECUTE FUNCTION member_profiles_touch()`);
    await queryRunner.query("CREATE INDEX \"member_profiles_updated_at_idx\" ON \"member_profiles\"  (\"updated_at\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER member_profiles_touch ON member_profiles');
    await queryRunner.query('DROP FUNCTION member_profiles_touch()');
    await queryRunner.query("DROP INDEX \"public\".\"member_profiles_updated_at_idx\"");
  }
}
