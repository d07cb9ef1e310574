import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EventFormat, EventStatus, RsvpStatus } from '#libs/events';
import { PageInfo } from '../graphql/connection.js';

registerEnumType(EventFormat, {
  name: 'EventFormat',
  description: 'How people take part in an event.',
  valuesMap: {
    IN_PERSON: { description: 'At a venue.' },
    ONLINE: { description: 'Online only, through `onlineUrl`.' },
    HYBRID: { description: 'At a venue and online.' },
  },
});
registerEnumType(EventStatus, {
  name: 'EventStatus',
  description: 'Whether an event is still on.',
  valuesMap: {
    SCHEDULED: { description: 'It is on.' },
    CANCELLED: { description: 'Called off; RSVPs are closed.' },
  },
});
registerEnumType(RsvpStatus, {
  name: 'RsvpStatus',
  description: 'GOING or NOT_GOING as you answer; WAITLISTED is what GOING becomes when the event is full.',
  valuesMap: {
    GOING: { description: 'Has a place.' },
    WAITLISTED: { description: 'Said GOING when the event was full: waiting for a place.' },
    NOT_GOING: { description: 'Not going: gives up a place or a spot on the waitlist.' },
  },
});

@ObjectType('Rsvp', { description: "A member's answer to an event." })
export class RsvpType {
  @Field(() => RsvpStatus, { description: 'Going, waiting for a place, or not going.' })
  status!: RsvpStatus;

  @Field(() => Int, { nullable: true, description: '1 for the first in line; null unless waitlisted.' })
  waitlistPosition!: number | null;
}

@ObjectType('EventPermissions', {
  description: 'What you may do with an event, as the event policy answers it: what to show and offer.',
})
export class EventPermissionsType {
  @Field({ description: 'See it and its public details, and read its news.' })
  see!: boolean;

  @Field({ description: 'Answer it (rsvp): it is scheduled and has not started.' })
  rsvp!: boolean;

  @Field({
    description:
      'Answer GOING: as `rsvp`, and its answer deadline has not passed (or you are already going or waiting).',
  })
  rsvpGoing!: boolean;

  @Field({
    description: 'Run it: cancel it, send news, see and export who is going (eventAttendeesCsv).',
  })
  manage!: boolean;

  @Field({ description: 'Change it (updateEvent): those who run it, while it is not cancelled.' })
  edit!: boolean;

  @Field({ description: 'See the link to join online: members going and those who run it.' })
  seeOnlineUrl!: boolean;

  @Field({
    description:
      'See who is going (`attendees`): those who run it, and members going when the organiser allows.',
  })
  listAttendees!: boolean;
}

@ObjectType('Event', { description: 'A gathering, online or in person: of the platform or of a group.' })
export class EventType {
  @Field(() => ID, { description: "The event's stable identifier." })
  id!: string;

  @Field({ description: "The event's title." })
  title!: string;

  @Field({ description: 'What it is about; may be empty.' })
  description!: string;

  @Field({ description: 'When it starts (UTC; see `timezone` for the local time).' })
  startsAt!: Date;

  @Field({ description: 'When it ends (UTC).' })
  endsAt!: Date;

  @Field({ description: 'The IANA time zone it is held in, e.g. Europe/London.' })
  timezone!: string;

  @Field(() => EventFormat, { description: 'In person, online or both.' })
  format!: EventFormat;

  @Field(() => String, { nullable: true, description: 'Where it takes place (in person and hybrid).' })
  venue!: string | null;

  @Field(() => Int, { nullable: true, description: 'Places; null: no limit.' })
  capacity!: number | null;

  @Field(() => Date, { nullable: true, description: 'After it, nobody new can say they are going.' })
  rsvpDeadline!: Date | null;

  @Field(() => Int, { description: 'How many are going.' })
  goingCount!: number;

  @Field(() => Int, { description: 'How many are waiting for a place.' })
  waitlistCount!: number;

  @Field(() => EventStatus, { description: 'Still on, or cancelled.' })
  status!: EventStatus;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled.' })
  cancelReason!: string | null;

  @Field({ description: 'Whether members going may see who else is going.' })
  attendeesVisible!: boolean;

  @Field({ description: 'When it was created.' })
  createdAt!: Date;

  onlineUrl!: string | null;
  organiserId!: string | null;
  groupId!: string | null;
  topicIds!: number[];
  regionCode!: string | null;
  sequence!: number;
}

@ObjectType({ description: 'One event in a list.' })
export class EventEdge {
  @Field({ description: 'Opaque; pass it as `after` to read on from here.' })
  cursor!: string;

  @Field(() => EventType, { description: 'The event.' })
  node!: EventType;
}

@ObjectType({ description: 'A page of events.' })
export class EventConnection {
  @Field(() => [EventEdge], { description: 'The events on this page.' })
  edges!: EventEdge[];

  @Field(() => PageInfo, { description: 'Whether there are more pages, and where this one starts and ends.' })
  pageInfo!: PageInfo;
}

@ObjectType('EventAnnouncement', { description: 'News about an event from those running it.' })
export class EventAnnouncementType {
  @Field(() => ID, { description: "The announcement's identifier." })
  id!: string;

  @Field({ description: 'The news, as written.' })
  message!: string;

  @Field({ description: 'When it was sent.' })
  createdAt!: Date;

  authorId!: string | null;
}

@ObjectType('LeaderTypeCount', { description: 'How many members going have one leader type.' })
export class LeaderTypeCountType {
  @Field(() => String, {
    nullable: true,
    description: 'A LeaderType, or null for members who have not said.',
  })
  leaderType!: string | null;

  @Field(() => Int, { description: 'How many members going have it.' })
  count!: number;
}

@ObjectType('Attendee', { description: 'A member with a place at an event, or on its waitlist.' })
export class AttendeeType {
  @Field(() => ID, { description: "The member's id." })
  memberId!: string;

  @Field({ description: 'Their display name.' })
  displayName!: string;

  @Field({ description: 'Their handle.' })
  handle!: string;

  @Field(() => String, { nullable: true, description: 'A LeaderType; null when they have not said.' })
  leaderType!: string | null;

  @Field(() => RsvpStatus, { description: 'GOING or WAITLISTED.' })
  status!: RsvpStatus;

  @Field(() => Int, { nullable: true, description: '1 for the first in line; null unless waitlisted.' })
  waitlistPosition!: number | null;

  @Field({ description: 'When their RSVP last changed.' })
  answeredAt!: Date;
}

@ObjectType('Attendees', { description: 'Who is going to an event, and who is waiting for a place.' })
export class AttendeesType {
  @Field(() => [AttendeeType], { description: 'Members with a place.' })
  going!: AttendeeType[];

  @Field(() => [AttendeeType], { description: 'In the order they will be let in.' })
  waitlisted!: AttendeeType[];

  @Field(() => [LeaderTypeCountType], { description: 'Members going by leader type, most first.' })
  balance!: LeaderTypeCountType[];

  @Field({ description: 'The balance in words: "4 patient leaders, 5 healthcare professionals".' })
  balanceSummary!: string;
}

@InputType({ description: 'Narrows a list of events; every filter given must match.' })
export class EventFilter {
  @Field(() => Date, { nullable: true, description: 'Events not yet ended then (default: now).' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Events starting before then.' })
  to?: Date | null;

  @Field(() => [String], { nullable: true, description: 'Region codes.' })
  regions?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Topic slugs.' })
  topics?: string[] | null;

  @Field(() => ID, { nullable: true, description: "Only this group's events." })
  groupId?: string | null;

  @Field(() => String, { nullable: true, description: 'Words in the title or description.' })
  text?: string | null;
}

@InputType({ description: 'Changes to an event; fields left out keep their value.' })
export class UpdateEventInput {
  @Field(() => String, { nullable: true, description: 'One line, 1 to 200 characters; required to create.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 10,000 characters.' })
  description?: string | null;

  @Field(() => Date, { nullable: true, description: 'Between 2000 and 2100; required to create.' })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'After the start; at most 14 days later.' })
  endsAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'An IANA time zone, e.g. Europe/London.' })
  timezone?: string | null;

  @Field(() => EventFormat, { nullable: true, description: 'In person, online or both; required to create.' })
  format?: EventFormat | null;

  @Field(() => String, { nullable: true, description: 'Required in person and hybrid.' })
  venue?: string | null;

  @Field(() => String, { nullable: true, description: 'https only; required online and hybrid.' })
  onlineUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'A code from `regions`.' })
  regionCode?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Slugs from `topics`, at most 10; replaces its topics.',
  })
  topicSlugs?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Places (1 to 100,000); null for no limit.' })
  capacity?: number | null;

  @Field(() => Date, { nullable: true, description: 'Before the start.' })
  rsvpDeadline?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Let members going see who else is going.' })
  attendeesVisible?: boolean | null;
}

@InputType({ description: 'A new event: title, start, end, time zone and format are required.' })
export class CreateEventInput extends UpdateEventInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'A group of yours (owners and moderators); leave out for a platform event (organisers, admins).',
  })
  groupId?: string | null;
}
