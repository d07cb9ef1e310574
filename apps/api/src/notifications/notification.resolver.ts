import { Inject } from '@nestjs/common';
import DataLoader from 'dataloader';
import {
  Args,
  Context,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Parent,
  Query,
  registerEnumType,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import type { Viewer } from '#libs/identity';
import { PairingService, ProfileReader, type MemberView } from '#libs/members';
import {
  Notification,
  NotificationChannel,
  NotificationKind,
  NotificationPreferences,
  NotificationService,
  NotificationWording,
  type KindChannel,
  type NotificationText,
} from '#libs/notifications';
import { FIRST_ARGUMENT, PageInfo, pageInfo } from '../graphql/connection.js';
import { perRequestValue } from '../graphql/request-cache.js';
import { CurrentViewer, type GraphqlContext } from '../graphql/viewer.decorator.js';
import { memberLoaders } from '../members/member.loaders.js';
import { MemberType } from '../members/member.type.js';

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification is about; preferences are set per kind.',
  valuesMap: {
    MENTION: { description: 'Someone mentioned you (`@handle`) in a message.' },
    REPLY: { description: 'Someone replied to your message.' },
    DIRECT_MESSAGE: { description: 'A new message in one of your direct conversations.' },
    JOIN_REQUEST: { description: 'Someone asked to join a group you own or moderate.' },
    JOIN_APPROVED: { description: 'Your request to join a group was approved.' },
    GROUP_INVITATION: { description: 'You were invited to a group.' },
    PAIRING_REQUEST: { description: 'A member asked you to be their collaborative pair.' },
    PAIRING_ANSWER: { description: 'A member answered your pairing request.' },
    EVENT_ANNOUNCEMENT: { description: 'News from those running an event you are going to or waiting for.' },
    EVENT_CHANGED: { description: 'An event you are going to or waiting for changed.' },
    EVENT_CANCELLED: { description: 'An event you are going to or waiting for was cancelled.' },
    WAITLIST_PROMOTED: { description: 'A place freed up: you are now going.' },
    EVENT_REMINDER: { description: 'An event you are going to starts soon (a day, and an hour, before).' },
    GROUP_HANDED_OVER: {
      description: "A group's last owner deleted their account, and the group is now yours.",
    },
  },
});
registerEnumType(NotificationChannel, {
  name: 'NotificationChannel',
  description:
    'IN_APP: in Confer only; EMAIL_NOW: also by e-mail at once; DAILY_DIGEST: also in a daily e-mail; OFF.',
  valuesMap: {
    IN_APP: { description: 'In the notification centre and on open connections only.' },
    EMAIL_NOW: { description: 'Also by e-mail at once (one e-mail per notification).' },
    DAILY_DIGEST: { description: 'Also in the daily digest e-mail, if still unread.' },
    OFF: { description: 'Not at all.' },
  },
});

@ObjectType({ description: 'How you are told about one kind of notification.' })
export class NotificationPreference {
  @Field(() => NotificationKind, { description: 'The kind.' })
  kind!: NotificationKind;

  @Field(() => NotificationChannel, { description: 'How you are told about it.' })
  channel!: NotificationChannel;
}

@InputType({ description: 'How to be told about one kind of notification.' })
export class NotificationPreferenceInput {
  @Field(() => NotificationKind, { description: 'The kind.' })
  kind!: NotificationKind;

  @Field(() => NotificationChannel, { description: 'How to be told about it.' })
  channel!: NotificationChannel;
}

@InputType({ description: 'Changes to your notification preferences.' })
export class UpdateNotificationPreferencesInput {
  @Field(() => [NotificationPreferenceInput], { description: 'The kinds to change; the others keep theirs.' })
  preferences!: NotificationPreferenceInput[];
}

@ObjectType('Notification', {
  description:
    'Something you are told about. Notifications of one kind about one thread gather while unread: `count` says how many.',
})
export class NotificationType {
  @Field(() => ID, { description: "The notification's identifier, for `markNotificationsRead`." })
  id!: string;

  @Field(() => NotificationKind, { description: 'What it is about.' })
  kind!: NotificationKind;

  @Field(() => Int, { description: 'How many things are gathered in it (1 when just one).' })
  count!: number;

  actorId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The thread it links to.' })
  threadId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The message it links to (the latest, when gathered).' })
  messageId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The group it is about.' })
  groupId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The event it is about.' })
  eventId!: string | null;

  @Field({ description: 'When it was first made.' })
  createdAt!: Date;

  @Field({ description: 'When the latest thing gathered in it happened.' })
  updatedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When you read it; null while unread.' })
  readAt!: Date | null;
}

@ObjectType({ description: 'One notification in a list.' })
class NotificationEdge {
  @Field({ description: 'Opaque; pass it as `after` to read on from here.' })
  cursor!: string;

  @Field(() => NotificationType, { description: 'The notification.' })
  node!: Notification;
}

@ObjectType({ description: 'A page of notifications.' })
export class NotificationConnection {
  @Field(() => [NotificationEdge], { description: 'The notifications on this page.' })
  edges!: NotificationEdge[];

  @Field(() => PageInfo, { description: 'Whether there are more pages, and where this one starts and ends.' })
  pageInfo!: PageInfo;
}

@Resolver(() => NotificationType)
export class NotificationResolver {
  constructor(
    @Inject(NotificationService) private readonly centre: NotificationService,
    @Inject(NotificationPreferences) private readonly preferences: NotificationPreferences,
    @Inject(ProfileReader) private readonly profiles: ProfileReader,
    @Inject(PairingService) private readonly pairing: PairingService,
    @Inject(NotificationWording) private readonly wording: NotificationWording,
  ) {}

  @Query(() => NotificationConnection, { description: 'Your notifications, latest first.' })
  async notifications(
    @CurrentViewer() viewer: Viewer,
    @Args('first', FIRST_ARGUMENT) first: number | null,
    @Args('after', {
      type: () => String,
      nullable: true,
      description: 'A cursor from the last page: read on after it.',
    })
    after: string | null,
    @Args('unreadOnly', { defaultValue: false, description: 'true: only unread ones.' }) unreadOnly: boolean,
  ): Promise<NotificationConnection> {
    const page = await this.centre.list(viewer, { first, after, unreadOnly });
    return { edges: page.items, pageInfo: pageInfo(page) };
  }

  @Query(() => Int, { description: 'How many of your notifications are unread.' })
  unreadNotificationCount(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.centre.unreadCount(viewer);
  }

  @Mutation(() => Int, {
    description:
      'Marks these notifications read (at most 100), or all of them when ids is left out; answers how many.',
  })
  markNotificationsRead(
    @CurrentViewer() viewer: Viewer,
    @Args('ids', {
      type: () => [ID],
      nullable: true,
      description: 'Your notifications to mark, at most 100; left out: all.',
    })
    ids: string[] | null,
  ): Promise<number> {
    return this.centre.markRead(viewer, ids ?? null);
  }

  @Query(() => [NotificationPreference], {
    description:
      'How you hear of each kind (mentions and direct messages by e-mail at once unless you change it).',
  })
  notificationPreferences(@CurrentViewer() viewer: Viewer): Promise<KindChannel[]> {
    return this.preferences.of(viewer);
  }

  @Mutation(() => [NotificationPreference], { description: 'Answers every kind with its channel.' })
  updateNotificationPreferences(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The kinds to change.' }) input: UpdateNotificationPreferencesInput,
  ): Promise<KindChannel[]> {
    return this.preferences.update(viewer, input.preferences);
  }

  @ResolveField(() => String, {
    description:
      'What it says, in plain words: "Sam asked to join Carers network", "3 new replies to you in …".',
  })
  async summary(@Parent() notification: Notification, @Context() context: GraphqlContext): Promise<string> {
    return (await this.textOf(notification, context)).summary;
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'The words that go with it, as written: the opening of a message, an announcement, a reason.',
  })
  async excerpt(
    @Parent() notification: Notification,
    @Context() context: GraphqlContext,
  ): Promise<string | null> {
    return (await this.textOf(notification, context)).excerpt;
  }

  @ResolveField(() => String, {
    description: 'Where it leads: a path in the web app ("/groups/carers-network").',
  })
  async link(@Parent() notification: Notification, @Context() context: GraphqlContext): Promise<string> {
    return (await this.textOf(notification, context)).path;
  }

  @ResolveField(() => ID, { nullable: true, description: 'The pairing request it is about.' })
  pairingRequestId(@Parent() notification: Notification): string | null {
    return notification.pairingId;
  }

  private textOf(notification: Notification, context: GraphqlContext): Promise<NotificationText> {
    return perRequestValue(
      context.req,
      'notification-texts',
      () =>
        new DataLoader<string, NotificationText>(async (ids) => {
          const texts = await this.wording.of([...ids]);
          return ids.map((id) => texts.get(id) ?? new Error('That notification is gone.'));
        }),
    ).load(notification.id);
  }

  @ResolveField(() => MemberType, { nullable: true, description: 'Who did it (the latest, when gathered).' })
  actor(
    @Parent() notification: Notification,
    @Context() context: GraphqlContext,
  ): Promise<MemberView | null> {
    if (!notification.actorId) return Promise.resolve(null);
    return memberLoaders(context.req, context.req.viewer!, {
      profiles: this.profiles,
      pairing: this.pairing,
    }).member.load(notification.actorId);
  }
}
