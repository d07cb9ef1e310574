import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuditLog } from '#libs/audit';
import { ForbiddenError } from '#libs/errors';
import { identityPolicy, type Viewer } from '#libs/identity';
import { PairingService, ProfileReader, type MemberView } from '#libs/members';
import {
  ReportAction,
  ReportService,
  ReportStatus,
  ReportSubject,
  SuspensionService,
  type Report,
} from '#libs/moderation';
import { FIRST_ARGUMENT, pageInfo } from '../graphql/connection.js';
import { CurrentViewer, type GraphqlContext } from '../graphql/viewer.decorator.js';
import { memberLoaders } from '../members/member.loaders.js';
import { MemberType } from '../members/member.type.js';
import { AuditEntryConnection, ReportConnection, ReportInput, ReportType } from './moderation.types.js';

@Resolver(() => ReportType)
export class ModerationResolver {
  constructor(
    @Inject(ReportService) private readonly reportService: ReportService,
    @Inject(SuspensionService) private readonly suspensions: SuspensionService,
    @Inject(AuditLog) private readonly audit: AuditLog,
    @Inject(ProfileReader) private readonly profiles: ProfileReader,
    @Inject(PairingService) private readonly pairing: PairingService,
  ) {}

  @Mutation(() => ReportType, {
    description:
      'Reports a message, thread, member, event or group to its moderators (a group’s content) or the admins. ' +
      'Reporting the same thing again while it is open answers the first report.',
  })
  report(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'What you report, and why.' }) input: ReportInput,
  ): Promise<Report> {
    return this.reportService.report(viewer, input);
  }

  @Query(() => ReportConnection, {
    description: 'The reports you handle, latest first: your groups’ (moderators), or all (admins).',
  })
  async reports(
    @CurrentViewer() viewer: Viewer,
    @Args('status', {
      type: () => ReportStatus,
      nullable: true,
      description: 'Only reports in this state; left out: all.',
    })
    status: ReportStatus | null,
    @Args('first', FIRST_ARGUMENT) first: number | null,
    @Args('after', {
      type: () => String,
      nullable: true,
      description: 'A cursor from the last page: read on after it.',
    })
    after: string | null,
  ): Promise<ReportConnection> {
    const page = await this.reportService.list(viewer, { status, first, after });
    return { edges: page.items, pageInfo: pageInfo(page) };
  }

  @Mutation(() => ReportType, {
    description: 'Settles this report and every open report of the same thing; recorded in the audit log.',
  })
  resolveReport(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID, description: 'The report.' }) id: string,
    @Args('action', { type: () => ReportAction, description: 'What to do about it.' }) action: ReportAction,
    @Args('note', { type: () => String, nullable: true, description: 'Why, at most 1000 characters.' })
    note: string | null,
  ): Promise<Report> {
    return this.reportService.resolve(viewer, id, action, note);
  }

  @Mutation(() => Boolean, {
    description: 'Shows content hidden by a moderator again (undo of HIDE_CONTENT).',
  })
  restoreContent(
    @CurrentViewer() viewer: Viewer,
    @Args('subjectType', { type: () => ReportSubject, description: 'What kind of thing it is.' })
    subjectType: ReportSubject,
    @Args('subjectId', { type: () => ID, description: 'Its id.' }) subjectId: string,
    @Args('note', { type: () => String, nullable: true, description: 'Why, at most 1000 characters.' })
    note: string | null,
  ): Promise<boolean> {
    return this.reportService.restore(viewer, subjectType, subjectId, note);
  }

  @Mutation(() => Boolean, {
    description:
      'Admins: the member’s sessions end, their sockets close and they cannot sign in; their content stays.',
  })
  async suspendMember(
    @CurrentViewer() viewer: Viewer,
    @Args('memberId', { type: () => ID, description: 'The member.' }) memberId: string,
    @Args('reason', { description: 'Why, for the audit log; 1 to 1000 characters.' }) reason: string,
  ): Promise<boolean> {
    await this.suspensions.suspend(viewer, memberId, reason);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Admins: lifts a suspension.' })
  async reinstateMember(
    @CurrentViewer() viewer: Viewer,
    @Args('memberId', { type: () => ID, description: 'The member.' }) memberId: string,
    @Args('reason', { description: 'Why, for the audit log; 1 to 1000 characters.' }) reason: string,
  ): Promise<boolean> {
    await this.suspensions.reinstate(viewer, memberId, reason);
    return true;
  }

  @Query(() => AuditEntryConnection, {
    description: 'Admins: every moderation and admin action, latest first.',
  })
  async auditLog(
    @CurrentViewer() viewer: Viewer,
    @Args('first', FIRST_ARGUMENT) first: number | null,
    @Args('after', {
      type: () => String,
      nullable: true,
      description: 'A cursor from the last page: read on after it.',
    })
    after: string | null,
  ): Promise<AuditEntryConnection> {
    if (!identityPolicy.mayReadAuditLog(viewer))
      throw new ForbiddenError('Only admins can read the audit log.');
    const page = await this.audit.list({ first, after });
    return { edges: page.items, pageInfo: pageInfo(page) };
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'What was reported, as it was written (a message’s text even when hidden), for those handling it.',
  })
  content(@Parent() report: Report): Promise<string | null> {
    return this.reportService.contentOf(report);
  }

  @ResolveField(() => MemberType, { nullable: true, description: 'Who reported it.' })
  reporter(@Parent() report: Report, @Context() context: GraphqlContext): Promise<MemberView | null> {
    return this.member(context, report.reporterId);
  }

  @ResolveField(() => MemberType, {
    nullable: true,
    description: 'Whose doing it is (or the member reported).',
  })
  subjectMember(@Parent() report: Report, @Context() context: GraphqlContext): Promise<MemberView | null> {
    return this.member(context, report.subjectMemberId);
  }

  private member(context: GraphqlContext, id: string | null): Promise<MemberView | null> {
    if (!id) return Promise.resolve(null);
    return memberLoaders(context.req, context.req.viewer!, {
      profiles: this.profiles,
      pairing: this.pairing,
    }).member.load(id);
  }
}
