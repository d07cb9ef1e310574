import { Column, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn, CreateDateColumn } from 'typeorm';
import { Member } from '#libs/identity';
import { RsvpStatus } from './event-enums.js';
import { Event } from './event.entity.js';

/**
 * A member's answer to an event. Waiting members hold a ticket (`waitlistSeq`, increasing); their position is their
 * rank among the tickets still waiting, so positions are always 1..n without gaps or duplicates.
 */
@Entity('event_rsvps')
@Index('event_rsvps_waitlist_idx', ['eventId', 'waitlistSeq'], { where: "status = 'WAITLISTED'" })
@Index('event_rsvps_member_idx', ['memberId', 'status'])
export class EventRsvp {
  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: Event;

  @Column({ name: 'event_id', type: 'uuid', primary: true })
  eventId!: string;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: Member;

  @Column({ name: 'member_id', type: 'uuid', primary: true })
  memberId!: string;

  @Column({ type: 'enum', enum: RsvpStatus, enumName: 'rsvp_status' })
  status!: RsvpStatus;

  @Column({ name: 'waitlist_seq', type: 'bigint', nullable: true })
  waitlistSeq!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
