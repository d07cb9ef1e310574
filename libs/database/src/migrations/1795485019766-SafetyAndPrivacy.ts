import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SafetyAndPrivacy1795485019766 implements MigrationInterface {
  name = 'SafetyAndPrivacy1795485019766';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"audit_log\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"actor_id\" uuid, \"action\" text NOT NULL, \"subject_type\" text NOT NULL, \"subject_id\" uuid, \"reason\" text, \"details\" jsonb NOT NULL DEFAULT '{}', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_07fefa57f7f5ab8fc3f52b3ed0b\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"audit_log_subject_idx\" ON \"audit_log\"  (\"subject_type\", \"subject_id\") ");
    await queryRunner.query("CREATE INDEX \"audit_log_created_idx\" ON \"audit_log\"  (\"created_at\") ");
    await queryRunner.query("CREATE TABLE \"member_consents\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"member_id\" uuid NOT NULL, \"kind\" text NOT NULL, \"wording\" text NOT NULL, \"given_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"withdrawn_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_c139dda60e26b2457be7f814fcc\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"member_consents_member_idx\" ON \"member_consents\"  (\"member_id\", \"kind\") ");
    await queryRunner.query("CREATE TABLE \"reports\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"reporter_id\" uuid, \"subject_type\" text NOT NULL, \"subject_id\" uuid NOT NULL, \"group_id\" uuid, \"subject_member_id\" uuid, \"reason\" text NOT NULL, \"status\" text NOT NULL DEFAULT 'OPEN', \"action\" text, \"resolved_by_id\" uuid, \"resolution_note\" text, \"resolved_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_d9013193989303580053c0b5ef6\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"reports_open_key\" ON \"reports\"  (\"reporter_id\", \"subject_type\", \"subject_id\") WHERE status = 'OPEN'");
    await queryRunner.query("CREATE INDEX \"reports_group_status_idx\" ON \"reports\"  (\"group_id\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"reports_status_idx\" ON \"reports\"  (\"status\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"throttle_counters\" (\"key\" text NOT NULL, \"window_start\" TIMESTAMP WITH TIME ZONE NOT NULL, \"count\" integer NOT NULL DEFAULT '0', \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_0d6e00f6811746d8c018db8d58d\" PRIMARY KEY (\"key\"))");
    await queryRunner.query("CREATE INDEX \"throttle_counters_expires_idx\" ON \"throttle_counters\"  (\"expires_at\") ");
    await queryRunner.query("ALTER TABLE \"groups\" ADD \"hidden_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"threads\" ADD \"hidden_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"messages\" ADD \"hidden_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"events\" ADD \"hidden_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"member_consents\" ADD CONSTRAINT \"FK_e129c089f18e9041c788cd8207c\" FOREIGN KEY (\"member_id\") REFERENCES \"members\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"reports\" ADD CONSTRAINT \"FK_9459b9bf907a3807ef7143d2ead\" FOREIGN KEY (\"reporter_id\") REFERENCES \"members\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    // The audit log is append-only: the database itself refuses to change or remove an entry.
    await queryRunner.query(`CREATE FUNCTION confer_audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'CF010';
END $fn$`);
    await queryRunner.query(`CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION confer_audit_log_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log');
    await queryRunner.query('DROP FUNCTION IF EXISTS confer_audit_log_append_only()');
    await queryRunner.query("ALTER TABLE \"reports\" DROP CONSTRAINT \"FK_9459b9bf907a3807ef7143d2ead\"");
    await queryRunner.query("ALTER TABLE \"member_consents\" DROP CONSTRAINT \"FK_e129c089f18e9041c788cd8207c\"");
    await queryRunner.query("ALTER TABLE \"events\" DROP COLUMN \"hidden_at\"");
    await queryRunner.query("ALTER TABLE \"messages\" DROP COLUMN \"hidden_at\"");
    await queryRunner.query("ALTER TABLE \"threads\" DROP COLUMN \"hidden_at\"");
    await queryRunner.query("ALTER TABLE \"groups\" DROP COLUMN \"hidden_at\"");
    await queryRunner.query("DROP INDEX \"public\".\"throttle_counters_expires_idx\"");
    await queryRunner.query("DROP TABLE \"throttle_counters\"");
    await queryRunner.query("DROP INDEX \"public\".\"reports_status_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"reports_group_status_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"reports_open_key\"");
    await queryRunner.query("DROP TABLE \"reports\"");
    await queryRunner.query("DROP INDEX \"public\".\"member_consents_member_idx\"");
    await queryRunner.query("DROP TABLE \"member_consents\"");
    await queryRunner.query("DROP INDEX \"public\".\"audit_log_created_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"audit_log_subject_idx\"");
    await queryRunner.query("DROP TABLE \"audit_log\"");
  }
}
