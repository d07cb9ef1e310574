import { Column, Entity, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { Member } from '#libs/identity';
import { NotificationChannel } from './notification-channel.js';
import { NotificationKind } from './notification-kind.js';

/** A member's choice for one kind; a kind without a row has its default (`defaultChannel`). */
@Entity('notification_preferences')
export class NotificationPreference {
  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: Member;

  @Column({ name: 'member_id', type: 'uuid', primary: true })
  memberId!: string;

  /** The kind's name (text, as in notification_receipts). */
  @Column({ type: 'text', primary: true })
  kind!: NotificationKind;

  @Column({ type: 'enum', enum: NotificationChannel, enumName: 'notification_channel' })
  channel!: NotificationChannel;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
