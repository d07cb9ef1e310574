import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Group } from '#libs/groups';
import { Member } from '#libs/identity';
import { Region } from '#libs/members';
import { EventFormat, EventStatus } from './event-enums.js';

/**
 * An event: a platform event (organisers and admins) or a group's (its owners and moderators), seen as its group
 * is. `goingCount` and `waitlistCount` are kept with every RSVP under the event's row lock, so they are exact.
 */
@Entity('events')
// Whatever happens, never more going than places, and no count below zero.
@Check('events_places_check', `"capacity" IS NULL OR "going_count" <= "capacity"`)
@Check('events_counts_check', `"going_count" >= 0 AND "waitlist_count" >= 0`)
@Check('events_times_check', `"ends_at" > "starts_at"`)
@Index('events_starts_at_idx', ['startsAt', 'id'])
@Index('events_group_starts_at_idx', ['groupId', 'startsAt'])
export class Event {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  /** IANA time zone the event is held in (its times are shown in it). */
  @Column({ type: 'text' })
  timezone!: string;

  @Column({ type: 'enum', enum: EventFormat, enumName: 'event_format' })
  format!: EventFormat;

  @Column({ type: 'text', nullable: true })
  venue!: string | null;

  /** Shown only to members going, and to those who run the event. */
  @Column({ name: 'online_url', type: 'text', nullable: true })
  onlineUrl!: string | null;

  @ManyToOne(() => Region, { nullable: true })
  @JoinColumn({ name: 'region_code' })
  region?: Region | null;

  @Column({ name: 'region_code', type: 'text', nullable: true })
  regionCode!: string | null;

  @Column({ name: 'topic_ids', type: 'int', array: true, default: () => "'{}'" })
  topicIds!: number[];

  /** Places; null: no limit. */
  @Column({ type: 'int', nullable: true })
  capacity!: number | null;

  /** After it, nobody new can say they are going (they can still say they are not). */
  @Column({ name: 'rsvp_deadline', type: 'timestamptz', nullable: true })
  rsvpDeadline!: Date | null;

  @Column({ type: 'enum', enum: EventStatus, enumName: 'event_status', default: EventStatus.SCHEDULED })
  status!: EventStatus;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason!: string | null;

  /** Whether members going may see who else is going (organisers always may). */
  @Column({ name: 'attendees_visible', type: 'boolean', default: false })
  attendeesVisible!: boolean;

  /** Hidden by a moderator (a report resolved HIDE_CONTENT): gone for everyone but moderators and admins. */
  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt!: Date | null;

  @ManyToOne(() => Member, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organiser_id' })
  organiser?: Member | null;

  @Column({ name: 'organiser_id', type: 'uuid', nullable: true })
  organiserId!: string | null;

  /** Null for a platform event. */
  @ManyToOne(() => Group, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group?: Group | null;

  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId!: string | null;

  @Column({ name: 'going_count', type: 'int', default: 0 })
  goingCount!: number;

  @Column({ name: 'waitlist_count', type: 'int', default: 0 })
  waitlistCount!: number;

  /** The last waitlist ticket handed out: a later one always queues behind. */
  @Column({ name: 'waitlist_counter', type: 'bigint', default: 0 })
  waitlistCounter!: string;

  /** RFC 5545 SEQUENCE: bumped by every change a calendar should pick up. */
  @Column({ type: 'int', default: 0 })
  sequence!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
