import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Member } from '#libs/identity';

/**
 * One member blocking another: the blocked member cannot start a direct conversation with, pair with or notify the
 * blocker, and each drops out of the other's suggestions. Nobody is told they were blocked.
 */
@Entity('member_blocks')
@Index('member_blocks_blocked_idx', ['blockedId'])
export class MemberBlock {
  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'blocker_id' })
  blocker?: Member;

  @Column({ name: 'blocker_id', type: 'uuid', primary: true })
  blockerId!: string;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'blocked_id' })
  blocked?: Member;

  @Column({ name: 'blocked_id', type: 'uuid', primary: true })
  blockedId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
