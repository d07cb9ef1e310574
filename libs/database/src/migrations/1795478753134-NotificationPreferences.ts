import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationPreferences1795478753134 implements MigrationInterface {
  name = 'NotificationPreferences1795478753134';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"notification_channel\" AS ENUM('IN_APP', 'EMAIL_NOW', 'DAILY_DIGEST', 'OFF')");
    await queryRunner.query("CREATE TABLE \"notification_preferences\" (\"member_id\" uuid NOT NULL, \"kind\" text NOT NULL, \"channel\" \"public\".\"notification_channel\" NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_9abdea570321fec017bf9e1b80e\" PRIMARY KEY (\"member_id\", \"kind\"))");
    await queryRunner.query("ALTER TABLE \"notifications\" ADD \"emailed_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"notification_preferences\" ADD CONSTRAINT \"FK_b46f4431d5c6707b3da7ecfbb6f\" FOREIGN KEY (\"member_id\") REFERENCES \"members\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"notification_preferences\" DROP CONSTRAINT \"FK_b46f4431d5c6707b3da7ecfbb6f\"");
    await queryRunner.query("ALTER TABLE \"notifications\" DROP COLUMN \"emailed_at\"");
    await queryRunner.query("DROP TABLE \"notification_preferences\"");
    await queryRunner.query("DROP TYPE \"public\".\"notification_channel\"");
  }
}
