import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Member } from '#libs/identity';

export enum ReportSubject {
  MESSAGE = 'MESSAGE',
  THREAD = 'THREAD',
  MEMBER = 'MEMBER',
  EVENT = 'EVENT',
  GROUP = 'GROUP',
}

export enum ReportStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
}

export enum ReportAction {
  DISMISS = 'DISMISS',
  HIDE_CONTENT = 'HIDE_CONTENT',
  SUSPEND_MEMBER = 'SUSPEND_MEMBER',
}

/** A member's report of something they think breaks the rules, for the group's moderators (its content) and admins. */
@Entity('reports')
@Index('reports_status_idx', ['status', 'createdAt'])
@Index('reports_group_status_idx', ['groupId', 'status'])
@Index('reports_open_key', ['reporterId', 'subjectType', 'subjectId'], {
  unique: true,
  where: "status = 'OPEN'",
})
export class Report {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Member, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reporter_id' })
  reporter?: Member | null;

  @Column({ name: 'reporter_id', type: 'uuid', nullable: true })
  reporterId!: string | null;

  @Column({ name: 'subject_type', type: 'text' })
  subjectType!: ReportSubject;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId!: string;

  /** The group whose moderators see it (content in a group); null: admins only. */
  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId!: string | null;

  /** The member the reported thing is by (or the member reported): whom SUSPEND_MEMBER suspends. */
  @Column({ name: 'subject_member_id', type: 'uuid', nullable: true })
  subjectMemberId!: string | null;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'text', default: ReportStatus.OPEN })
  status!: ReportStatus;

  @Column({ type: 'text', nullable: true })
  action!: ReportAction | null;

  @Column({ name: 'resolved_by_id', type: 'uuid', nullable: true })
  resolvedById!: string | null;

  @Column({ name: 'resolution_note', type: 'text', nullable: true })
  resolutionNote!: string | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
