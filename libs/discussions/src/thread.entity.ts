import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Group } from '#libs/groups';
import { Member } from '#libs/identity';

export enum ThreadKind {
  GROUP = 'GROUP',
  DIRECT = 'DIRECT',
}

/** A conversation: in a group (who may read and post comes from the group policy), or directly between two members. */
@Entity('threads')
@Index('threads_group_activity_idx', ['groupId', 'lastActivityAt'])
export class Thread {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'enum', enum: ThreadKind, enumName: 'thread_kind' })
  kind!: ThreadKind;

  @ManyToOne(() => Group, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group?: Group | null;

  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId!: string | null;

  /** Direct threads: "<smaller member id>:<larger member id>", so that a pair has one thread. */
  @Index('threads_direct_key', { unique: true })
  @Column({ name: 'direct_key', type: 'text', nullable: true })
  directKey!: string | null;

  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @ManyToOne(() => Member, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: Member | null;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'last_activity_at', type: 'timestamptz', default: () => 'now()' })
  lastActivityAt!: Date;

  /** The seq of the newest message; the next message takes lastSeq + 1 under a row lock. */
  @Column({ name: 'last_seq', type: 'int', default: 0 })
  lastSeq!: number;

  @Column({ name: 'message_count', type: 'int', default: 0 })
  messageCount!: number;

  @Column({ type: 'boolean', default: false })
  pinned!: boolean;

  @Column({ type: 'boolean', default: false })
  locked!: boolean;

  /** Hidden by a moderator (a report resolved HIDE_CONTENT): gone for everyone but moderators and admins. */
  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt!: Date | null;
}
