import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A mail kept instead of sent, when no SMTP_URL is set (development and trials). */
@Entity('outbox_emails')
export class OutboxEmail {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('outbox_emails_recipient_idx')
  @Column({ name: 'recipient', type: 'text' })
  to!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'text', nullable: true })
  html!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
