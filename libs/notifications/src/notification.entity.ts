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
import { NotificationKind } from './notification-kind.js';

/**
 * Something a member is told about, in their notification centre. Notifications of one kind about one place
 * ("3 new replies in Maternity voices") gather in one row while it is unread (`groupKey`, `count`).
 */
@Entity('notifications')
@Index('notifications_recipient_activity_idx', ['recipientId', 'updatedAt'])
@Index('notifications_unread_group_key', ['recipientId', 'groupKey'], {
  unique: true,
  where: 'read_at IS NULL AND group_key IS NOT NULL',
})
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id' })
  recipient?: Member;

  @Column({ name: 'recipient_id', type: 'uuid' })
  recipientId!: string;

  @Column({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' })
  kind!: NotificationKind;

  /** Who did it (the latest, for a gathered notification); null once they are gone. */
  @ManyToOne(() => Member, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor?: Member | null;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  /** Where it links to: a thread and a message in it, a group, an event or a pairing request. */
  @Column({ name: 'thread_id', type: 'uuid', nullable: true })
  threadId!: string | null;

  @Column({ name: 'message_id', type: 'uuid', nullable: true })
  messageId!: string | null;

  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId!: string | null;

  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId!: string | null;

  @Column({ name: 'pairing_id', type: 'uuid', nullable: true })
  pairingId!: string | null;

  /** Words that go with it, as written: an announcement, what changed, a reason (the latest, when gathered). */
  @Column({ type: 'text', nullable: true })
  detail!: string | null;

  /** How many things it gathers (1 unless grouped). */
  @Column({ type: 'int', default: 1 })
  count!: number;

  @Column({ name: 'group_key', type: 'text', nullable: true })
  groupKey!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** The latest thing gathered in it. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  /** When it was e-mailed (claimed just before sending, so that a job run again sends no second e-mail). */
  @Column({ name: 'emailed_at', type: 'timestamptz', nullable: true })
  emailedAt!: Date | null;

  /** When it went out in a daily digest (claimed just before sending, like `emailedAt`). */
  @Column({ name: 'digested_at', type: 'timestamptz', nullable: true })
  digestedAt!: Date | null;
}

/**
 * What has been notified already, so that a job run twice (a crash mid-run, a retry) tells no one twice:
 * one row per recipient, kind and source (a message id).
 */
@Entity('notification_receipts')
export class NotificationReceipt {
  @Column({ name: 'recipient_id', type: 'uuid', primary: true })
  recipientId!: string;

  /** The kind's name (text: one enum type per table is what TypeORM can migrate). */
  @Column({ type: 'text', primary: true })
  kind!: NotificationKind;

  @Column({ name: 'source_id', type: 'uuid', primary: true })
  sourceId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
