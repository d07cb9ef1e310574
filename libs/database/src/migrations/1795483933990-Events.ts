import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Events1795483933990 implements MigrationInterface {
  name = 'Events1795483933990';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"calendar_feeds\" (\"member_id\" uuid NOT NULL, \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"PK_57657d60904cddaae1ca5c861cb\" PRIMARY KEY (\"member_id\"))");
    await queryRunner.query("CREATE TYPE \"public\".\"event_format\" AS ENUM('IN_PERSON', 'ONLINE', 'HYBRID')");
    await queryRunner.query("CREATE TYPE \"public\".\"event_status\" AS ENUM('SCHEDULED', 'CANCELLED')");
    await queryRunner.query("CREATE TABLE \"events\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"title\" text NOT NULL, \"description\" text NOT NULL DEFAULT '', \"starts_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"ends_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"timezone\" text NOT NULL, \"format\" \"public\".\"event_format\" NOT NULL, \"venue\" text, \"online_url\" text, \"region_code\" text, \"topic_ids\" integer array NOT NULL DEFAULT '{}', \"capacity\" integer, \"rsvp_deadline\" TIMESTAMP WITH TIME ZONE, \"status\" \"public\".\"event_status\" NOT NULL DEFAULT 'SCHEDULED', \"cancel_reason\" text, \"attendees_visible\" boolean NOT NULL DEFAULT false, \"organiser_id\" uuid, \"group_id\" uuid, \"going_count\" integer NOT NULL DEFAULT '0', \"waitlist_count\" integer NOT NULL DEFAULT '0', \"waitlist_counter\" bigint NOT NULL DEFAULT '0', \"sequence\" integer NOT NULL DEFAULT '0', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"events_times_check\" CHECK (\"ends_at\" > \"starts_at\"), CONSTRAINT \"events_counts_check\" CHECK (\"going_count\" >= 0 AND \"waitlist_count\" >= 0), CONSTRAINT \"events_places_check\" CHECK (\"capacity\" IS NULL OR \"going_count\" <= \"capacity\"), CONSTRAINT \"PK_40731c7151fe4be3116e45ddf73\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"events_group_starts_at_idx\" ON \"events\"  (\"group_id\", \"starts_at\") ");
    await queryRunner.query("CREATE INDEX \"events_starts_at_idx\" ON \"events\"  (\"starts_at\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"event_announcements\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"event_id\" uuid NOT NULL, \"author_id\" uuid, \"message\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_b065d05dce58443282430cfd345\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"event_announcements_event_idx\" ON \"event_announcements\"  (\"event_id\", \"created_at\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"rsvp_status\" AS ENUM('GOING', 'WAITLISTED', 'NOT_GOING')");
    await queryRunner.query("CREATE TABLE \"event_rsvps\" (\"event_id\" uuid NOT NULL, \"member_id\" uuid NOT NULL, \"status\" \"public\".\"rsvp_status\" NOT NULL, \"waitlist_seq\" bigint, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_1d4845cabaac61a065b68528b1c\" PRIMARY KEY (\"event_id\", \"member_id\"))");
    await queryRunner.query("CREATE INDEX \"event_rsvps_member_idx\" ON \"event_rsvps\"  (\"member_id\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"event_rsvps_waitlist_idx\" ON \"event_rsvps\"  (\"event_id\", \"waitlist_seq\") WHERE status = 'WAITLISTED'");
    await queryRunner.query("ALTER TABLE \"calendar_feeds\" ADD CONSTRAINT \"FK_57657d60904cddaae1ca5c861cb\" FOREIGN KEY (\"member_id\") REFERENCES \"members\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"events\" ADD CONSTRAINT \"FK_dcda0180b16a399dc188bd3e724\" FOREIGN KEY (\"region_code\") REFERENCES \"regions\"(\"code\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"events\" ADD CONSTRAINT \"FK_cb951fb6dfdc6eba1b67d8f06cb\" FOREIGN KEY (\"organiser_id\") REFERENCES \"members\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"events\" ADD CONSTRAINT \"FK_a85d92ff2a2197092445c47c163\" FOREIGN KEY (\"group_id\") REFERENCES \"groups\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"event_announcements\" ADD CONSTRAINT \"FK_2df1df8ffbc22c818c2ffd6af81\" FOREIGN KEY (\"event_id\") REFERENCES \"events\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"event_announcements\" ADD CONSTRAINT \"FK_bdddd77f72d2767c59fe394b65b\" FOREIGN KEY (\"author_id\") REFERENCES \"members\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"event_rsvps\" ADD CONSTRAINT \"FK_db0b9c02cf734572db6a58b7fd2\" FOREIGN KEY (\"event_id\") REFERENCES \"events\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"event_rsvps\" ADD CONSTRAINT \"FK_b9e8884da00efd9fbc13f3b5402\" FOREIGN KEY (\"member_id\") REFERENCES \"members\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");

    // The RSVP rules (libs/events, RsvpService): one round trip per answer under the event's row lock.
    await queryRunner.query(`CREATE OR REPLACE FUNCTION confer_fill_places(p_event uuid) RETURNS uuid[] LANGUAGE plpgsql AS $fn$
DECLARE
  free_places int;
  moved uuid[];
BEGIN
  SELECT CASE WHEN capacity IS NULL THEN NULL ELSE greatest(capacity - going_count, 0) END
    INTO free_places FROM events WHERE id = p_event;
  IF free_places = 0 THEN RETURN '{}'; END IF;
  WITH next AS (
    SELECT member_id FROM event_rsvps
     WHERE event_id = p_event AND status = 'WAITLISTED'
     ORDER BY waitlist_seq LIMIT free_places),
  promoted AS (
    UPDATE event_rsvps r SET status = 'GOING', waitlist_seq = NULL, updated_at = now()
      FROM next WHERE r.event_id = p_event AND r.member_id = next.member_id
    RETURNING r.member_id)
  SELECT coalesce(array_agg(member_id), '{}') INTO moved FROM promoted;
  UPDATE events SET going_count = going_count + cardinality(moved),
                    waitlist_count = waitlist_count - cardinality(moved)
   WHERE id = p_event;
  RETURN moved;
END $fn$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION confer_rsvp(p_event uuid, p_member uuid, p_going boolean)
RETURNS TABLE (rsvp_status text, waitlist_position int, promoted uuid[], changed boolean)
LANGUAGE plpgsql AS $fn$
DECLARE
  e record;
  cur text;
  next_status text;
  next_seq bigint;
BEGIN
  SELECT status, starts_at, rsvp_deadline, capacity, going_count, waitlist_counter
    INTO e FROM events WHERE id = p_event FOR UPDATE;
  IF NOT FOUND THEN RAISE EXCEPTION 'no such event' USING ERRCODE = 'P0002'; END IF;
  IF e.status = 'CANCELLED' THEN RAISE EXCEPTION 'cancelled' USING ERRCODE = 'CF001'; END IF;
  IF e.starts_at <= now() THEN RAISE EXCEPTION 'started' USING ERRCODE = 'CF002'; END IF;
  SELECT r.status::text, r.waitlist_seq INTO cur, next_seq
    FROM event_rsvps r WHERE r.event_id = p_event AND r.member_id = p_member;
  IF p_going AND cur IN ('GOING', 'WAITLISTED') THEN
    next_status := cur;
  ELSIF p_going THEN
    IF e.rsvp_deadline IS NOT NULL AND e.rsvp_deadline <= now() THEN
      RAISE EXCEPTION 'closed' USING ERRCODE = 'CF003';
    END IF;
    IF e.capacity IS NULL OR e.going_count < e.capacity THEN
      next_status := 'GOING'; next_seq := NULL;
    ELSE
      next_status := 'WAITLISTED'; next_seq := e.waitlist_counter + 1;
    END IF;
  ELSE
    next_status := 'NOT_GOING'; next_seq := NULL;
  END IF;
  changed := cur IS DISTINCT FROM next_status;
  promoted := '{}';
  IF changed THEN
    INSERT INTO event_rsvps (event_id, member_id, status, waitlist_seq)
    VALUES (p_event, p_member, next_status::rsvp_status, next_seq)
    ON CONFLICT (event_id, member_id) DO UPDATE
      SET status = EXCLUDED.status, waitlist_seq = EXCLUDED.waitlist_seq, updated_at = now();
    UPDATE events SET
      going_count = going_count + (next_status = 'GOING')::int - (coalesce(cur, '') = 'GOING')::int,
      waitlist_count = waitlist_count + (next_status = 'WAITLISTED')::int - (coalesce(cur, '') = 'WAITLISTED')::int,
      waitlist_counter = CASE WHEN next_status = 'WAITLISTED' THEN next_seq ELSE waitlist_counter END
     WHERE id = p_event;
    IF cur = 'GOING' THEN promoted := confer_fill_places(p_event); END IF;
  END IF;
  rsvp_status := next_status;
  IF next_status = 'WAITLISTED' THEN
    SELECT count(*)::int INTO waitlist_position FROM event_rsvps
     WHERE event_id = p_event AND status = 'WAITLISTED' AND waitlist_seq <= next_seq;
  ELSE
    waitlist_position := NULL;
  END IF;
  RETURN NEXT;
END $fn$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION IF EXISTS confer_rsvp(uuid, uuid, boolean)');
    await queryRunner.query('DROP FUNCTION IF EXISTS confer_fill_places(uuid)');
    await queryRunner.query("ALTER TABLE \"event_rsvps\" DROP CONSTRAINT \"FK_b9e8884da00efd9fbc13f3b5402\"");
    await queryRunner.query("ALTER TABLE \"event_rsvps\" DROP CONSTRAINT \"FK_db0b9c02cf734572db6a58b7fd2\"");
    await queryRunner.query("ALTER TABLE \"event_announcements\" DROP CONSTRAINT \"FK_bdddd77f72d2767c59fe394b65b\"");
    await queryRunner.query("ALTER TABLE \"event_announcements\" DROP CONSTRAINT \"FK_2df1df8ffbc22c818c2ffd6af81\"");
    await queryRunner.query("ALTER TABLE \"events\" DROP CONSTRAINT \"FK_a85d92ff2a2197092445c47c163\"");
    await queryRunner.query("ALTER TABLE \"events\" DROP CONSTRAINT \"FK_cb951fb6dfdc6eba1b67d8f06cb\"");
    await queryRunner.query("ALTER TABLE \"events\" DROP CONSTRAINT \"FK_dcda0180b16a399dc188bd3e724\"");
    await queryRunner.query("ALTER TABLE \"calendar_feeds\" DROP CONSTRAINT \"FK_57657d60904cddaae1ca5c861cb\"");
    await queryRunner.query("DROP INDEX \"public\".\"event_rsvps_waitlist_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"event_rsvps_member_idx\"");
    await queryRunner.query("DROP TABLE \"event_rsvps\"");
    await queryRunner.query("DROP TYPE \"public\".\"rsvp_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"event_announcements_event_idx\"");
    await queryRunner.query("DROP TABLE \"event_announcements\"");
    await queryRunner.query("DROP INDEX \"public\".\"events_starts_at_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"events_group_starts_at_idx\"");
    await queryRunner.query("DROP TABLE \"events\"");
    await queryRunner.query("DROP TYPE \"public\".\"event_status\"");
    await queryRunner.query("DROP TYPE \"public\".\"event_format\"");
    await queryRunner.query("DROP TABLE \"calendar_feeds\"");
  }
}
