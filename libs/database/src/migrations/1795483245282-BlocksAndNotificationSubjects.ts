import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BlocksAndNotificationSubjects1795483245282 implements MigrationInterface {
  name = 'BlocksAndNotificationSubjects1795483245282';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"member_blocks\" (\"blocker_id\" uuid NOT NULL, \"blocked_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_87f7d67422c0efd415ac65e2cee\" PRIMARY KEY (\"blocker_id\", \"blocked_id\"))");
    await queryRunner.query("CREATE INDEX \"member_blocks_blocked_idx\" ON \"member_blocks\"  (\"blocked_id\") ");
    await queryRunner.query("ALTER TABLE \"notifications\" ADD \"group_id\" uuid");
    await queryRunner.query("ALTER TABLE \"notifications\" ADD \"event_id\" uuid");
    await queryRunner.query("ALTER TABLE \"notifications\" ADD \"pairing_id\" uuid");
    await queryRunner.query("ALTER TABLE \"notifications\" ADD \"detail\" text");
    await queryRunner.query("ALTER TYPE \"public\".\"notification_kind\" ADD VALUE 'EVENT_REMINDER'");
    await queryRunner.query("ALTER TABLE \"member_blocks\" ADD CONSTRAINT \"FK_42d3dfdca840790ee4ce2a08838\" FOREIGN KEY (\"blocker_id\") REFERENCES \"members\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"member_blocks\" ADD CONSTRAINT \"FK_12e36407740031036a46b4dad98\" FOREIGN KEY (\"blocked_id\") REFERENCES \"members\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"member_blocks\" DROP CONSTRAINT \"FK_12e36407740031036a46b4dad98\"");
    await queryRunner.query("ALTER TABLE \"member_blocks\" DROP CONSTRAINT \"FK_42d3dfdca840790ee4ce2a08838\"");
    await queryRunner.query("CREATE TYPE \"public\".\"notification_kind_old\" AS ENUM('MENTION', 'REPLY', 'DIRECT_MESSAGE', 'JOIN_REQUEST', 'JOIN_APPROVED', 'GROUP_INVITATION', 'PAIRING_REQUEST', 'PAIRING_ANSWER', 'EVENT_ANNOUNCEMENT', 'EVENT_CHANGED', 'EVENT_CANCELLED', 'WAITLIST_PROMOTED')");
    await queryRunner.query("ALTER TABLE \"notifications\" ALTER COLUMN \"kind\" TYPE \"public\".\"notification_kind_old\" USING \"kind\"::\"text\"::\"public\".\"notification_kind_old\"");
    await queryRunner.query("DROP TYPE \"public\".\"notification_kind\"");
    await queryRunner.query("ALTER TYPE \"public\".\"notification_kind_old\" RENAME TO \"notification_kind\"");
    await queryRunner.query("ALTER TABLE \"notifications\" DROP COLUMN \"detail\"");
    await queryRunner.query("ALTER TABLE \"notifications\" DROP COLUMN \"pairing_id\"");
    await queryRunner.query("ALTER TABLE \"notifications\" DROP COLUMN \"event_id\"");
    await queryRunner.query("ALTER TABLE \"notifications\" DROP COLUMN \"group_id\"");
    await queryRunner.query("DROP INDEX \"public\".\"member_blocks_blocked_idx\"");
    await queryRunner.query("DROP TABLE \"member_blocks\"");
  }
}
