import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Member } from '#libs/identity';
import { Thread } from './thread.entity.js';

/**
 * A member's place in a thread: the two people of a direct thread, and anyone who has read or posted in a group
 * thread. Holds the read state (the last seq read).
 */
@Entity('thread_participants')
@Index('thread_participants_member_idx', ['memberId'])
export class ThreadParticipant {
  @PrimaryColumn({ name: 'thread_id', type: 'uuid' })
  threadId!: string;

  @ManyToOne(() => Thread, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Thread;

  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId!: string;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: Member;

  @Column({ name: 'last_read_seq', type: 'int', default: 0 })
  lastReadSeq!: number;
}
