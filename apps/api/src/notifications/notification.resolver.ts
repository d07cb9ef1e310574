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

registerEnumType(NotificationKind, { name: 'NotificationKind' });
registerEnumType(NotificationChannel, {
  name: 'NotificationChannel',
  description:
    'IN_APP: in Confer only; EMAIL_NOW: also by e-mail at once; DAILY_DIGEST: also in a daily e-mail; OFF.',
});

@ObjectType()
export class NotificationPreference {
  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field(() => NotificationChannel)
  channel!: NotificationChannel;
}

@InputType()
export class NotificationPreferenceInput {
  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field(() => NotificationChannel)
  channel!: NotificationChannel;
}

@InputType()
export class UpdateNotificationPreferencesInput {
  @Field(() => [NotificationPreferenceInput], { description: 'The kinds to change; the others keep theirs.' })
  preferences!: NotificationPreferenceInput[];
}

@ObjectType('Notification', {
  description:
    'Something you are told about. Notifications of one kind about one thread gather while unread: `count` says how many.',
})
export class NotificationType {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field(() => Int)
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

  @Field()
  createdAt!: Date;

  @Field({ description: 'When the latest thing gathered in it happened.' })
  updatedAt!: Date;

  @Field(() => Date, { nullable: true })
  readAt!: Date | null;
}

@ObjectType()
class NotificationEdge {
  @Field()
  cursor!: string;

  @Field(() => NotificationType)
  node!: Notification;
}

@ObjectType()
export class NotificationConnection {
  @Field(() => [NotificationEdge])
  edges!: NotificationEdge[];

  @Field(() => PageInfo)
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
    @Args('unreadOnly', { defaultValue: false }) unreadOnly: boolean,
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
    @Args('ids', { type: () => [ID], nullable: true }) ids: string[] | null,
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
    @Args('input') input: UpdateNotificationPreferencesInput,
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
