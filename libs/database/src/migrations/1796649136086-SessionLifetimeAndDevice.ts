import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SessionLifetimeAndDevice1796649136086 implements MigrationInterface {
  name = 'SessionLifetimeAndDevice1796649136086';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Sessions open before this end 30 days from their sign-in, as new ones do.
    await queryRunner.query("ALTER TABLE \"sessions\" ADD \"expires_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("UPDATE \"sessions\" SET \"expires_at\" = \"created_at\" + interval '30 days'");
    await queryRunner.query("ALTER TABLE \"sessions\" ALTER COLUMN \"expires_at\" SET NOT NULL");
    await queryRunner.query("ALTER TABLE \"sessions\" ADD \"user_agent\" text");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"sessions\" DROP COLUMN \"user_agent\"");
    await queryRunner.query("ALTER TABLE \"sessions\" DROP COLUMN \"expires_at\"");
  }
}
