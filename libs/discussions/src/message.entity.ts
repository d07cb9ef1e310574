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
import { Thread } from './thread.entity.js';

/** A message: Markdown source as written (never rendered by the server), numbered by `seq` within its thread. */
@Entity('messages')
@Index('messages_thread_seq_key', ['threadId', 'seq'], { unique: true })
@Index('messages_author_client_key', ['authorId', 'clientId'], {
  unique: true,
  where: 'client_id IS NOT NULL',
})
export class Message {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Thread, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Thread;

  @Column({ name: 'thread_id', type: 'uuid' })
  threadId!: string;

  @Column({ type: 'int' })
  seq!: number;

  @ManyToOne(() => Member, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: Member | null;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @Column({ type: 'text' })
  body!: string;

  @ManyToOne(() => Message, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'parent_id' })
  parent?: Message | null;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  /** The sender's id for this send: a retry with the same one returns the first message. */
  @Column({ name: 'client_id', type: 'text', nullable: true })
  clientId!: string | null;

  /** @handle mentions, resolved when written. */
  @Column({ name: 'mentioned_ids', type: 'uuid', array: true, default: () => "'{}'" })
  mentionedIds!: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt!: Date | null;

  /** A deleted message stays as a tombstone (no body) so that the thread stays whole. */
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  /** Hidden by a moderator (a report resolved HIDE_CONTENT): gone for everyone but moderators and admins. */
  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt!: Date | null;
}
