import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Member } from '#libs/identity';

/**
 * A member's explicit consent to keep special-category data (UK GDPR art. 9): given when they first fill in their
 * lived experience, withdrawn when they say so (which clears it). Kept as a record of when and to what wording.
 */
@Entity('member_consents')
@Index('member_consents_member_idx', ['memberId', 'kind'])
export class MemberConsent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: Member;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId!: string;

  /** What it is consent to, e.g. `LIVED_EXPERIENCE`. */
  @Column({ type: 'text' })
  kind!: string;

  /** The wording the member agreed to (its version). */
  @Column({ type: 'text' })
  wording!: string;

  @Column({ name: 'given_at', type: 'timestamptz', default: () => 'now()' })
  givenAt!: Date;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;
}
