import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../graphql/connection.js';

@ObjectType({ description: "One emoji's reactions to a message." })
export class Reaction {
  @Field({ description: 'The emoji, e.g. 👍.' })
  emoji!: string;

  @Field(() => Int, { description: 'How many members reacted with it.' })
  count!: number;

  @Field({ description: 'Whether you are one of them.' })
  viewerReacted!: boolean;
}

@ObjectType('MessagePermissions', {
  description: 'What you may do with a message: what to offer beside it.',
})
export class MessagePermissionsType {
  @Field({ description: 'Edit it (editMessage): its author, until it is deleted.' })
  edit!: boolean;

  @Field({
    description: 'Delete it (deleteMessage): its author or the thread’s moderators, until it is deleted.',
  })
  delete!: boolean;

  @Field({ description: 'React to it (toggleReaction), until it is deleted.' })
  react!: boolean;

  @Field({ description: 'Report it to the moderators: someone else’s message, until it is deleted.' })
  report!: boolean;

  @Field({ description: 'Moderate it: delete it, and hide it through its reports.' })
  moderate!: boolean;
}

@ObjectType('ThreadPermissions', {
  description: 'What you may do in a thread, as the group policy (or the conversation) answers it.',
})
export class ThreadPermissionsType {
  @Field({ description: 'Read it.' })
  read!: boolean;

  @Field({
    description:
      'Write in it and reply (postMessage): false when it is locked (unless you moderate it), when you are not ' +
      'an active member of its group, or when the other person of a conversation is gone or blocked.',
  })
  post!: boolean;

  @Field({ description: 'Moderate it: pin and lock it (pinThread, lockThread), delete others’ messages.' })
  moderate!: boolean;

  @Field({ description: 'Report it to the moderators.' })
  report!: boolean;
}

@ObjectType('Message', {
  description:
    'Markdown source as written; `seq` increases within a thread in the order messages were stored.',
})
export class MessageType {
  @Field(() => ID, { description: "The message's stable identifier." })
  id!: string;

  @Field(() => Int, { description: 'Its place in the thread: increases in the order messages were stored.' })
  seq!: number;

  threadId!: string;
  authorId!: string | null;
  parentId!: string | null;
  deletedAt!: Date | null;

  @Field({ description: 'Empty once deleted.' })
  body!: string;

  @Field({ description: 'When it was posted.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was last edited; null if never.' })
  editedAt!: Date | null;
}

@ObjectType('Thread', {
  description: 'A conversation: a group thread, or a direct conversation between two members.',
})
export class ThreadType {
  @Field(() => ID, { description: "The thread's stable identifier." })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Null for a direct conversation.' })
  title!: string | null;

  groupId!: string | null;
  authorId!: string | null;
  kind!: string;

  @Field({ description: 'When it was started.' })
  createdAt!: Date;

  @Field({ description: 'When a message was last posted in it.' })
  lastActivityAt!: Date;

  @Field(() => Int, { description: 'How many messages it holds.' })
  messageCount!: number;

  @Field({ description: 'Pinned by an owner or moderator of its group.' })
  pinned!: boolean;

  @Field({ description: 'Locked by an owner or moderator of its group: only they may post.' })
  locked!: boolean;
}

@ObjectType({ description: "One message in a thread's history." })
export class MessageEdge {
  @Field({ description: 'Opaque; pass it as `after` or `before` to read on from here.' })
  cursor!: string;

  @Field(() => MessageType, { description: 'The message.' })
  node!: MessageType;
}

@ObjectType({ description: "A page of a thread's messages, in seq order." })
export class MessageConnection {
  @Field(() => [MessageEdge], { description: 'The messages on this page.' })
  edges!: MessageEdge[];

  @Field(() => PageInfo, { description: 'Whether there are more pages, and where this one starts and ends.' })
  pageInfo!: PageInfo;
}

@ObjectType({ description: 'One thread in a list.' })
export class ThreadEdge {
  @Field({ description: 'Opaque; pass it as `after` to read on from here.' })
  cursor!: string;

  @Field(() => ThreadType, { description: 'The thread.' })
  node!: ThreadType;
}

@ObjectType({ description: 'A page of threads.' })
export class ThreadConnection {
  @Field(() => [ThreadEdge], { description: 'The threads on this page.' })
  edges!: ThreadEdge[];

  @Field(() => PageInfo, { description: 'Whether there are more pages, and where this one starts and ends.' })
  pageInfo!: PageInfo;
}

@InputType({ description: 'A new group thread with its first message.' })
export class CreateThreadInput {
  @Field(() => ID, { description: 'A group you may post in.' })
  groupId!: string;

  @Field({ description: 'One line, 1 to 200 characters.' })
  title!: string;

  @Field({ description: 'The first message (Markdown), 1 to 10,000 characters.' })
  body!: string;
}

@InputType({ description: 'A new message in a thread.' })
export class PostMessageInput {
  @Field(() => ID, { description: 'A thread you may post in.' })
  threadId!: string;

  @Field({ description: 'Markdown, 1 to 10,000 characters.' })
  body!: string;

  @Field(() => ID, { nullable: true, description: 'The message of the same thread this one replies to.' })
  parentId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Your id for this send: a retry with the same one returns the first message.',
  })
  clientId?: string | null;
}
