import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationDigests1795479590680 implements MigrationInterface {
  name = 'NotificationDigests1795479590680';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"notifications\" ADD \"digested_at\" TIMESTAMP WITH TIME ZONE");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"notifications\" DROP COLUMN \"digested_at\"");
  }
}
