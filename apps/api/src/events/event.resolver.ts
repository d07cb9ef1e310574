import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import {
  AnnouncementService,
  AttendeesService,
  EventAccess,
  eventAllows,
  EventDirectory,
  EventService,
  RsvpService,
  RsvpStatus,
  type AttendeeList,
  type Event,
  type EventAnnouncement,
  type EventPermissions,
  type EventStanding,
  type RsvpAnswer,
} from '#libs/events';
import { GroupAccess, type Group } from '#libs/groups';
import type { Viewer } from '#libs/identity';
import { PairingService, ProfileReader, TaxonomyService, type MemberView } from '#libs/members';
import { FIRST_ARGUMENT, pageInfo } from '../graphql/connection.js';
import { perRequestValue } from '../graphql/request-cache.js';
import { CurrentViewer, type GraphqlContext } from '../graphql/viewer.decorator.js';
import { GroupType } from '../groups/group.types.js';
import { memberLoaders } from '../members/member.loaders.js';
import { MemberType } from '../members/member.type.js';
import { RegionType, TopicType } from '../members/taxonomy.types.js';
import {
  AttendeesType,
  CreateEventInput,
  EventAnnouncementType,
  EventConnection,
  EventFilter,
  EventPermissionsType,
  EventType,
  RsvpType,
  UpdateEventInput,
} from './event.types.js';

@Resolver(() => EventType)
export class EventResolver {
  constructor(
    @Inject(EventService) private readonly eventService: EventService,
    @Inject(EventAccess) private readonly access: EventAccess,
    @Inject(EventDirectory) private readonly directory: EventDirectory,
    @Inject(RsvpService) private readonly rsvps: RsvpService,
    @Inject(AnnouncementService) private readonly announcementService: AnnouncementService,
    @Inject(AttendeesService) private readonly attendeeLists: AttendeesService,
    @Inject(GroupAccess) private readonly groups: GroupAccess,
    @Inject(TaxonomyService) private readonly taxonomy: TaxonomyService,
    @Inject(ProfileReader) private readonly profiles: ProfileReader,
    @Inject(PairingService) private readonly pairing: PairingService,
  ) {}

  @Query(() => EventType, { description: 'NOT_FOUND when it does not exist or you may not see it.' })
  async event(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID, description: "The event's id." }) id: string,
  ): Promise<Event> {
    return (await this.access.load(viewer, id)).event;
  }

  @Query(() => EventConnection, {
    description: 'Events you may see, soonest first: upcoming unless `filter.from` says otherwise.',
  })
  async events(
    @CurrentViewer() viewer: Viewer,
    @Args('filter', {
      type: () => EventFilter,
      nullable: true,
      description: 'Left out: every upcoming event you may see.',
    })
    filter: EventFilter | null,
    @Args('first', FIRST_ARGUMENT) first: number | null,
    @Args('after', {
      type: () => String,
      nullable: true,
      description: 'A cursor from the last page: read on after it.',
    })
    after: string | null,
  ): Promise<EventConnection> {
    const page = await this.directory.events(viewer, filter ?? {}, { first, after });
    return { edges: page.items, pageInfo: pageInfo(page) };
  }

  @Query(() => EventConnection, { description: 'Your upcoming events: going, waiting, or running them.' })
  async myEvents(
    @CurrentViewer() viewer: Viewer,
    @Args('first', FIRST_ARGUMENT) first: number | null,
    @Args('after', {
      type: () => String,
      nullable: true,
      description: 'A cursor from the last page: read on after it.',
    })
    after: string | null,
  ): Promise<EventConnection> {
    const page = await this.directory.mine(viewer, { first, after });
    return { edges: page.items, pageInfo: pageInfo(page) };
  }

  @Mutation(() => EventType, {
    description: 'A platform event (organisers and admins), or a group event (its owners and moderators).',
  })
  createEvent(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The new event.' }) input: CreateEventInput,
  ): Promise<Event> {
    return this.eventService.create(viewer, input);
  }

  @Mutation(() => EventType, {
    description:
      'Those going or waiting are told of a new time, place or link; more places let the first in line in.',
  })
  updateEvent(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID, description: 'The event to change.' }) id: string,
    @Args('input', { description: 'The fields to change; those left out keep their value.' })
    input: UpdateEventInput,
  ): Promise<Event> {
    return this.eventService.update(viewer, id, input);
  }

  @Mutation(() => EventType, {
    description: 'Closes RSVPs and tells everyone going or waiting, with the reason.',
  })
  cancelEvent(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID, description: 'The event to cancel.' }) id: string,
    @Args('reason', { description: 'Why, told to everyone going or waiting; at most 1000 characters.' })
    reason: string,
  ): Promise<Event> {
    return this.eventService.cancel(viewer, id, reason);
  }

  @Mutation(() => RsvpType, {
    description:
      'GOING takes a place, or comes back WAITLISTED with your position when the event is full; NOT_GOING gives it ' +
      'back (the first in line gets it and is told). Answering the same twice changes nothing.',
  })
  rsvp(
    @CurrentViewer() viewer: Viewer,
    @Args('eventId', { type: () => ID, description: 'The event.' }) eventId: string,
    @Args('status', { type: () => RsvpStatus, description: 'GOING or NOT_GOING.' }) status: RsvpStatus,
  ): Promise<RsvpAnswer> {
    return this.rsvps.rsvp(viewer, eventId, status);
  }

  @Mutation(() => EventAnnouncementType, {
    description:
      'Tells everyone going or waiting (by their preferences); kept on the event for later arrivals.',
  })
  announceEvent(
    @CurrentViewer() viewer: Viewer,
    @Args('eventId', { type: () => ID, description: 'The event.' }) eventId: string,
    @Args('message', { description: 'The news, at most 5000 characters.' }) message: string,
  ): Promise<EventAnnouncement> {
    return this.announcementService.announce(viewer, eventId, message);
  }

  @Query(() => String, {
    description:
      'The attendees as CSV (name, handle, leader type, status, waitlist position): for those running it.',
  })
  eventAttendeesCsv(
    @CurrentViewer() viewer: Viewer,
    @Args('eventId', { type: () => ID, description: 'The event.' }) eventId: string,
  ): Promise<string> {
    return this.attendeeLists.csv(viewer, eventId);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The link to join online: shown to members going and to those running the event.',
  })
  async onlineUrl(@Parent() event: Event, @Context() context: GraphqlContext): Promise<string | null> {
    if (!event.onlineUrl) return null;
    const standing = await this.standing(event, context);
    return standing && eventAllows(event.attendeesVisible, standing, 'seeOnlineUrl') ? event.onlineUrl : null;
  }

  @ResolveField(() => EventPermissionsType, {
    description: 'What you may do with this event (the event policy’s answer): what to show and offer.',
  })
  async viewerCan(@Parent() event: Event, @Context() context: GraphqlContext): Promise<EventPermissions> {
    const answer = await this.loaders(context).answers.load(event.id);
    return this.access.permissionsFor(context.req.viewer!, event, answer?.status ?? null);
  }

  @ResolveField(() => RsvpType, { nullable: true, description: 'Your answer, if any.' })
  viewerRsvp(@Parent() event: Event, @Context() context: GraphqlContext): Promise<RsvpAnswer | null> {
    return this.loaders(context).answers.load(event.id);
  }

  @ResolveField(() => AttendeesType, {
    nullable: true,
    description:
      'Who is going and waiting, with the leader-type balance: for those running it, and for members going when ' +
      'the organiser allows (`attendeesVisible`); null for anyone else.',
  })
  async attendees(@Parent() event: Event, @Context() context: GraphqlContext): Promise<AttendeeList | null> {
    const standing = await this.standing(event, context);
    if (!standing || !eventAllows(event.attendeesVisible, standing, 'listAttendees')) return null;
    return this.attendeeLists.list(context.req.viewer!, event.id);
  }

  @ResolveField(() => [EventAnnouncementType], { description: 'News from those running it, latest first.' })
  announcements(@Parent() event: Event): Promise<EventAnnouncement[]> {
    return this.announcementService.ofEvent(event.id);
  }

  @ResolveField(() => MemberType, { nullable: true, description: 'Who created it.' })
  organiser(@Parent() event: Event, @Context() context: GraphqlContext): Promise<MemberView | null> {
    if (!event.organiserId) return Promise.resolve(null);
    return memberLoaders(context.req, context.req.viewer!, {
      profiles: this.profiles,
      pairing: this.pairing,
    }).member.load(event.organiserId);
  }

  @ResolveField(() => GroupType, {
    nullable: true,
    description: 'The group it belongs to; null for a platform event.',
  })
  async group(@Parent() event: Event, @CurrentViewer() viewer: Viewer): Promise<Group | null> {
    if (!event.groupId) return null;
    return (await this.groups.load(viewer, { id: event.groupId })).group;
  }

  @ResolveField(() => [TopicType], { description: 'What the event is about.' })
  async topics(@Parent() event: Event): Promise<TopicType[]> {
    const { topicsById } = await this.taxonomy.lookup();
    return event.topicIds.flatMap((id) => topicsById.get(id) ?? []);
  }

  @ResolveField(() => RegionType, { nullable: true, description: 'Where it is held; null when not given.' })
  async region(@Parent() event: Event): Promise<RegionType | null> {
    return event.regionCode
      ? ((await this.taxonomy.lookup()).regionsByCode.get(event.regionCode) ?? null)
      : null;
  }

  @ResolveField(() => String, { description: 'Its calendar file (public details only): GET this address.' })
  calendarUrl(@Parent() event: Event): string {
    return `/events/${event.id}.ics`;
  }

  private async standing(event: Event, context: GraphqlContext): Promise<EventStanding | null> {
    const answer = await this.loaders(context).answers.load(event.id);
    return this.access.standingFor(context.req.viewer!, event, answer?.status ?? null);
  }

  private loaders(context: GraphqlContext) {
    const viewer = context.req.viewer!;
    return perRequestValue(context.req, 'events', () => ({
      answers: new DataLoader<string, RsvpAnswer | null>(async (ids) => {
        const answers = await this.rsvps.answersOf(viewer.memberId, [...ids]);
        return ids.map((id) => answers.get(id) ?? null);
      }),
    }));
  }
}
