import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '#libs/identity';
import { EventAccess } from './event-access.js';
import { RsvpStatus } from './event-enums.js';

export interface Attendee {
  memberId: string;
  displayName: string;
  handle: string;
  leaderType: string | null;
  status: RsvpStatus;
  waitlistPosition: number | null;
  answeredAt: Date;
}

export interface LeaderTypeCount {
  leaderType: string | null;
  count: number;
}

export interface AttendeeList {
  going: Attendee[];
  waitlisted: Attendee[];
  /** Members going by leader type, most first. */
  balance: LeaderTypeCount[];
  /** The balance in words: "4 patient leaders, 5 healthcare professionals". */
  balanceSummary: string;
}

const LEADER_WORDS: Record<string, [string, string]> = {
  PATIENT_LEADER: ['patient leader', 'patient leaders'],
  CARER_LEADER: ['carer leader', 'carer leaders'],
  HEALTHCARE_PROFESSIONAL: ['healthcare professional', 'healthcare professionals'],
  HEALTHCARE_MANAGER: ['healthcare manager', 'healthcare managers'],
  COMMUNITY_LEADER: ['community leader', 'community leaders'],
  OTHER: ['other leader', 'other leaders'],
};

/** Who is going and waiting, for those allowed to see it (the policy's `listAttendees`), and as CSV. */
@Injectable()
export class AttendeesService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(EventAccess) private readonly access: EventAccess,
  ) {}

  async list(viewer: Viewer, eventId: string): Promise<AttendeeList> {
    await this.access.require(viewer, eventId, 'listAttendees');
    const rows = await this.dataSource.query<
      Array<{
        member_id: string;
        display_name: string;
        handle: string;
        leader_type: string | null;
        status: RsvpStatus;
        position: number | null;
        answered_at: Date;
      }>
    >(
      `WITH ranked AS (
         SELECT member_id, status, waitlist_seq, updated_at,
                CASE WHEN status = 'WAITLISTED'
                     THEN row_number() OVER (PARTITION BY status ORDER BY waitlist_seq)::int END AS position
           FROM event_rsvps WHERE event_id = $1 AND status IN ('GOING', 'WAITLISTED'))
       SELECT r.member_id, m.display_name, m.handle, p.leader_type::text AS leader_type, r.status, r.position,
              r.updated_at AS answered_at
         FROM ranked r
         JOIN members m ON m.id = r.member_id AND m.status = 'ACTIVE'
         LEFT JOIN member_profiles p ON p.member_id = r.member_id
        ORDER BY r.status, r.waitlist_seq NULLS FIRST, m.display_name`,
      [eventId],
    );
    const attendees = rows.map((r): Attendee => ({
      memberId: r.member_id,
      displayName: r.display_name,
      handle: r.handle,
      leaderType: r.leader_type,
      status: r.status,
      waitlistPosition: r.position,
      answeredAt: r.answered_at,
    }));
    const going = attendees.filter((a) => a.status === RsvpStatus.GOING);
    const counts = new Map<string | null, number>();
    going.forEach((a) => counts.set(a.leaderType, (counts.get(a.leaderType) ?? 0) + 1));
    const balance = [...counts]
      .map(([leaderType, count]) => ({ leaderType, count }))
      .sort((a, b) => b.count - a.count);
    return {
      going,
      waitlisted: attendees.filter((a) => a.status === RsvpStatus.WAITLISTED),
      balance,
      balanceSummary: balance.length
        ? balance
            .map(({ leaderType, count }) => {
              const [one, many] = LEADER_WORDS[leaderType ?? ''] ?? [
                'member who has not said',
                'members who have not said',
              ];
              return `${count} ${count === 1 ? one : many}`;
            })
            .join(', ')
        : 'Nobody is going yet.',
    };
  }

  /** The attendee list as CSV (RFC 4180), safe to open in a spreadsheet: for those who run the event. */
  async csv(viewer: Viewer, eventId: string): Promise<string> {
    await this.access.require(viewer, eventId, 'manage');
    const list = await this.list(viewer, eventId);
    const lines = [['Name', 'Handle', 'Leader type', 'Status', 'Waitlist position', 'Answered at (UTC)']];
    for (const a of [...list.going, ...list.waitlisted]) {
      lines.push([
        a.displayName,
        a.handle,
        a.leaderType ?? '',
        a.status,
        a.waitlistPosition === null ? '' : String(a.waitlistPosition),
        a.answeredAt.toISOString(),
      ]);
    }
    return lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
  }
}

/** One CSV cell: quoted when needed, and a leading = + - @ defused so a spreadsheet never runs it as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
