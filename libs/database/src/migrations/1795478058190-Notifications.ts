import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1795478058190 implements MigrationInterface {
  name = 'Notifications1795478058190';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"notification_kind\" AS ENUM('MENTION', 'REPLY', 'DIRECT_MESSAGE', 'JOIN_REQUEST', 'JOIN_APPROVED', 'GROUP_INVITATION', 'PAIRING_REQUEST', 'PAIRING_ANSWER', 'EVENT_ANNOUNCEMENT', 'EVENT_CHANGED', 'EVENT_CANCELLED', 'WAITLIST_PROMOTED')");
    await queryRunner.query("CREATE TABLE \"notifications\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"recipient_id\" uuid NOT NULL, \"kind\" \"public\".\"notification_kind\" NOT NULL, \"actor_id\" uuid, \"thread_id\" uuid, \"message_id\" uuid, \"count\" integer NOT NULL DEFAULT '1', \"group_key\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"read_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_6a72c3c0f683f6462415e653c3a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"notifications_unread_group_key\" ON \"notifications\"  (\"recipient_id\", \"group_key\") WHERE read_at IS NULL AND group_key IS NOT NULL");
    await queryRunner.query("CREATE INDEX \"notifications_recipient_activity_idx\" ON \"notifications\"  (\"recipient_id\", \"updated_at\") ");
    await queryRunner.query("CREATE TABLE \"notification_receipts\" (\"recipient_id\" uuid NOT NULL, \"kind\" text NOT NULL, \"source_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_299b32c2d1902cfeabd5de39e15\" PRIMARY KEY (\"recipient_id\", \"kind\", \"source_id\"))");
    await queryRunner.query("ALTER TABLE \"notifications\" ADD CONSTRAINT \"FK_5332a4daa46fd3f4e6625dd275d\" FOREIGN KEY (\"recipient_id\") REFERENCES \"members\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"notifications\" ADD CONSTRAINT \"FK_20f8b51fd9655c0b69feed5efc6\" FOREIGN KEY (\"actor_id\") REFERENCES \"members\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"notifications\" DROP CONSTRAINT \"FK_20f8b51fd9655c0b69feed5efc6\"");
    await queryRunner.query("ALTER TABLE \"notifications\" DROP CONSTRAINT \"FK_5332a4daa46fd3f4e6625dd275d\"");
    await queryRunner.query("DROP TABLE \"notification_receipts\"");
    await queryRunner.query("DROP INDEX \"public\".\"notifications_recipient_activity_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"notifications_unread_group_key\"");
    await queryRunner.query("DROP TABLE \"notifications\"");
    await queryRunner.query("DROP TYPE \"public\".\"notification_kind\"");
  }
}
