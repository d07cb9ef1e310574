import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AuditLog } from '#libs/audit';
import { ConflictError, ForbiddenError, InputCheck, NotFoundError } from '#libs/errors';
import { GroupAccess } from '#libs/groups';
import { isAdmin, type Viewer } from '#libs/identity';
import { activityPage, decodeCursor, isActivityCursor, pageSize, type Page } from '#libs/pagination';
import { Throttle } from '#libs/rate-limits';
import { ContentHider } from './content-hider.js';
import { Report, ReportAction, ReportStatus, ReportSubject } from './report.entity.js';
import { ReportSubjects } from './report-subjects.js';
import { SuspensionService } from './suspension.service.js';

export const REPORT_LIMITS = { reason: 1000, note: 1000 };
/** Reports one member may send in an hour (a flood of reports is abuse too). */
export const REPORTS_PER_HOUR = 10;

export interface ReportInput {
  subjectType: ReportSubject;
  subjectId: string;
  reason: string;
}

/**
 * Reports and their queue: any member reports what they can see; a group's moderators see and resolve reports of
 * their group's content, admins everything. Resolving dismisses, hides the content, or suspends its author (admins);
 * every open report of the same thing is resolved with it, and each resolution is in the audit log.
 */
@Injectable()
export class ReportService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(ReportSubjects) private readonly subjects: ReportSubjects,
    @Inject(GroupAccess) private readonly groups: GroupAccess,
    @Inject(ContentHider) private readonly hider: ContentHider,
    @Inject(SuspensionService) private readonly suspensions: SuspensionService,
    @Inject(AuditLog) private readonly audit: AuditLog,
    @Inject(Throttle) private readonly throttle: Throttle,
  ) {}

  /** Reporting the same thing again while the first report is open answers the first. */
  async report(viewer: Viewer, input: ReportInput): Promise<Report> {
    new InputCheck()
      .require(
        Object.values(ReportSubject).includes(input.subjectType),
        'subjectType',
        'Choose MESSAGE, THREAD, MEMBER, EVENT or GROUP.',
      )
      .uuid(input.subjectId, 'subjectId')
      .text(input.reason, 'reason', { min: 1, max: REPORT_LIMITS.reason })
      .require(
        !(input.subjectType === ReportSubject.MEMBER && input.subjectId === viewer.memberId),
        'subjectId',
        'You cannot report yourself.',
      )
      .throwIfInvalid();
    await this.throttle.require(
      `report:${viewer.memberId}`,
      REPORTS_PER_HOUR,
      3600,
      (wait) =>
        `You have sent many reports this hour, and the moderators have them all. You can report again in ${wait}.`,
    );
    const place = await this.subjects.place(viewer, input.subjectType, input.subjectId);
    const reports = this.dataSource.getRepository(Report);
    await reports
      .createQueryBuilder()
      .insert()
      .values({
        reporterId: viewer.memberId,
        subjectType: input.subjectType,
        subjectId: input.subjectId,
        groupId: place.groupId,
        subjectMemberId: place.memberId,
        reason: input.reason.trim(),
      })
      .orIgnore()
      .execute();
    return reports.findOneByOrFail({
      reporterId: viewer.memberId,
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      status: ReportStatus.OPEN,
    });
  }

  /**
   * The queue the viewer may see, latest first: all for admins, their groups' for moderators; never a report about the
   * viewer's own doing (another moderator or the admins handle it).
   */
  async list(
    viewer: Viewer,
    args: { status?: ReportStatus | null; first?: number | null; after?: string | null },
  ): Promise<Page<Report>> {
    const size = pageSize(args.first);
    const cursor = decodeCursor(args.after, isActivityCursor);
    const admin = isAdmin(viewer);
    if (!admin && !(await this.moderatesAny(viewer)))
      throw new ForbiddenError('Only moderators and admins can see reports.');
    const rows = await this.dataSource.query<Array<{ id: string; at: string }>>(
      `SELECT r.id, to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS at
         FROM reports r
        WHERE ($2 OR r.group_id IN (
                SELECT group_id FROM group_memberships
                 WHERE member_id = $1 AND status = 'ACTIVE' AND role IN ('OWNER', 'MODERATOR')))
          AND r.subject_member_id IS DISTINCT FROM $1
          AND ($3::text IS NULL OR r.status = $3)
          AND ($4::timestamp IS NULL OR (r.created_at AT TIME ZONE 'UTC', r.id) < ($4::timestamp, $5::uuid))
        ORDER BY r.created_at DESC, r.id DESC
        LIMIT $6`,
      [viewer.memberId, admin, args.status ?? null, cursor?.at ?? null, cursor?.id ?? null, size + 1],
    );
    return activityPage(rows, size, cursor, (ids) =>
      this.dataSource.getRepository(Report).findBy({ id: In(ids) }),
    );
  }

  async resolve(
    viewer: Viewer,
    reportId: string,
    action: ReportAction,
    note?: string | null,
  ): Promise<Report> {
    new InputCheck()
      .uuid(reportId, 'id')
      .require(
        Object.values(ReportAction).includes(action),
        'action',
        'Choose DISMISS, HIDE_CONTENT or SUSPEND_MEMBER.',
      )
      .text(note, 'note', { max: REPORT_LIMITS.note })
      .throwIfInvalid();
    const report = await this.dataSource.getRepository(Report).findOneBy({ id: reportId });
    if (!report || !(await this.mayHandle(viewer, report))) throw new NotFoundError('That report');
    if (report.status === ReportStatus.RESOLVED) {
      if (report.action === action) return report;
      throw new ConflictError('This report has already been resolved.');
    }
    if (action === ReportAction.SUSPEND_MEMBER) {
      if (!isAdmin(viewer)) throw new ForbiddenError('Only admins can suspend members.');
      if (!report.subjectMemberId)
        throw new ConflictError('Nobody to suspend: this report is not about a member’s doing.');
      await this.suspensions.suspend(
        viewer,
        report.subjectMemberId,
        note?.trim() || report.reason,
        report.id,
      );
    }
    let tell: ((viewer: Viewer) => Promise<void>) | undefined;
    const resolved = await this.dataSource.transaction(async (manager) => {
      if (action === ReportAction.HIDE_CONTENT)
        tell = await this.hider.setHidden(manager, report.subjectType, report.subjectId, true);
      // Every open report of the same thing is settled by this decision.
      await manager.query(
        `UPDATE reports SET status = 'RESOLVED', action = $3, resolved_by_id = $4, resolution_note = $5,
                resolved_at = now()
          WHERE subject_type = $1 AND subject_id = $2 AND status = 'OPEN'`,
        [report.subjectType, report.subjectId, action, viewer.memberId, note?.trim() || null],
      );
      await this.audit.record(manager, {
        actorId: viewer.memberId,
        action: `RESOLVE_REPORT_${action}`,
        subjectType: report.subjectType,
        subjectId: report.subjectId,
        reason: note?.trim() || null,
        details: { reportId: report.id, reportReason: report.reason },
      });
      return manager.getRepository(Report).findOneByOrFail({ id: report.id });
    });
    await tell?.(viewer);
    return resolved;
  }

  /** Shows hidden content again (the moderators of its group, or admins): undo of HIDE_CONTENT. */
  async restore(viewer: Viewer, type: ReportSubject, id: string, note?: string | null): Promise<boolean> {
    new InputCheck().uuid(id, 'subjectId').text(note, 'note', { max: REPORT_LIMITS.note }).throwIfInvalid();
    const [report] = await this.dataSource.query<
      Array<{ group_id: string | null; subject_member_id: string | null }>
    >(
      `SELECT group_id, subject_member_id FROM reports
        WHERE subject_type = $1 AND subject_id = $2 AND action = 'HIDE_CONTENT' LIMIT 1`,
      [type, id],
    );
    if (
      !report ||
      !(await this.mayHandle(viewer, { groupId: report.group_id, subjectMemberId: report.subject_member_id }))
    )
      throw new NotFoundError('That content');
    let tell: ((viewer: Viewer) => Promise<void>) | undefined;
    await this.dataSource.transaction(async (manager) => {
      tell = await this.hider.setHidden(manager, type, id, false);
      await this.audit.record(manager, {
        actorId: viewer.memberId,
        action: 'RESTORE_CONTENT',
        subjectType: type,
        subjectId: id,
        reason: note?.trim() || null,
      });
    });
    await tell?.(viewer);
    return true;
  }

  /** The reported thing's words as written (a hidden message's text included): for those handling the report. */
  async contentOf(report: Report): Promise<string | null> {
    const sql: Record<ReportSubject, string> = {
      [ReportSubject.MESSAGE]: 'SELECT body AS text FROM messages WHERE id = $1',
      [ReportSubject.THREAD]: 'SELECT title AS text FROM threads WHERE id = $1',
      [ReportSubject.EVENT]: "SELECT title || E'\\n\\n' || description AS text FROM events WHERE id = $1",
      [ReportSubject.GROUP]: "SELECT name || E'\\n\\n' || description AS text FROM groups WHERE id = $1",
      [ReportSubject.MEMBER]: 'SELECT display_name AS text FROM members WHERE id = $1',
    };
    const [row] = await this.dataSource.query<Array<{ text: string | null }>>(sql[report.subjectType], [
      report.subjectId,
    ]);
    return row?.text ?? null;
  }

  /** Admins and the group's moderators handle a report, except one about their own doing. */
  private async mayHandle(
    viewer: Viewer,
    report: Pick<Report, 'groupId' | 'subjectMemberId'>,
  ): Promise<boolean> {
    if (report.subjectMemberId === viewer.memberId) return false;
    if (isAdmin(viewer)) return true;
    if (!report.groupId) return false;
    return this.groups.allows(viewer, report.groupId, 'moderate');
  }

  private async moderatesAny(viewer: Viewer): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      `SELECT 1 FROM group_memberships
        WHERE member_id = $1 AND status = 'ACTIVE' AND role IN ('OWNER', 'MODERATOR') LIMIT 1`,
      [viewer.memberId],
    );
    return rows.length > 0;
  }
}
