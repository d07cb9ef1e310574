import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One moderation or admin action: who did what to what, when and why. Append-only: the database refuses to change
 * or delete a row (a trigger, in the migration that makes the table).
 */
@Entity('audit_log')
@Index('audit_log_created_idx', ['createdAt'])
@Index('audit_log_subject_idx', ['subjectType', 'subjectId'])
export class AuditEntry {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Who did it; null for the system. Kept as given even if the member is later deleted (no foreign key). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  /** What was done, e.g. `SUSPEND_MEMBER`, `HIDE_CONTENT`, `RESOLVE_REPORT`. */
  @Column({ type: 'text' })
  action!: string;

  @Column({ name: 'subject_type', type: 'text' })
  subjectType!: string;

  @Column({ name: 'subject_id', type: 'uuid', nullable: true })
  subjectId!: string | null;

  /** Why, in the actor's words. */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details!: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
