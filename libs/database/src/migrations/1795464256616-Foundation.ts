import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795464256616 implements MigrationInterface {
  name = 'Foundation1795464256616';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"member_role\" AS ENUM('MEMBER', 'ORGANISER', 'ADMIN')");
    await queryRunner.query("CREATE TYPE \"public\".\"member_status\" AS ENUM('ACTIVE', 'SUSPENDED', 'DELETED')");
    await queryRunner.query("CREATE TABLE \"members\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"email\" text NOT NULL, \"handle\" text NOT NULL, \"display_name\" text NOT NULL, \"password_hash\" text, \"role\" \"public\".\"member_role\" NOT NULL DEFAULT 'MEMBER', \"status\" \"public\".\"member_status\" NOT NULL DEFAULT 'ACTIVE', \"cohort_id\" uuid, \"joined_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"password_changed_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_28b53062261b996d9c99fa12404\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"members_email_key\" ON \"members\"  (\"email\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"members_handle_key\" ON \"members\"  (\"handle\") ");
    await queryRunner.query("CREATE TABLE \"outbox_emails\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"recipient\" text NOT NULL, \"subject\" text NOT NULL, \"text\" text NOT NULL, \"html\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_8cb122e0b8065573966b2e1acf6\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"outbox_emails_recipient_idx\" ON \"outbox_emails\"  (\"recipient\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"invitation_role\" AS ENUM('MEMBER', 'ORGANISER', 'ADMIN')");
    await queryRunner.query("CREATE TABLE \"invitations\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"email\" text NOT NULL, \"role\" \"public\".\"invitation_role\" NOT NULL, \"cohort_id\" uuid, \"token_hash\" text NOT NULL, \"invited_by_id\" uuid, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"accepted_at\" TIMESTAMP WITH TIME ZONE, \"accepted_member_id\" uuid, \"revoked_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_5dec98cfdfd562e4ad3648bbb07\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"invitations_token_hash_key\" ON \"invitations\"  (\"token_hash\") ");
    await queryRunner.query("CREATE INDEX \"invitations_open_by_email_idx\" ON \"invitations\"  (\"email\") WHERE accepted_at IS NULL AND revoked_at IS NULL");
    await queryRunner.query("CREATE TABLE \"password_reset_tokens\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"member_id\" uuid NOT NULL, \"token_hash\" text NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"used_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_d16bebd73e844c48bca50ff8d3d\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"password_reset_tokens_member_idx\" ON \"password_reset_tokens\"  (\"member_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"password_reset_tokens_token_hash_key\" ON \"password_reset_tokens\"  (\"token_hash\") ");
    await queryRunner.query("CREATE TABLE \"sessions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"member_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"last_used_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"revoked_at\" TIMESTAMP WITH TIME ZONE, \"revoked_reason\" text, CONSTRAINT \"PK_3238ef96f18b355b671619111bc\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"sessions_active_by_member_idx\" ON \"sessions\"  (\"member_id\") WHERE revoked_at IS NULL");
    await queryRunner.query("CREATE TABLE \"refresh_tokens\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"session_id\" uuid NOT NULL, \"token_hash\" text NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"used_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_7d8bee0204106019488c4c50ffa\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"refresh_tokens_session_idx\" ON \"refresh_tokens\"  (\"session_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"refresh_tokens_token_hash_key\" ON \"refresh_tokens\"  (\"token_hash\") ");
    await queryRunner.query("ALTER TABLE \"invitations\" ADD CONSTRAINT \"FK_d4de0403dd012cf87b430af70ef\" FOREIGN KEY (\"invited_by_id\") REFERENCES \"members\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"invitations\" ADD CONSTRAINT \"FK_328e6310006f536b27d03dda3cc\" FOREIGN KEY (\"accepted_member_id\") REFERENCES \"members\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"password_reset_tokens\" ADD CONSTRAINT \"FK_0160123f878300041536a56f965\" FOREIGN KEY (\"member_id\") REFERENCES \"members\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"sessions\" ADD CONSTRAINT \"FK_32520aa49cd5a4acd571e81f752\" FOREIGN KEY (\"member_id\") REFERENCES \"members\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"refresh_tokens\" ADD CONSTRAINT \"FK_3bf308fa93da3966f9e76fcfba4\" FOREIGN KEY (\"session_id\") REFERENCES \"sessions\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"refresh_tokens\" DROP CONSTRAINT \"FK_3bf308fa93da3966f9e76fcfba4\"");
    await queryRunner.query("ALTER TABLE \"sessions\" DROP CONSTRAINT \"FK_32520aa49cd5a4acd571e81f752\"");
    await queryRunner.query("ALTER TABLE \"password_reset_tokens\" DROP CONSTRAINT \"FK_0160123f878300041536a56f965\"");
    await queryRunner.query("ALTER TABLE \"invitations\" DROP CONSTRAINT \"FK_328e6310006f536b27d03dda3cc\"");
    await queryRunner.query("ALTER TABLE \"invitations\" DROP CONSTRAINT \"FK_d4de0403dd012cf87b430af70ef\"");
    await queryRunner.query("DROP INDEX \"public\".\"refresh_tokens_token_hash_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"refresh_tokens_session_idx\"");
    await queryRunner.query("DROP TABLE \"refresh_tokens\"");
    await queryRunner.query("DROP INDEX \"public\".\"sessions_active_by_member_idx\"");
    await queryRunner.query("DROP TABLE \"sessions\"");
    await queryRunner.query("DROP INDEX \"public\".\"password_reset_tokens_token_hash_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"password_reset_tokens_member_idx\"");
    await queryRunner.query("DROP TABLE \"password_reset_tokens\"");
    await queryRunner.query("DROP INDEX \"public\".\"invitations_open_by_email_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"invitations_token_hash_key\"");
    await queryRunner.query("DROP TABLE \"invitations\"");
    await queryRunner.query("DROP TYPE \"public\".\"invitation_role\"");
    await queryRunner.query("DROP INDEX \"public\".\"outbox_emails_recipient_idx\"");
    await queryRunner.query("DROP TABLE \"outbox_emails\"");
    await queryRunner.query("DROP INDEX \"public\".\"members_handle_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"members_email_key\"");
    await queryRunner.query("DROP TABLE \"members\"");
    await queryRunner.query("DROP TYPE \"public\".\"member_status\"");
    await queryRunner.query("DROP TYPE \"public\".\"member_role\"");
  }
}
