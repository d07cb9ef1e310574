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

export enum PairingStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}

/** One member asking another to be their collaborative pair. */
@Entity('pairing_requests')
@Index('pairing_requests_recipient_idx', ['recipientId', 'status'])
@Index('pairing_requests_requester_idx', ['requesterId', 'status'])
// At most one open (pending or accepted) pairing per two members, whoever asked: written by hand in the
// PairingRequests migration as a unique index on (least(a, b), greatest(a, b)).
@Index('pairing_requests_open_pair_key', { synchronize: false })
export class PairingRequest {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'requester_id' })
  requester?: Member;

  @Column({ name: 'requester_id', type: 'uuid' })
  requesterId!: string;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id' })
  recipient?: Member;

  @Column({ name: 'recipient_id', type: 'uuid' })
  recipientId!: string;

  @Column({ type: 'text', nullable: true })
  message!: string | null;

  @Column({ type: 'enum', enum: PairingStatus, enumName: 'pairing_status', default: PairingStatus.PENDING })
  status!: PairingStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt!: Date | null;
}
