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
import { GroupRole, MembershipStatus } from './group-enums.js';
import { Group } from './group.entity.js';

/** A member's place in a group: active, asking to join, invited, or banned. One row per member and group. */
@Entity('group_memberships')
@Index('group_memberships_group_member_key', ['groupId', 'memberId'], { unique: true })
@Index('group_memberships_member_idx', ['memberId', 'status'])
@Index('group_memberships_group_status_idx', ['groupId', 'status'])
export class GroupMembership {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Group, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group?: Group;

  @Column({ name: 'group_id', type: 'uuid' })
  groupId!: string;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: Member;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId!: string;

  @Column({ type: 'enum', enum: GroupRole, enumName: 'group_role', default: GroupRole.MEMBER })
  role!: GroupRole;

  @Column({ type: 'enum', enum: MembershipStatus, enumName: 'membership_status' })
  status!: MembershipStatus;

  /** The note sent with a join request. */
  @Column({ type: 'text', nullable: true })
  message!: string | null;

  @Column({ name: 'invited_by_id', type: 'uuid', nullable: true })
  invitedById!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'decided_by_id', type: 'uuid', nullable: true })
  decidedById!: string | null;
}
