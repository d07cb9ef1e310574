import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ReportAction, ReportStatus, ReportSubject } from '#libs/moderation';
import { PageInfo } from '../graphql/connection.js';
import { JsonScalar } from '../privacy/privacy.types.js';

registerEnumType(ReportSubject, { name: 'ReportSubjectType' });
registerEnumType(ReportStatus, { name: 'ReportStatus' });
registerEnumType(ReportAction, {
  name: 'ReportAction',
  description:
    'DISMISS: nothing wrong. HIDE_CONTENT: the message, thread, event or group disappears for everyone but moderators. SUSPEND_MEMBER (admins): the author can no longer sign in.',
});

@InputType()
export class ReportInput {
  @Field(() => ReportSubject)
  subjectType!: ReportSubject;

  @Field(() => ID)
  subjectId!: string;

  @Field({ description: 'What is wrong, in your words (up to 1,000 characters).' })
  reason!: string;
}

@ObjectType('Report')
export class ReportType {
  @Field(() => ID)
  id!: string;

  @Field(() => ReportSubject)
  subjectType!: ReportSubject;

  @Field(() => ID)
  subjectId!: string;

  @Field(() => ID, { nullable: true, description: 'The group whose moderators handle it; null: admins.' })
  groupId!: string | null;

  @Field()
  reason!: string;

  @Field(() => ReportStatus)
  status!: ReportStatus;

  @Field(() => ReportAction, { nullable: true })
  action!: ReportAction | null;

  @Field(() => String, { nullable: true })
  resolutionNote!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  resolvedAt!: Date | null;

  reporterId!: string | null;
  subjectMemberId!: string | null;
}

@ObjectType()
export class ReportEdge {
  @Field()
  cursor!: string;

  @Field(() => ReportType)
  node!: ReportType;
}

@ObjectType()
export class ReportConnection {
  @Field(() => [ReportEdge])
  edges!: ReportEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType('AuditEntry')
export class AuditEntryType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true, description: 'Who did it.' })
  actorId!: string | null;

  @Field({ description: 'What was done, e.g. SUSPEND_MEMBER, RESOLVE_REPORT_HIDE_CONTENT.' })
  action!: string;

  @Field()
  subjectType!: string;

  @Field(() => ID, { nullable: true })
  subjectId!: string | null;

  @Field(() => String, { nullable: true, description: 'Why, in their words.' })
  reason!: string | null;

  @Field(() => JsonScalar, {
    description:
      'What else was recorded, e.g. a topic’s slug and name (CREATE_TOPIC, RENAME_TOPIC: from, to), an invitation’s role.',
  })
  details!: Record<string, unknown>;

  @Field()
  createdAt!: Date;
}

@ObjectType()
export class AuditEntryEdge {
  @Field()
  cursor!: string;

  @Field(() => AuditEntryType)
  node!: AuditEntryType;
}

@ObjectType()
export class AuditEntryConnection {
  @Field(() => [AuditEntryEdge])
  edges!: AuditEntryEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
