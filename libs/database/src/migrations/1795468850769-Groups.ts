import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Groups1795468850769 implements MigrationInterface {
  name = 'Groups1795468850769';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"group_visibility\" AS ENUM('PUBLIC', 'PRIVATE', 'HIDDEN')");
    await queryRunner.query("CREATE TABLE \"groups\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"slug\" text NOT NULL, \"name\" text NOT NULL, \"description\" text NOT NULL DEFAULT '', \"visibility\" \"public\".\"group_visibility\" NOT NULL DEFAULT 'PUBLIC', \"topic_ids\" integer array NOT NULL DEFAULT '{}', \"region_code\" text, \"cover_image_url\" text, \"rules\" text NOT NULL DEFAULT '', \"created_by_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_659d1483316afb28afd3a90646e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"groups_slug_key\" ON \"groups\"  (\"slug\") ");
    await queryRunner.query("CREATE INDEX \"groups_name_idx\" ON \"groups\"  (\"name\", \"id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"group_role\" AS ENUM('OWNER', 'MODERATOR', 'MEMBER')");
    await queryRunner.query("CREATE TYPE \"public\".\"membership_status\" AS ENUM('ACTIVE', 'PENDING', 'INVITED', 'BANNED')");
    await queryRunner.query("CREATE TABLE \"group_memberships\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"group_id\" uuid NOT NULL, \"member_id\" uuid NOT NULL, \"role\" \"public\".\"group_role\" NOT NULL DEFAULT 'MEMBER', \"status\" \"public\".\"membership_status\" NOT NULL, \"message\" text, \"invited_by_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"decided_at\" TIMESTAMP WITH TIME ZONE, \"decided_by_id\" uuid, CONSTRAINT \"PK_4a04ebe9f25ad41f45b2c0ca4b5\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"group_memberships_group_status_idx\" ON \"group_memberships\"  (\"group_id\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"group_memberships_member_idx\" ON \"group_memberships\"  (\"member_id\", \"status\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"group_memberships_group_member_key\" ON \"group_memberships\"  (\"group_id\", \"member_id\") ");
    await queryRunner.query("ALTER TABLE \"groups\" ADD CONSTRAINT \"FK_3117bca222464309e8e3b2945c8\" FOREIGN KEY (\"region_code\") REFERENCES \"regions\"(\"code\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"groups\" ADD CONSTRAINT \"FK_65a98f23825ecdcdaaeefe1da15\" FOREIGN KEY (\"created_by_id\") REFERENCES \"members\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"group_memberships\" ADD CONSTRAINT \"FK_cad344fe877fcee0ac7e065ed05\" FOREIGN KEY (\"group_id\") REFERENCES \"groups\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"group_memberships\" ADD CONSTRAINT \"FK_91c350b6bef466595185208322e\" FOREIGN KEY (\"member_id\") REFERENCES \"members\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"group_memberships\" DROP CONSTRAINT \"FK_91c350b6bef466595185208322e\"");
    await queryRunner.query("ALTER TABLE \"group_memberships\" DROP CONSTRAINT \"FK_cad344fe877fcee0ac7e065ed05\"");
    await queryRunner.query("ALTER TABLE \"groups\" DROP CONSTRAINT \"FK_65a98f23825ecdcdaaeefe1da15\"");
    await queryRunner.query("ALTER TABLE \"groups\" DROP CONSTRAINT \"FK_3117bca222464309e8e3b2945c8\"");
    await queryRunner.query("DROP INDEX \"public\".\"group_memberships_group_member_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"group_memberships_member_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"group_memberships_group_status_idx\"");
    await queryRunner.query("DROP TABLE \"group_memberships\"");
    await queryRunner.query("DROP TYPE \"public\".\"membership_status\"");
    await queryRunner.query("DROP TYPE \"public\".\"group_role\"");
    await queryRunner.query("DROP INDEX \"public\".\"groups_name_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"groups_slug_key\"");
    await queryRunner.query("DROP TABLE \"groups\"");
    await queryRunner.query("DROP TYPE \"public\".\"group_visibility\"");
  }
}
