import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Discussions1795469554139 implements MigrationInterface {
  name = 'Discussions1795469554139';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"thread_kind\" AS ENUM('GROUP', 'DIRECT')");
    await queryRunner.query("CREATE TABLE \"threads\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"kind\" \"public\".\"thread_kind\" NOT NULL, \"group_id\" uuid, \"direct_key\" text, \"title\" text, \"author_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"last_activity_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"last_seq\" integer NOT NULL DEFAULT '0', \"message_count\" integer NOT NULL DEFAULT '0', \"pinned\" boolean NOT NULL DEFAULT false, \"locked\" boolean NOT NULL DEFAULT false, CONSTRAINT \"PK_d8a74804c34fc3900502cd27275\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"threads_direct_key\" ON \"threads\"  (\"direct_key\") ");
    await queryRunner.query("CREATE INDEX \"threads_group_activity_idx\" ON \"threads\"  (\"group_id\", \"last_activity_at\") ");
    await queryRunner.query("CREATE TABLE \"messages\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"thread_id\" uuid NOT NULL, \"seq\" integer NOT NULL, \"author_id\" uuid, \"body\" text NOT NULL, \"parent_id\" uuid, \"client_id\" text, \"mentioned_ids\" uuid array NOT NULL DEFAULT '{}', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"edited_at\" TIMESTAMP WITH TIME ZONE, \"deleted_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_18325f38ae6de43878487eff986\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"messages_author_client_key\" ON \"messages\"  (\"author_id\", \"client_id\") WHERE client_id IS NOT NULL");
    await queryRunner.query("CREATE UNIQUE INDEX \"messages_thread_seq_key\" ON \"messages\"  (\"thread_id\", \"seq\") ");
    await queryRunner.query("CREATE TABLE \"message_edits\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"message_id\" uuid NOT NULL, \"previous_body\" text NOT NULL, \"edited_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_38e8913cdc69c8908540910301c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"message_edits_message_idx\" ON \"message_edits\"  (\"message_id\") ");
    await queryRunner.query("CREATE TABLE \"message_reactions\" (\"message_id\" uuid NOT NULL, \"member_id\" uuid NOT NULL, \"emoji\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_610552a91c7d6e1b76af458ec36\" PRIMARY KEY (\"message_id\", \"member_id\", \"emoji\"))");
    await queryRunner.query("CREATE TABLE \"thread_participants\" (\"thread_id\" uuid NOT NULL, \"member_id\" uuid NOT NULL, \"last_read_seq\" integer NOT NULL DEFAULT '0', CONSTRAINT \"PK_15c72a191af43da298200d1cca9\" PRIMARY KEY (\"thread_id\", \"member_id\"))");
    await queryRunner.query("CREATE INDEX \"thread_participants_member_idx\" ON \"thread_participants\"  (\"member_id\") ");
    await queryRunner.query("ALTER TABLE \"threads\" ADD CONSTRAINT \"FK_d4e28c298c9143d02fc4e216f5a\" FOREIGN KEY (\"group_id\") REFERENCES \"groups\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"threads\" ADD CONSTRAINT \"FK_71b6a8e2ea822297f14b96c3183\" FOREIGN KEY (\"author_id\") REFERENCES \"members\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"messages\" ADD CONSTRAINT \"FK_bb3af7f695d50083e6523290d41\" FOREIGN KEY (\"thread_id\") REFERENCES \"threads\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"messages\" ADD CONSTRAINT \"FK_05535bc695e9f7ee104616459d3\" FOREIGN KEY (\"author_id\") REFERENCES \"members\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"messages\" ADD CONSTRAINT \"FK_932abe146b78bd584b4d1851ce3\" FOREIGN KEY (\"parent_id\") REFERENCES \"messages\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"message_edits\" ADD CONSTRAINT \"FK_e55266a1aace3c913e81bd129c5\" FOREIGN KEY (\"message_id\") REFERENCES \"messages\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"message_reactions\" ADD CONSTRAINT \"FK_ce61e365d81a9dfc15cd36513b0\" FOREIGN KEY (\"message_id\") REFERENCES \"messages\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"message_reactions\" ADD CONSTRAINT \"FK_1799a6fb0d1a6bfdfc1b456f39a\" FOREIGN KEY (\"member_id\") REFERENCES \"members\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"thread_participants\" ADD CONSTRAINT \"FK_c0b642fb1e69a2d51ad4a427635\" FOREIGN KEY (\"thread_id\") REFERENCES \"threads\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"thread_participants\" ADD CONSTRAINT \"FK_32301c56b9f79e3c799d2c3437b\" FOREIGN KEY (\"member_id\") REFERENCES \"members\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"thread_participants\" DROP CONSTRAINT \"FK_32301c56b9f79e3c799d2c3437b\"");
    await queryRunner.query("ALTER TABLE \"thread_participants\" DROP CONSTRAINT \"FK_c0b642fb1e69a2d51ad4a427635\"");
    await queryRunner.query("ALTER TABLE \"message_reactions\" DROP CONSTRAINT \"FK_1799a6fb0d1a6bfdfc1b456f39a\"");
    await queryRunner.query("ALTER TABLE \"message_reactions\" DROP CONSTRAINT \"FK_ce61e365d81a9dfc15cd36513b0\"");
    await queryRunner.query("ALTER TABLE \"message_edits\" DROP CONSTRAINT \"FK_e55266a1aace3c913e81bd129c5\"");
    await queryRunner.query("ALTER TABLE \"messages\" DROP CONSTRAINT \"FK_932abe146b78bd584b4d1851ce3\"");
    await queryRunner.query("ALTER TABLE \"messages\" DROP CONSTRAINT \"FK_05535bc695e9f7ee104616459d3\"");
    await queryRunner.query("ALTER TABLE \"messages\" DROP CONSTRAINT \"FK_bb3af7f695d50083e6523290d41\"");
    await queryRunner.query("ALTER TABLE \"threads\" DROP CONSTRAINT \"FK_71b6a8e2ea822297f14b96c3183\"");
    await queryRunner.query("ALTER TABLE \"threads\" DROP CONSTRAINT \"FK_d4e28c298c9143d02fc4e216f5a\"");
    await queryRunner.query("DROP INDEX \"public\".\"thread_participants_member_idx\"");
    await queryRunner.query("DROP TABLE \"thread_participants\"");
    await queryRunner.query("DROP TABLE \"message_reactions\"");
    await queryRunner.query("DROP INDEX \"public\".\"message_edits_message_idx\"");
    await queryRunner.query("DROP TABLE \"message_edits\"");
    await queryRunner.query("DROP INDEX \"public\".\"messages_thread_seq_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"messages_author_client_key\"");
    await queryRunner.query("DROP TABLE \"messages\"");
    await queryRunner.query("DROP INDEX \"public\".\"threads_group_activity_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"threads_direct_key\"");
    await queryRunner.query("DROP TABLE \"threads\"");
    await queryRunner.query("DROP TYPE \"public\".\"thread_kind\"");
  }
}
