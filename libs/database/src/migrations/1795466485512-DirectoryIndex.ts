import type { MigrationInterface, QueryRunner } from 'typeorm';

// Written by hand: what TypeORM cannot describe (extensions, the directory trigger, GIN and expression
// indexes) and the data Confer starts with (regions, topics, a profile for each existing account).

const REGIONS: Array<[string, string]> = [
  ['EAST_OF_ENGLAND', 'East of England'],
  ['LONDON', 'London'],
  ['MIDLANDS', 'Midlands'],
  ['NORTH_EAST_AND_YORKSHIRE', 'North East and Yorkshire'],
  ['NORTH_WEST', 'North West'],
  ['SOUTH_EAST', 'South East'],
  ['SOUTH_WEST', 'South West'],
  ['SCOTLAND', 'Scotland'],
  ['WALES', 'Wales'],
  ['NORTHERN_IRELAND', 'Northern Ireland'],
];

const TOPICS: Array<[string, string]> = [
  ['co-production', 'Co-production'],
  ['mental-health', 'Mental health'],
  ['maternity', 'Maternity and neonatal care'],
  ['long-term-conditions', 'Long-term conditions'],
  ['health-inequalities', 'Health inequalities'],
  ['patient-safety', 'Patient safety'],
  ['primary-care', 'Primary care'],
  ['cancer', 'Cancer'],
  ['dementia', 'Dementia'],
  ['learning-disability-autism', 'Learning disability and autism'],
  ['children-young-people', 'Children and young people'],
  ['carers', 'Unpaid carers'],
  ['digital-health', 'Digital health'],
  ['quality-improvement', 'Quality improvement'],
  ['public-health', 'Public health and prevention'],
  ['social-care', 'Social care'],
  ['end-of-life-care', 'End of life care'],
  ['diabetes', 'Diabetes'],
  ['research-innovation', 'Research and innovation'],
  ['workforce-wellbeing', 'Workforce wellbeing'],
  ['community-engagement', 'Community engagement'],
  ['disability-access', 'Disability and access'],
  ['rare-conditions', 'Rare conditions'],
  ['system-leadership', 'System leadership'],
  ['shared-decision-making', 'Shared decision-making'],
];

export class DirectoryIndex1795466485512 implements MigrationInterface {
  name = 'DirectoryIndex1795466485512';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');

    // The directory columns hold only what every member may see: a field set to GROUP_PEERS or PRIVATE is
    // neither searchable nor filterable nor counted in facets.
    await queryRunner.query(`
      CREATE FUNCTION member_profiles_directory() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        shown jsonb := coalesce(NEW.visibility, '{}'::jsonb);
      BEGIN
        NEW.name_key := lower(NEW.display_name);
        NEW.dir_region_code := CASE WHEN coalesce(shown->>'REGION', 'MEMBERS') = 'MEMBERS' THEN NEW.region_code END;
        NEW.dir_topic_ids := CASE WHEN coalesce(shown->>'TOPICS', 'MEMBERS') = 'MEMBERS' THEN NEW.topic_ids ELSE '{}' END;
        NEW.dir_cohort_id := CASE WHEN coalesce(shown->>'COHORT', 'MEMBERS') = 'MEMBERS' THEN NEW.cohort_id END;
        NEW.search :=
          setweight(to_tsvector('simple', NEW.display_name || ' ' || replace(NEW.handle, '-', ' ')), 'A') ||
          setweight(to_tsvector('english',
            coalesce(CASE WHEN coalesce(shown->>'HEADLINE', 'MEMBERS') = 'MEMBERS' THEN NEW.headline END, '') || ' ' ||
            coalesce(CASE WHEN coalesce(shown->>'JOB_TITLE', 'MEMBERS') = 'MEMBERS' THEN NEW.job_title END, '') || ' ' ||
            coalesce(CASE WHEN coalesce(shown->>'ORGANISATION', 'MEMBERS') = 'MEMBERS' THEN NEW.organisation END, '')), 'B') ||
          setweight(to_tsvector('english',
            coalesce(CASE WHEN coalesce(shown->>'BIO', 'MEMBERS') = 'MEMBERS' THEN NEW.bio END, '')), 'C');
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER member_profiles_directory BEFORE INSERT OR UPDATE ON member_profiles
      FOR EACH ROW EXECUTE FUNCTION member_profiles_directory()`);

    await queryRunner.query('CREATE INDEX member_profiles_search_idx ON member_profiles USING gin (search) WHERE in_directory');
    await queryRunner.query('CREATE INDEX member_profiles_dir_topics_idx ON member_profiles USING gin (dir_topic_ids) WHERE in_directory');
    await queryRunner.query('CREATE INDEX member_profiles_name_trgm_idx ON member_profiles USING gin (name_key gin_trgm_ops) WHERE in_directory');
    await queryRunner.query(`
      CREATE UNIQUE INDEX pairing_requests_open_pair_key ON pairing_requests
      (least(requester_id, recipient_id), greatest(requester_id, recipient_id)) WHERE status IN ('PENDING', 'ACCEPTED')`);

    for (const [position, [code, name]] of REGIONS.entries()) {
      await queryRunner.query('INSERT INTO regions (code, name, position) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [code, name, position + 1]);
    }
    for (const [slug, name] of TOPICS) {
      await queryRunner.query('INSERT INTO topics (slug, name) VALUES ($1, $2) ON CONFLICT DO NOTHING', [slug, name]);
    }
    await queryRunner.query(`
      INSERT INTO member_profiles (member_id, display_name, handle, cohort_id, in_directory)
      SELECT id, display_name, handle, NULL, status = 'ACTIVE' FROM members
      ON CONFLICT DO NOTHING`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM member_profiles');
    await queryRunner.query('DELETE FROM topics');
    await queryRunner.query('DELETE FROM regions');
    await queryRunner.query('DROP INDEX pairing_requests_open_pair_key');
    await queryRunner.query('DROP INDEX member_profiles_name_trgm_idx');
    await queryRunner.query('DROP INDEX member_profiles_dir_topics_idx');
    await queryRunner.query('DROP INDEX member_profiles_search_idx');
    await queryRunner.query('DROP TRIGGER member_profiles_directory ON member_profiles');
    await queryRunner.query('DROP FUNCTION member_profiles_directory()');
  }
}
