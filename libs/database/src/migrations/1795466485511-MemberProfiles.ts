import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MemberProfiles1795466485511 implements MigrationInterface {
  name = 'MemberProfiles1795466485511';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"cohorts\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" text NOT NULL, \"year\" integer NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_fd38f76b135e907b834fda1e752\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"cohorts_name_year_key\" ON \"cohorts\"  (\"name\", \"year\") ");
    await queryRunner.query("CREATE TABLE \"regions\" (\"code\" text NOT NULL, \"name\" text NOT NULL, \"position\" smallint NOT NULL, CONSTRAINT \"PK_4f6dc5a464961e7c65a395ea4c6\" PRIMARY KEY (\"code\"))");
    await queryRunner.query("CREATE TABLE \"topics\" (\"id\" SERIAL NOT NULL, \"slug\" text NOT NULL, \"name\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_e4aa99a3fa60ec3a37d1fc4e853\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"topics_slug_key\" ON \"topics\"  (\"slug\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"pairing_status\" AS ENUM('PENDING', 'ACCEPTED', 'DECLINED')");
    await queryRunner.query("CREATE TABLE \"pairing_requests\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"requester_id\" uuid NOT NULL, \"recipient_id\" uuid NOT NULL, \"message\" text, \"status\" \"public\".\"pairing_status\" NOT NULL DEFAULT 'PENDING', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"responded_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_a088c08f7ba12dc7c2fa652cdb9\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"pairing_requests_requester_idx\" ON \"pairing_requests\"  (\"requester_id\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"pairing_requests_recipient_idx\" ON \"pairing_requests\"  (\"recipient_id\", \"status\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"leader_type\" AS ENUM('PATIENT_LEADER', 'CARER_LEADER', 'HEALTHCARE_PROFESSIONAL', 'HEALTHCARE_MANAGER', 'COMMUNITY_LEADER', 'OTHER')");
    await queryRunner.query("CREATE TABLE \"member_profiles\" (\"member_id\" uuid NOT NULL, \"display_name\" text NOT NULL, \"handle\" text NOT NULL, \"name_key\" text NOT NULL, \"pronouns\" text, \"headline\" text, \"bio\" text, \"lived_experience\" text, \"leader_type\" \"public\".\"leader_type\", \"organisation\" text, \"job_title\" text, \"region_code\" text, \"topic_ids\" integer array NOT NULL DEFAULT '{}', \"cohort_id\" uuid, \"open_to_pairing\" boolean NOT NULL DEFAULT false, \"avatar_url\" text, \"listed_in_directory\" boolean NOT NULL DEFAULT true, \"visibility\" jsonb NOT NULL DEFAULT '{}', \"in_directory\" boolean NOT NULL DEFAULT true, \"dir_region_code\" text, \"dir_topic_ids\" integer array NOT NULL DEFAULT '{}', \"dir_cohort_id\" uuid, \"search\" tsvector, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_4b6c014e15c8543c134840eb54e\" PRIMARY KEY (\"member_id\"))");
    await queryRunner.query("CREATE INDEX \"member_profiles_directory_name_idx\" ON \"member_profiles\"  (\"name_key\", \"member_id\") WHERE in_directory");
    await queryRunner.query("ALTER TABLE \"pairing_requests\" ADD CONSTRAINT \"FK_07c019babc69de420859fe8af4b\" FOREIGN KEY (\"requester_id\") REFERENCES \"members\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"pairing_requests\" ADD CONSTRAINT \"FK_e3ddbb99f720e936368ece0ce3b\" FOREIGN KEY (\"recipient_id\") REFERENCES \"members\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"member_profiles\" ADD CONSTRAINT \"FK_4b6c014e15c8543c134840eb54e\" FOREIGN KEY (\"member_id\") REFERENCES \"members\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"member_profiles\" ADD CONSTRAINT \"FK_155965e7dafae950cd9bd33deb5\" FOREIGN KEY (\"region_code\") REFERENCES \"regions\"(\"code\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"member_profiles\" ADD CONSTRAINT \"FK_cacb3680393127ee2b37ab32116\" FOREIGN KEY (\"cohort_id\") REFERENCES \"cohorts\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"member_profiles\" DROP CONSTRAINT \"FK_cacb3680393127ee2b37ab32116\"");
    await queryRunner.query("ALTER TABLE \"member_profiles\" DROP CONSTRAINT \"FK_155965e7dafae950cd9bd33deb5\"");
    await queryRunner.query("ALTER TABLE \"member_profiles\" DROP CONSTRAINT \"FK_4b6c014e15c8543c134840eb54e\"");
    await queryRunner.query("ALTER TABLE \"pairing_requests\" DROP CONSTRAINT \"FK_e3ddbb99f720e936368ece0ce3b\"");
    await queryRunner.query("ALTER TABLE \"pairing_requests\" DROP CONSTRAINT \"FK_07c019babc69de420859fe8af4b\"");
    await queryRunner.query("DROP INDEX \"public\".\"member_profiles_directory_name_idx\"");
    await queryRunner.query("DROP TABLE \"member_profiles\"");
    await queryRunner.query("DROP TYPE \"public\".\"leader_type\"");
    await queryRunner.query("DROP INDEX \"public\".\"pairing_requests_recipient_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"pairing_requests_requester_idx\"");
    await queryRunner.query("DROP TABLE \"pairing_requests\"");
    await queryRunner.query("DROP TYPE \"public\".\"pairing_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"topics_slug_key\"");
    await queryRunner.query("DROP TABLE \"topics\"");
    await queryRunner.query("DROP TABLE \"regions\"");
    await queryRunner.query("DROP INDEX \"public\".\"cohorts_name_year_key\"");
    await queryRunner.query("DROP TABLE \"cohorts\"");
  }
}
