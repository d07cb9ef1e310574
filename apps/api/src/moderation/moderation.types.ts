import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ReportAction, ReportStatus, ReportSubject } from '#libs/moderation';
import { PageInfo } from '../graphql/connection.js';
import { JsonScalar } from '../privacy/privacy.types.js';

registerEnumType(ReportSubject, {
  name: 'ReportSubjectType',
  description: 'What kind of thing a report is about.',
  valuesMap: {
    MESSAGE: { description: 'A message in a thread.' },
    THREAD: { description: 'A thread.' },
    MEMBER: { description: 'A member (their profile or behaviour).' },
    EVENT: { description: 'An event.' },
    GROUP: { description: 'A group.' },
  },
});
registerEnumType(ReportStatus, {
  name: 'ReportStatus',
  description: 'Whether a report still needs handling.',
  valuesMap: {
    OPEN: { description: 'Waiting for a moderator or admin.' },
    RESOLVED: { description: 'Settled with an action.' },
  },
});
registerEnumType(ReportAction, {
  name: 'ReportAction',
  description:
    'DISMISS: nothing wrong. HIDE_CONTENT: the message, thread, event or group disappears for everyone but moderators. SUSPEND_MEMBER (admins): the author can no longer sign in.',
  valuesMap: {
    DISMISS: { description: 'Nothing wrong: nothing changes.' },
    HIDE_CONTENT: {
      description: 'The message, thread, event or group disappears for everyone but those who moderate it.',
    },
    SUSPEND_MEMBER: { description: 'Admins only: the member whose doing it is can no longer sign in.' },
  },
});

@InputType({ description: 'What you report, and why.' })
export class ReportInput {
  @Field(() => ReportSubject, { description: 'What kind of thing it is.' })
  subjectType!: ReportSubject;

  @Field(() => ID, { description: 'Its id; it must be something you can see.' })
  subjectId!: string;

  @Field({ description: 'What is wrong, in your words (up to 1,000 characters).' })
  reason!: string;
}

@ObjectType('Report', {
  description: "A member's report of something wrong; seen by its reporter and those who handle it.",
})
export class ReportType {
  @Field(() => ID, { description: "The report's identifier, for `resolveReport`." })
  id!: string;

  @Field(() => ReportSubject, { description: 'What kind of thing was reported.' })
  subjectType!: ReportSubject;

  @Field(() => ID, { description: 'The id of what was reported.' })
  subjectId!: string;

  @Field(() => ID, { nullable: true, description: 'The group whose moderators handle it; null: admins.' })
  groupId!: string | null;

  @Field({ description: "What is wrong, in the reporter's words." })
  reason!: string;

  @Field(() => ReportStatus, { description: 'Open or resolved.' })
  status!: ReportStatus;

  @Field(() => ReportAction, { nullable: true, description: 'What was done about it; null while open.' })
  action!: ReportAction | null;

  @Field(() => String, { nullable: true, description: 'The note of whoever resolved it; null when none.' })
  resolutionNote!: string | null;

  @Field({ description: 'When it was reported.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was resolved; null while open.' })
  resolvedAt!: Date | null;

  reporterId!: string | null;
  subjectMemberId!: string | null;
}

@ObjectType({ description: 'One report in a list.' })
export class ReportEdge {
  @Field({ description: 'Opaque; pass it as `after` to read on from here.' })
  cursor!: string;

  @Field(() => ReportType, { description: 'The report.' })
  node!: ReportType;
}

@ObjectType({ description: 'A page of reports.' })
export class ReportConnection {
  @Field(() => [ReportEdge], { description: 'The reports on this page.' })
  edges!: ReportEdge[];

  @Field(() => PageInfo, { description: 'Whether there are more pages, and where this one starts and ends.' })
  pageInfo!: PageInfo;
}

@ObjectType('AuditEntry', { description: 'One moderation or admin action, as recorded; for admins.' })
export class AuditEntryType {
  @Field(() => ID, { description: "The entry's identifier." })
  id!: string;

  @Field(() => ID, { nullable: true, description: 'Who did it.' })
  actorId!: string | null;

  @Field({ description: 'What was done, e.g. SUSPEND_MEMBER, RESOLVE_REPORT_HIDE_CONTENT.' })
  action!: string;

  @Field({ description: 'What kind of thing it was done to, e.g. MEMBER, GROUP, TOPIC.' })
  subjectType!: string;

  @Field(() => ID, { nullable: true, description: 'The id of what it was done to; null when not one thing.' })
  subjectId!: string | null;

  @Field(() => String, { nullable: true, description: 'Why, in their words.' })
  reason!: string | null;

  @Field(() => JsonScalar, {
    description:
      'What else was recorded, e.g. a topic’s slug and name (CREATE_TOPIC, RENAME_TOPIC: from, to), an invitation’s role.',
  })
  details!: Record<string, unknown>;

  @Field({ description: 'When it was done.' })
  createdAt!: Date;
}

@ObjectType({ description: 'One entry of the audit log.' })
export class AuditEntryEdge {
  @Field({ description: 'Opaque; pass it as `after` to read on from here.' })
  cursor!: string;

  @Field(() => AuditEntryType, { description: 'The entry.' })
  node!: AuditEntryType;
}

@ObjectType({ description: 'A page of the audit log.' })
export class AuditEntryConnection {
  @Field(() => [AuditEntryEdge], { description: 'The entries on this page.' })
  edges!: AuditEntryEdge[];

  @Field(() => PageInfo, { description: 'Whether there are more pages, and where this one starts and ends.' })
  pageInfo!: PageInfo;
}
