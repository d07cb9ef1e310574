import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InvitationMailClaims1795483346676 implements MigrationInterface {
  name = 'InvitationMailClaims1795483346676';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"invitations\" ADD \"mailed_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"password_reset_tokens\" ADD \"mailed_at\" TIMESTAMP WITH TIME ZONE");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"password_reset_tokens\" DROP COLUMN \"mailed_at\"");
    await queryRunner.query("ALTER TABLE \"invitations\" DROP COLUMN \"mailed_at\"");
  }
}
