import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EventFormat, EventStatus, RsvpStatus } from '#libs/events';
import { PageInfo } from '../graphql/connection.js';

registerEnumType(EventFormat, { name: 'EventFormat' });
registerEnumType(EventStatus, { name: 'EventStatus' });
registerEnumType(RsvpStatus, {
  name: 'RsvpStatus',
  description: 'GOING or NOT_GOING as you answer; WAITLISTED is what GOING becomes when the event is full.',
});

@ObjectType('Rsvp')
export class RsvpType {
  @Field(() => RsvpStatus)
  status!: RsvpStatus;

  @Field(() => Int, { nullable: true, description: '1 for the first in line; null unless waitlisted.' })
  waitlistPosition!: number | null;
}

@ObjectType('Event')
export class EventType {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field({ description: 'The IANA time zone it is held in, e.g. Europe/London.' })
  timezone!: string;

  @Field(() => EventFormat)
  format!: EventFormat;

  @Field(() => String, { nullable: true, description: 'Where it takes place (in person and hybrid).' })
  venue!: string | null;

  @Field(() => Int, { nullable: true, description: 'Places; null: no limit.' })
  capacity!: number | null;

  @Field(() => Date, { nullable: true, description: 'After it, nobody new can say they are going.' })
  rsvpDeadline!: Date | null;

  @Field(() => Int)
  goingCount!: number;

  @Field(() => Int)
  waitlistCount!: number;

  @Field(() => EventStatus)
  status!: EventStatus;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled.' })
  cancelReason!: string | null;

  @Field({ description: 'Whether members going may see who else is going.' })
  attendeesVisible!: boolean;

  @Field()
  createdAt!: Date;

  onlineUrl!: string | null;
  organiserId!: string | null;
  groupId!: string | null;
  topicIds!: number[];
  regionCode!: string | null;
  sequence!: number;
}

@ObjectType()
export class EventEdge {
  @Field()
  cursor!: string;

  @Field(() => EventType)
  node!: EventType;
}

@ObjectType()
export class EventConnection {
  @Field(() => [EventEdge])
  edges!: EventEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType('EventAnnouncement')
export class EventAnnouncementType {
  @Field(() => ID)
  id!: string;

  @Field()
  message!: string;

  @Field()
  createdAt!: Date;

  authorId!: string | null;
}

@ObjectType('LeaderTypeCount')
export class LeaderTypeCountType {
  @Field(() => String, {
    nullable: true,
    description: 'A LeaderType, or null for members who have not said.',
  })
  leaderType!: string | null;

  @Field(() => Int)
  count!: number;
}

@ObjectType('Attendee')
export class AttendeeType {
  @Field(() => ID)
  memberId!: string;

  @Field()
  displayName!: string;

  @Field()
  handle!: string;

  @Field(() => String, { nullable: true })
  leaderType!: string | null;

  @Field(() => RsvpStatus)
  status!: RsvpStatus;

  @Field(() => Int, { nullable: true })
  waitlistPosition!: number | null;

  @Field()
  answeredAt!: Date;
}

@ObjectType('Attendees')
export class AttendeesType {
  @Field(() => [AttendeeType])
  going!: AttendeeType[];

  @Field(() => [AttendeeType], { description: 'In the order they will be let in.' })
  waitlisted!: AttendeeType[];

  @Field(() => [LeaderTypeCountType], { description: 'Members going by leader type, most first.' })
  balance!: LeaderTypeCountType[];

  @Field({ description: 'The balance in words: "4 patient leaders, 5 healthcare professionals".' })
  balanceSummary!: string;
}

@InputType()
export class EventFilter {
  @Field(() => Date, { nullable: true, description: 'Events not yet ended then (default: now).' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Events starting before then.' })
  to?: Date | null;

  @Field(() => [String], { nullable: true, description: 'Region codes.' })
  regions?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Topic slugs.' })
  topics?: string[] | null;

  @Field(() => ID, { nullable: true })
  groupId?: string | null;

  @Field(() => String, { nullable: true, description: 'Words in the title or description.' })
  text?: string | null;
}

@InputType()
export class UpdateEventInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Date, { nullable: true })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'After the start; at most 14 days later.' })
  endsAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'An IANA time zone, e.g. Europe/London.' })
  timezone?: string | null;

  @Field(() => EventFormat, { nullable: true })
  format?: EventFormat | null;

  @Field(() => String, { nullable: true, description: 'Required in person and hybrid.' })
  venue?: string | null;

  @Field(() => String, { nullable: true, description: 'https only; required online and hybrid.' })
  onlineUrl?: string | null;

  @Field(() => String, { nullable: true })
  regionCode?: string | null;

  @Field(() => [String], { nullable: true })
  topicSlugs?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Places (1 to 100,000); null for no limit.' })
  capacity?: number | null;

  @Field(() => Date, { nullable: true, description: 'Before the start.' })
  rsvpDeadline?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Let members going see who else is going.' })
  attendeesVisible?: boolean | null;
}

@InputType()
export class CreateEventInput extends UpdateEventInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'A group of yours (owners and moderators); leave out for a platform event (organisers, admins).',
  })
  groupId?: string | null;
}
