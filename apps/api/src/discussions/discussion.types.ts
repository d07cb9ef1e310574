import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../graphql/connection.js';

@ObjectType()
export class Reaction {
  @Field()
  emoji!: string;

  @Field(() => Int)
  count!: number;

  @Field()
  viewerReacted!: boolean;
}

@ObjectType('Message', {
  description:
    'Markdown source as written; `seq` increases within a thread in the order messages were stored.',
})
export class MessageType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  seq!: number;

  threadId!: string;
  authorId!: string | null;
  parentId!: string | null;
  deletedAt!: Date | null;

  @Field({ description: 'Empty once deleted.' })
  body!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  editedAt!: Date | null;
}

@ObjectType('Thread')
export class ThreadType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'Null for a direct conversation.' })
  title!: string | null;

  groupId!: string | null;
  authorId!: string | null;
  kind!: string;

  @Field()
  createdAt!: Date;

  @Field()
  lastActivityAt!: Date;

  @Field(() => Int)
  messageCount!: number;

  @Field()
  pinned!: boolean;

  @Field()
  locked!: boolean;
}

@ObjectType()
export class MessageEdge {
  @Field()
  cursor!: string;

  @Field(() => MessageType)
  node!: MessageType;
}

@ObjectType()
export class MessageConnection {
  @Field(() => [MessageEdge])
  edges!: MessageEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType()
export class ThreadEdge {
  @Field()
  cursor!: string;

  @Field(() => ThreadType)
  node!: ThreadType;
}

@ObjectType()
export class ThreadConnection {
  @Field(() => [ThreadEdge])
  edges!: ThreadEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@InputType()
export class CreateThreadInput {
  @Field(() => ID)
  groupId!: string;

  @Field()
  title!: string;

  @Field({ description: 'The first message (Markdown).' })
  body!: string;
}

@InputType()
export class PostMessageInput {
  @Field(() => ID)
  threadId!: string;

  @Field()
  body!: string;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Your id for this send: a retry with the same one returns the first message.',
  })
  clientId?: string | null;
}
