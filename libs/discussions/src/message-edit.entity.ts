import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Message } from './message.entity.js';

/** The history of a message: each body it had before an edit. */
@Entity('message_edits')
@Index('message_edits_message_idx', ['messageId'])
export class MessageEdit {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Message, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'message_id' })
  message?: Message;

  @Column({ name: 'message_id', type: 'uuid' })
  messageId!: string;

  @Column({ name: 'previous_body', type: 'text' })
  previousBody!: string;

  @CreateDateColumn({ name: 'edited_at', type: 'timestamptz' })
  editedAt!: Date;
}
