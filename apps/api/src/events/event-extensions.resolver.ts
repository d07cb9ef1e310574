import { Inject } from '@nestjs/common';
import { Args, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CalendarService, EventDirectory, type Event } from '#libs/events';
import { GroupAccess, type Group } from '#libs/groups';
import type { Viewer } from '#libs/identity';
import type { MemberView } from '#libs/members';
import { CurrentViewer } from '../graphql/viewer.decorator.js';
import { GroupType } from '../groups/group.types.js';
import { MemberType } from '../members/member.type.js';
import { EventType } from './event.types.js';

/** Events on a member (their calendar feed) and on a group (its upcoming events). */
@Resolver(() => MemberType)
export class MemberCalendarResolver {
  constructor(@Inject(CalendarService) private readonly calendars: CalendarService) {}

  @ResolveField(() => String, {
    nullable: true,
    description:
      'Your personal calendar feed of the events you are going to or waiting for (add it to your calendar ' +
      'program); keep it secret. Only on yourself.',
  })
  calendarFeedUrl(@Parent() member: MemberView, @CurrentViewer() viewer: Viewer): Promise<string | null> {
    if (member.id !== viewer.memberId) return Promise.resolve(null);
    return this.calendars.feedUrl(viewer);
  }

  @Mutation(() => String, {
    description:
      'A new address for your calendar feed; the old one stops working at once. Answers the new one.',
  })
  rotateCalendarFeedToken(@CurrentViewer() viewer: Viewer): Promise<string> {
    return this.calendars.rotate(viewer);
  }
}

@Resolver(() => GroupType)
export class GroupEventsResolver {
  constructor(
    @Inject(EventDirectory) private readonly directory: EventDirectory,
    @Inject(GroupAccess) private readonly groups: GroupAccess,
  ) {}

  @ResolveField(() => [EventType], {
    description: 'Its upcoming events, soonest first (for those who may read the group; empty otherwise).',
  })
  async events(
    @Parent() group: Group,
    @CurrentViewer() viewer: Viewer,
    @Args('first', {
      type: () => Int,
      nullable: true,
      defaultValue: 20,
      description: 'How many, 1 to 100 (values outside are brought within).',
    })
    first: number,
  ): Promise<Event[]> {
    const may = await this.groups.allows(viewer, group.id, 'read');
    return may ? this.directory.ofGroup(group.id, Math.min(Math.max(first, 1), 100)) : [];
  }
}
