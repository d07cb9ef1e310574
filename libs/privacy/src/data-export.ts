import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { NotFoundError } from '#libs/errors';
import type { Viewer } from '#libs/identity';
import { withDefaultVisibility, type VisibilitySettings } from '#libs/members';
import { NotificationWording } from '#libs/notifications';

/** The most of one list an export carries; a list cut short is named in `about.truncated`. */
export const EXPORT_LIMITS = { messages: 20_000, notifications: 5_000, otherLists: 5_000 } as const;

export const EXPORT_FORMAT = 'confer-export/1';

type Row = Record<string, unknown>;

/**
 * Everything Confer holds about a member (UK GDPR art. 15 and 20), as one JSON document read from one snapshot of
 * the database. Never a secret: no password or token hash, no calendar feed address, no code from an e-mail.
 * Other members appear by id only, and never with what they keep private.
 */
@Injectable()
export class DataExport {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(NotificationWording) private readonly wording: NotificationWording,
  ) {}

  async export(viewer: Viewer): Promise<Record<string, unknown>> {
    const document = await this.dataSource.transaction('REPEATABLE READ', (manager) =>
      new ExportReader(manager, viewer.memberId).read(),
    );
    const notifications = document.notifications as { items: Row[] };
    const texts = await this.wording.of(notifications.items.map((n) => n.id as string));
    notifications.items = notifications.items.map((n) => {
      const text = texts.get(n.id as string);
      // The summary as the member saw it; not the excerpt, which is other members' words.
      return { ...n, summary: text?.summary ?? null, link: text?.path ?? null };
    });
    return document;
  }
}

/** Reads one member's data within the caller's transaction. */
class ExportReader {
  private readonly truncated: string[] = [];

  constructor(
    private readonly manager: EntityManager,
    private readonly memberId: string,
  ) {}

  async read(): Promise<Record<string, unknown>> {
    const id = this.memberId;
    const [account] = await this.manager.query<Row[]>(
      `SELECT id, email, handle, display_name AS "displayName", role, status, cohort_id AS "cohortId",
              joined_at AS "joinedAt", password_changed_at AS "passwordChangedAt"
         FROM members WHERE id = $1`,
      [id],
    );
    if (!account) throw new NotFoundError('Your account');

    const document: Record<string, unknown> = {
      account,
      profile: await this.profile(),
      consents: await this.list(
        'consents',
        `SELECT kind, wording, given_at AS "givenAt", withdrawn_at AS "withdrawnAt"
           FROM member_consents WHERE member_id = $1 ORDER BY given_at DESC`,
      ),
      sessions: await this.list(
        'sessions',
        `SELECT id, created_at AS "createdAt", last_used_at AS "lastUsedAt", revoked_at AS "endedAt",
                revoked_reason AS "endedBecause"
           FROM sessions WHERE member_id = $1 ORDER BY created_at DESC`,
      ),
      passwordResets: await this.list(
        'passwordResets',
        `SELECT created_at AS "requestedAt", expires_at AS "expiresAt", mailed_at AS "mailedAt", used_at AS "usedAt"
           FROM password_reset_tokens WHERE member_id = $1 ORDER BY created_at DESC`,
      ),
      invitations: {
        received: await this.list(
          'invitations.received',
          `SELECT role, cohort_id AS "cohortId", invited_by_id AS "invitedById", created_at AS "createdAt",
                  expires_at AS "expiresAt", accepted_at AS "acceptedAt", revoked_at AS "replacedAt"
             FROM invitations
            WHERE accepted_member_id = $1 OR email = (SELECT email FROM members WHERE id = $1)
            ORDER BY created_at DESC`,
        ),
        // Whom they invited is the invitees' address: not in the export, only what became of each invitation.
        sent: await this.list(
          'invitations.sent',
          `SELECT id, role, created_at AS "createdAt", expires_at AS "expiresAt", accepted_at AS "acceptedAt",
                  revoked_at AS "replacedAt", accepted_member_id AS "acceptedMemberId"
             FROM invitations WHERE invited_by_id = $1 ORDER BY created_at DESC`,
        ),
      },
      groupMemberships: await this.list(
        'groupMemberships',
        `SELECT g.id AS "groupId", g.slug, g.name, gm.role, gm.status, gm.message AS "joinMessage",
                gm.created_at AS "createdAt", gm.decided_at AS "decidedAt"
           FROM group_memberships gm JOIN groups g ON g.id = gm.group_id
          WHERE gm.member_id = $1 ORDER BY gm.created_at DESC`,
      ),
      groupsCreated: await this.list(
        'groupsCreated',
        `SELECT id, slug, name, description, visibility, rules, cover_image_url AS "coverImageUrl",
                created_at AS "createdAt"
           FROM groups WHERE created_by_id = $1 ORDER BY created_at DESC`,
      ),
      pairingRequests: await this.list(
        'pairingRequests',
        // A request they received carries its sender's words: only their own message is theirs to take.
        `SELECT id, CASE WHEN requester_id = $1 THEN 'SENT' ELSE 'RECEIVED' END AS direction,
                CASE WHEN requester_id = $1 THEN recipient_id ELSE requester_id END AS "otherMemberId",
                CASE WHEN requester_id = $1 THEN message END AS message,
                status, created_at AS "createdAt", responded_at AS "respondedAt"
           FROM pairing_requests WHERE requester_id = $1 OR recipient_id = $1 ORDER BY created_at DESC`,
      ),
      blockedMembers: await this.list(
        'blockedMembers',
        `SELECT blocked_id AS "memberId", created_at AS "blockedAt"
           FROM member_blocks WHERE blocker_id = $1 ORDER BY created_at DESC`,
      ),
      threadsStarted: await this.list(
        'threadsStarted',
        `SELECT id, kind, group_id AS "groupId", title, created_at AS "createdAt"
           FROM threads WHERE author_id = $1 ORDER BY created_at DESC`,
      ),
      readMarkers: await this.list(
        'readMarkers',
        `SELECT thread_id AS "threadId", last_read_seq AS "lastReadSeq"
           FROM thread_participants WHERE member_id = $1 ORDER BY thread_id`,
      ),
      messages: await this.counted(
        'messages',
        'SELECT count(*)::int AS total FROM messages WHERE author_id = $1',
        // Deleted ones too (a tombstone, without words); hidden ones keep their words for the moderators.
        `SELECT m.id, m.thread_id AS "threadId", m.seq, m.parent_id AS "parentId", m.body,
                m.created_at AS "createdAt", m.edited_at AS "editedAt", m.deleted_at AS "deletedAt",
                m.hidden_at AS "hiddenAt",
                coalesce((SELECT json_agg(json_build_object('previousBody', e.previous_body, 'editedAt', e.edited_at)
                                          ORDER BY e.edited_at)
                            FROM message_edits e WHERE e.message_id = m.id), '[]') AS "earlierVersions"
           FROM messages m WHERE m.author_id = $1 ORDER BY m.created_at DESC, m.id DESC`,
        EXPORT_LIMITS.messages,
      ),
      reactions: await this.list(
        'reactions',
        `SELECT message_id AS "messageId", emoji, created_at AS "createdAt"
           FROM message_reactions WHERE member_id = $1 ORDER BY created_at DESC`,
      ),
      notifications: await this.counted(
        'notifications',
        'SELECT count(*)::int AS total FROM notifications WHERE recipient_id = $1',
        `SELECT id, kind, count, thread_id AS "threadId", message_id AS "messageId", group_id AS "groupId",
                event_id AS "eventId", pairing_id AS "pairingRequestId", created_at AS "createdAt",
                updated_at AS "updatedAt", read_at AS "readAt", emailed_at AS "emailedAt",
                digested_at AS "digestedAt"
           FROM notifications WHERE recipient_id = $1 ORDER BY updated_at DESC, id DESC`,
        EXPORT_LIMITS.notifications,
      ),
      notificationPreferences: await this.list(
        'notificationPreferences',
        `SELECT kind, channel, updated_at AS "updatedAt"
           FROM notification_preferences WHERE member_id = $1 ORDER BY kind`,
      ),
      eventRsvps: await this.list(
        'eventRsvps',
        `SELECT e.id AS "eventId", e.title, e.starts_at AS "startsAt", r.status,
                CASE WHEN r.status = 'WAITLISTED' THEN
                  (SELECT count(*)::int FROM event_rsvps w
                    WHERE w.event_id = r.event_id AND w.status = 'WAITLISTED' AND w.waitlist_seq <= r.waitlist_seq)
                END AS "waitlistPosition",
                r.created_at AS "createdAt", r.updated_at AS "updatedAt"
           FROM event_rsvps r JOIN events e ON e.id = r.event_id
          WHERE r.member_id = $1 ORDER BY e.starts_at DESC`,
      ),
      eventsOrganised: await this.list(
        'eventsOrganised',
        `SELECT id, title, description, starts_at AS "startsAt", ends_at AS "endsAt", timezone, format, venue,
                online_url AS "onlineUrl", region_code AS "regionCode", capacity, rsvp_deadline AS "rsvpDeadline",
                status, cancel_reason AS "cancelReason", group_id AS "groupId", created_at AS "createdAt"
           FROM events WHERE organiser_id = $1 ORDER BY starts_at DESC`,
      ),
      eventAnnouncements: await this.list(
        'eventAnnouncements',
        `SELECT id, event_id AS "eventId", message, created_at AS "createdAt"
           FROM event_announcements WHERE author_id = $1 ORDER BY created_at DESC`,
      ),
      calendarFeed: await this.calendarFeed(),
      reportsMade: await this.list(
        'reportsMade',
        `SELECT id, subject_type AS "subjectType", subject_id AS "subjectId", reason, status, action,
                created_at AS "createdAt", resolved_at AS "resolvedAt"
           FROM reports WHERE reporter_id = $1 ORDER BY created_at DESC`,
      ),
      auditLog: await this.list(
        'auditLog',
        `SELECT action, subject_type AS "subjectType", subject_id AS "subjectId", reason,
                CASE WHEN actor_id = $1 THEN 'BY_YOU' ELSE 'ABOUT_YOU' END AS "role", created_at AS "createdAt"
           FROM audit_log
          WHERE actor_id = $1 OR (subject_type = 'MEMBER' AND subject_id = $1)
          ORDER BY created_at DESC`,
      ),
      emailsKept: await this.emails(),
    };
    return {
      about: {
        format: EXPORT_FORMAT,
        exportedAt: new Date().toISOString(),
        memberId: id,
        truncated: this.truncated,
        note:
          'Everything Confer holds about you. Other members appear by id only. Secrets are left out: password and ' +
          'token hashes, your calendar feed address, and codes in e-mails. See docs/PRIVACY.md.',
      },
      ...document,
    };
  }

  private async profile(): Promise<Row | null> {
    const [row] = await this.manager.query<Row[]>(
      `SELECT p.display_name AS "displayName", p.handle, p.pronouns, p.headline, p.bio,
              p.lived_experience AS "livedExperience", p.leader_type AS "leaderType", p.organisation,
              p.job_title AS "jobTitle",
              CASE WHEN r.code IS NULL THEN NULL ELSE json_build_object('code', r.code, 'name', r.name) END AS region,
              coalesce((SELECT json_agg(json_build_object('slug', t.slug, 'name', t.name) ORDER BY t.name)
                          FROM topics t WHERE t.id = ANY(p.topic_ids)), '[]') AS topics,
              CASE WHEN c.id IS NULL THEN NULL
                   ELSE json_build_object('id', c.id, 'name', c.name, 'year', c.year) END AS cohort,
              p.open_to_pairing AS "openToPairing", p.avatar_url AS "avatarUrl",
              p.listed_in_directory AS "listedInDirectory", p.visibility,
              p.in_directory AS "inDirectory", p.dir_region_code AS "directoryRegionCode",
              p.dir_topic_ids AS "directoryTopicIds", p.dir_cohort_id AS "directoryCohortId",
              p.updated_at AS "updatedAt"
         FROM member_profiles p
         LEFT JOIN regions r ON r.code = p.region_code
         LEFT JOIN cohorts c ON c.id = p.cohort_id
        WHERE p.member_id = $1`,
      [this.memberId],
    );
    if (!row) return null;
    const { inDirectory, directoryRegionCode, directoryTopicIds, directoryCohortId, ...profile } = row;
    return {
      ...profile,
      visibility: withDefaultVisibility(row.visibility as Partial<VisibilitySettings>),
      // What the directory searches, filters and counts: only what every member may see.
      directoryEntry: {
        listed: inDirectory,
        regionCode: directoryRegionCode,
        topicIds: directoryTopicIds,
        cohortId: directoryCohortId,
      },
    };
  }

  private async calendarFeed(): Promise<Row | null> {
    const [feed] = await this.manager.query<Array<{ version: number }>>(
      'SELECT version FROM calendar_feeds WHERE member_id = $1',
      [this.memberId],
    );
    // Its address is a secret (anyone holding it reads the feed): only that it exists.
    return feed ? { created: true, timesRotated: feed.version - 1 } : null;
  }

  /**
   * Mail kept in the outbox (no SMTP_URL), with every code in a link taken out, and without the words of others it
   * quotes (a message, an announcement, a request's note): those are their authors', written to others as well.
   */
  private async emails(): Promise<Row[]> {
    const rows = await this.list(
      'emailsKept',
      `SELECT subject, text, created_at AS "createdAt" FROM outbox_emails
        WHERE recipient = (SELECT email FROM members WHERE id = $1) ORDER BY created_at DESC`,
    );
    return rows.map((row) => ({ ...row, text: withoutQuotes(withoutCodes(row.text as string)) }));
  }

  /** A list of rows about the member (`$1`), cut at `cap` (and named in `about.truncated` when it is). */
  private async list(name: string, sql: string, cap: number = EXPORT_LIMITS.otherLists): Promise<Row[]> {
    const rows = await this.manager.query<Row[]>(`${sql} LIMIT ${cap + 1}`, [this.memberId]);
    if (rows.length <= cap) return rows;
    this.truncated.push(name);
    return rows.slice(0, cap);
  }

  private async counted(
    name: string,
    countSql: string,
    sql: string,
    cap: number,
  ): Promise<{ total: number; included: number; items: Row[] }> {
    const [{ total }] = await this.manager.query<Array<{ total: number }>>(countSql, [this.memberId]);
    const items = await this.list(name, sql, cap);
    return { total, included: items.length, items };
  }
}

/** An e-mail's text with its quoted lines (`> ...`: someone else's words, see composeMail) left out, saying so. */
export function withoutQuotes(text: string): string {
  return text.replace(/^>.*(?:\n>.*)*/gm, '> (another member’s words: not part of your data)');
}

/** E-mails carry codes (invitations, password resets, unsubscribing), in links and in words: not exported. */
export function withoutCodes(text: string): string {
  return text
    .replace(/([?&](?:token|code|invitation)=)[^&\s>"')]+/gi, '$1(removed)')
    .replace(/(\bcode is:\s*)\S+/gi, '$1(removed)');
}
