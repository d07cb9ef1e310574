import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { MemberRole, MemberStatus } from './member-role.js';

/** An alumnus' account: who they are to the platform and how they sign in. */
@Entity('members')
export class Member {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Lower-cased and trimmed; the sign-in name. */
  @Index('members_email_key', { unique: true })
  @Column({ type: 'text' })
  email!: string;

  @Index('members_handle_key', { unique: true })
  @Column({ type: 'text' })
  handle!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'enum', enum: MemberRole, enumName: 'member_role', default: MemberRole.MEMBER })
  role!: MemberRole;

  @Column({ type: 'enum', enum: MemberStatus, enumName: 'member_status', default: MemberStatus.ACTIVE })
  status!: MemberStatus;

  @Column({ name: 'cohort_id', type: 'uuid', nullable: true })
  cohortId!: string | null;

  @CreateDateColumn({ name: 'joined_at', type: 'timestamptz' })
  joinedAt!: Date;

  @Column({ name: 'password_changed_at', type: 'timestamptz', default: () => 'now()' })
  passwordChangedAt!: Date;
}
