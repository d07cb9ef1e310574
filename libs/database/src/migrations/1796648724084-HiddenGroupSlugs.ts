import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hidden groups leave the listed groups' address space (libs/groups/src/group-slugs.ts): each existing hidden group
 * gets a random suffix of 12 letters (from gen_random_uuid, a strong random source), and slugs are unique among
 * listed groups and, apart, among hidden ones.
 */
export class HiddenGroupSlugs1796648724084 implements MigrationInterface {
  name = 'HiddenGroupSlugs1796648724084';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE groups
      SET slug = coalesce(nullif(regexp_replace(left(slug, 47), '-+$', ''), ''), 'group') || '-' ||
                 translate(left(replace(gen_random_uuid()::text, '-', ''), 12), '0123456789', 'ghijklmnop')
      WHERE visibility = 'HIDDEN'`);
    await queryRunner.query('DROP INDEX "public"."groups_slug_key"');
    await queryRunner.query("CREATE UNIQUE INDEX \"groups_slug_key\" ON \"groups\"  (\"slug\") WHERE visibility <> 'HIDDEN'");
    await queryRunner.query("CREATE UNIQUE INDEX \"groups_hidden_slug_key\" ON \"groups\"  (\"slug\") WHERE visibility = 'HIDDEN'");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."groups_hidden_slug_key"');
    await queryRunner.query('DROP INDEX "public"."groups_slug_key"');
    await queryRunner.query('CREATE UNIQUE INDEX "groups_slug_key" ON "groups"  ("slug") ');
  }
}
