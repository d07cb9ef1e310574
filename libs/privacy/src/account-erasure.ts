import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLog } from '#libs/audit';
import { UnauthenticatedError, ValidationError } from '#libs/errors';
import { Member, MemberStatus, passwordHasher, type Viewer } from '#libs/identity';
import { FORMER_MEMBER_NAME, formerMemberHandle } from '#libs/members';
import { DomainEvents, NotificationKind, requestNotification } from '#libs/domain-events';
import { memberRoom, RealtimePublisher } from '#libs/realtime-publisher';

/** The e-mail a deleted account keeps: unique, and no address, so that the real one can be invited again. */
export const erasedEmail = (memberId: string): string => `deleted:${memberId}`;

const DEADLOCK = '40P01';

/**
 * `deleteMyAccount` (UK GDPR art. 17): in one transaction, the account becomes a former member. Their profile and
 * personal fields are erased, their sessions end, and they leave every group, pairing, block, notification, RSVP
 * (their place goes to the first in line) and their calendar feed; a group they were the last owner of is handed over
 * (or archived when nobody else is in it). What they wrote to others (messages, threads,
 * events, announcements) stays, shown as by "Former member", so that conversations stay whole.
 */
@Injectable()
export class AccountErasure {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(DomainEvents) private readonly events: DomainEvents,
    @Inject(AuditLog) private readonly audit: AuditLog,
    @Inject(RealtimePublisher) private readonly realtime: RealtimePublisher,
  ) {}

  async deleteMyAccount(viewer: Viewer, password: string): Promise<void> {
    const member = await this.dataSource.getRepository(Member).findOneBy({ id: viewer.memberId });
    if (!member?.passwordHash || !(await passwordHasher.verify(member.passwordHash, password))) {
      throw new ValidationError({ password: 'This is not your password.' });
    }
    // Whatever else writes at the same moment (a notification arriving, an RSVP) may deadlock with this: try again.
    for (let attempt = 1; ; attempt++) {
      try {
        await this.dataSource.transaction((manager) => this.erase(manager, member.id));
        break;
      } catch (error) {
        if ((error as { code?: string }).code !== DEADLOCK || attempt === 3) throw error;
      }
    }
    // Once committed: every socket of theirs closes, and reconnecting is refused.
    this.realtime.disconnect(memberRoom(member.id));
  }

  private async erase(manager: EntityManager, memberId: string): Promise<void> {
    // FOR NO KEY UPDATE: a suspension or a second deletion waits, while rows that refer to the member do not.
    const [account] = await manager.query<Array<{ email: string; status: MemberStatus }>>(
      'SELECT email, status FROM members WHERE id = $1 FOR NO KEY UPDATE',
      [memberId],
    );
    if (account?.status !== MemberStatus.ACTIVE) throw new UnauthenticatedError();
    await this.handOverGroups(manager, memberId);
    await this.leaveEvents(manager, memberId);
    const q = (sql: string, params: unknown[] = [memberId]): Promise<unknown> => manager.query(sql, params);

    await q('DELETE FROM group_memberships WHERE member_id = $1');
    const pairings = await q(
      'DELETE FROM pairing_requests WHERE requester_id = $1 OR recipient_id = $1 RETURNING id',
    );
    const pairingIds = (rowsOf(pairings) as Array<{ id: string }>).map((p) => p.id);
    // Others' notifications of those pairings would lead nowhere, and carry the pairing message.
    if (pairingIds.length)
      await q('DELETE FROM notifications WHERE pairing_id = ANY($1::uuid[])', [pairingIds]);
    // A join request's note is theirs: the request is gone, its words go from the moderators' notifications.
    await q(`UPDATE notifications SET detail = NULL WHERE actor_id = $1 AND kind = 'JOIN_REQUEST'`);
    await q('DELETE FROM member_blocks WHERE blocker_id = $1 OR blocked_id = $1');
    await q('DELETE FROM notifications WHERE recipient_id = $1');
    await q('DELETE FROM notification_receipts WHERE recipient_id = $1');
    await q('DELETE FROM notification_preferences WHERE member_id = $1');
    // Their messages stay as last written; the earlier versions (shown to nobody) go.
    await q('DELETE FROM message_edits WHERE message_id IN (SELECT id FROM messages WHERE author_id = $1)');
    await q('DELETE FROM message_reactions WHERE member_id = $1');
    await q('DELETE FROM thread_participants WHERE member_id = $1');
    await q('DELETE FROM calendar_feeds WHERE member_id = $1');
    await q('UPDATE member_consents SET withdrawn_at = now() WHERE member_id = $1 AND withdrawn_at IS NULL');
    await q(
      `UPDATE sessions SET revoked_at = now(), revoked_reason = 'account-deleted'
        WHERE member_id = $1 AND revoked_at IS NULL`,
    );
    await q('DELETE FROM refresh_tokens WHERE session_id IN (SELECT id FROM sessions WHERE member_id = $1)');
    await q('DELETE FROM password_reset_tokens WHERE member_id = $1');
    // Reports they made stay for the moderators, no longer saying who made them.
    await q('UPDATE reports SET reporter_id = NULL WHERE reporter_id = $1');
    // Their address goes from invitations and the outbox; an open invitation to it can no longer be used.
    await q(
      `UPDATE invitations SET email = $3,
              revoked_at = CASE WHEN accepted_at IS NULL THEN coalesce(revoked_at, now()) ELSE revoked_at END
        WHERE accepted_member_id = $1 OR email = $2`,
      [memberId, account.email, erasedEmail(memberId)],
    );
    await q('DELETE FROM outbox_emails WHERE recipient = $1', [account.email]);

    // The words of their name, kept for the directory's typo matching: they go below unless someone else bears them.
    const [{ words: nameWords }] = (await q(
      `SELECT coalesce(array_agg(DISTINCT word), '{}') AS words
         FROM member_profiles p, unnest(tsvector_to_array(to_tsvector('simple', p.display_name))) word
        WHERE p.member_id = $1`,
    )) as Array<{ words: string[] }>;
    const handle = formerMemberHandle(memberId);
    // The directory trigger empties the search and filter columns; the snapshot sees the row leave.
    await q(
      `UPDATE member_profiles
          SET display_name = $2, handle = $3, pronouns = NULL, headline = NULL, bio = NULL, lived_experience = NULL,
              leader_type = NULL, organisation = NULL, job_title = NULL, region_code = NULL, topic_ids = '{}',
              cohort_id = NULL, open_to_pairing = false, avatar_url = NULL, listed_in_directory = false,
              visibility = '{}', in_directory = false
        WHERE member_id = $1`,
      [memberId, FORMER_MEMBER_NAME, handle],
    );
    await q(
      `DELETE FROM member_name_words w
        WHERE w.word = ANY($1::text[])
          AND NOT EXISTS (SELECT 1 FROM member_search_name_postings n WHERE n.lexeme = w.word)`,
      [nameWords],
    );
    // Last, as it locks the account's row against new references (it changes its unique columns).
    await q(
      `UPDATE members SET status = 'DELETED', email = $2, display_name = $3, handle = $4, password_hash = NULL,
              cohort_id = NULL
        WHERE id = $1`,
      [memberId, erasedEmail(memberId), FORMER_MEMBER_NAME, handle],
    );
    await this.events.publish(manager, 'members.status-changed', {
      memberId,
      status: MemberStatus.DELETED,
    });
    await this.audit.record(manager, {
      actorId: memberId,
      action: 'DELETE_ACCOUNT',
      subjectType: 'MEMBER',
      subjectId: memberId,
    });
  }

  /**
   * A group keeps an owner: one whose last owner leaves this way goes to its longest-standing moderator, else its
   * longest-standing active member (recorded in the audit log; the new owner is told). A group left with nobody is
   * archived: hidden (as an admin's HIDE_CONTENT hides a group), so nobody finds or joins it; it stays for the admins.
   * Never a refusal: someone unwell must be able to leave in one step.
   */
  private async handOverGroups(manager: EntityManager, memberId: string): Promise<void> {
    // Locked in one order, so that two deletions never wait on each other.
    const groups = await manager.query<Array<{ id: string; heir_id: string | null }>>(
      `SELECT g.id,
              (SELECT o.member_id FROM group_memberships o JOIN members m ON m.id = o.member_id
                WHERE o.group_id = g.id AND o.member_id <> $1 AND o.status = 'ACTIVE' AND m.status = 'ACTIVE'
                ORDER BY o.role = 'MODERATOR' DESC, coalesce(o.decided_at, o.created_at), o.id
                LIMIT 1) AS heir_id
         FROM groups g
        WHERE g.id IN (SELECT group_id FROM group_memberships
                        WHERE member_id = $1 AND role = 'OWNER' AND status = 'ACTIVE')
          AND NOT EXISTS (SELECT 1 FROM group_memberships o WHERE o.group_id = g.id AND o.member_id <> $1
                             AND o.status = 'ACTIVE' AND o.role = 'OWNER')
        ORDER BY g.id
          FOR UPDATE OF g`,
      [memberId],
    );
    for (const group of groups) {
      const because = 'Its last owner deleted their account.';
      if (group.heir_id) {
        await manager.query(
          `UPDATE group_memberships SET role = 'OWNER' WHERE group_id = $1 AND member_id = $2`,
          [group.id, group.heir_id],
        );
        await this.audit.record(manager, {
          actorId: memberId,
          action: 'HAND_OVER_GROUP',
          subjectType: 'GROUP',
          subjectId: group.id,
          reason: because,
          details: { newOwnerId: group.heir_id },
        });
        await requestNotification(this.events, manager, {
          kind: NotificationKind.GROUP_HANDED_OVER,
          actorId: null,
          recipientIds: [group.heir_id],
          groupId: group.id,
        });
      } else {
        await manager.query('UPDATE groups SET hidden_at = coalesce(hidden_at, now()) WHERE id = $1', [
          group.id,
        ]);
        await this.audit.record(manager, {
          actorId: memberId,
          action: 'ARCHIVE_GROUP',
          subjectType: 'GROUP',
          subjectId: group.id,
          reason: `${because} Nobody else was in it.`,
        });
      }
    }
  }

  /**
   * Gives back every place and waitlist ticket: for an event still open, as saying NOT_GOING does (`confer_rsvp`
   * under the event's row lock, the first in line promoted and told); for one past or cancelled, the counts follow.
   */
  private async leaveEvents(manager: EntityManager, memberId: string): Promise<void> {
    // Locked in one order, so that two deletions never wait on each other.
    const events = await manager.query<Array<{ id: string; open: boolean }>>(
      `SELECT e.id, (e.status = 'SCHEDULED' AND e.starts_at > now()) AS open
         FROM events e JOIN event_rsvps r ON r.event_id = e.id
        WHERE r.member_id = $1 AND r.status IN ('GOING', 'WAITLISTED')
        ORDER BY e.id
          FOR UPDATE OF e`,
      [memberId],
    );
    for (const event of events) {
      if (event.open) {
        const [answer] = await manager.query<Array<{ promoted: string[] }>>(
          'SELECT promoted FROM confer_rsvp($1, $2, false)',
          [event.id, memberId],
        );
        await requestNotification(this.events, manager, {
          kind: NotificationKind.WAITLIST_PROMOTED,
          actorId: null,
          recipientIds: answer.promoted,
          eventId: event.id,
        });
      } else {
        await manager.query(
          `UPDATE events e
              SET going_count = going_count - (r.status = 'GOING')::int,
                  waitlist_count = waitlist_count - (r.status = 'WAITLISTED')::int
             FROM event_rsvps r
            WHERE e.id = $1 AND r.event_id = e.id AND r.member_id = $2`,
          [event.id, memberId],
        );
      }
    }
    await manager.query('DELETE FROM event_rsvps WHERE member_id = $1', [memberId]);
  }
}

/** TypeORM answers a DELETE ... RETURNING as [rows, count]. */
function rowsOf(result: unknown): unknown[] {
  return Array.isArray(result) && Array.isArray(result[0]) ? (result[0] as unknown[]) : (result as unknown[]);
}
