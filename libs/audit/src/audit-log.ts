import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { activityPage, decodeCursor, isActivityCursor, pageSize, type Page } from '#libs/pagination';
import { AuditEntry } from './audit-entry.entity.js';

export interface AuditRecord {
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId?: string | null;
  reason?: string | null;
  details?: Record<string, unknown>;
}

/** The append-only record of moderation and admin actions: written in the action's own transaction. */
@Injectable()
export class AuditLog {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async record(manager: EntityManager, entry: AuditRecord): Promise<void> {
    await manager.query(
      `INSERT INTO audit_log (actor_id, action, subject_type, subject_id, reason, details)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb)`,
      [
        entry.actorId,
        entry.action,
        entry.subjectType,
        entry.subjectId ?? null,
        entry.reason ?? null,
        JSON.stringify(entry.details ?? {}),
      ],
    );
  }

  /** Latest first (the caller checks that the viewer is an admin). */
  async list(args: { first?: number | null; after?: string | null }): Promise<Page<AuditEntry>> {
    const size = pageSize(args.first);
    const cursor = decodeCursor(args.after, isActivityCursor);
    const rows = await this.dataSource.query<Array<{ id: string; at: string }>>(
      `SELECT id, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS at
         FROM audit_log
        WHERE $1::timestamp IS NULL OR (created_at AT TIME ZONE 'UTC', id) < ($1::timestamp, $2::uuid)
        ORDER BY created_at DESC, id DESC
        LIMIT $3`,
      [cursor?.at ?? null, cursor?.id ?? null, size + 1],
    );
    return activityPage(rows, size, cursor, (ids) =>
      this.dataSource.getRepository(AuditEntry).findBy({ id: In(ids) }),
    );
  }
}
