import type { MigrationInterface, QueryRunner } from 'typeorm';

export class GroupHandedOverNotification1796649312694 implements MigrationInterface {
  name = 'GroupHandedOverNotification1796649312694';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TYPE \"public\".\"notification_kind\" ADD VALUE 'GROUP_HANDED_OVER'");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"notification_kind_old\" AS ENUM('MENTION', 'REPLY', 'DIRECT_MESSAGE', 'JOIN_REQUEST', 'JOIN_APPROVED', 'GROUP_INVITATION', 'PAIRING_REQUEST', 'PAIRING_ANSWER', 'EVENT_ANNOUNCEMENT', 'EVENT_CHANGED', 'EVENT_CANCELLED', 'WAITLIST_PROMOTED', 'EVENT_REMINDER')");
    await queryRunner.query("ALTER TABLE \"notifications\" ALTER COLUMN \"kind\" TYPE \"public\".\"notification_kind_old\" USING \"kind\"::\"text\"::\"public\".\"notification_kind_old\"");
    await queryRunner.query("DROP TYPE \"public\".\"notification_kind\"");
    await queryRunner.query("ALTER TYPE \"public\".\"notification_kind_old\" RENAME TO \"notification_kind\"");
  }
}
