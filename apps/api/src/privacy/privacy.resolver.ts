import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Viewer } from '#libs/identity';
import { CONSENT_WORDING, ConsentKind, ProfileReader, type MemberView } from '#libs/members';
import { AccountErasure, Consents, DataExport } from '#libs/privacy';
import { CurrentViewer, type GraphqlContext } from '../graphql/viewer.decorator.js';
import { MemberType } from '../members/member.type.js';
import { ConsentType, JsonScalar } from './privacy.types.js';

/** The viewer's rights over their own data: export, erasure and consent. */
@Resolver(() => MemberType)
export class PrivacyResolver {
  constructor(
    @Inject(DataExport) private readonly exports: DataExport,
    @Inject(AccountErasure) private readonly erasure: AccountErasure,
    @Inject(Consents) private readonly consentRecords: Consents,
    @Inject(ProfileReader) private readonly profiles: ProfileReader,
  ) {}

  @Query(() => JsonScalar, {
    description:
      'Everything Confer holds about you, as one JSON document (format `confer-export/1`; see docs/PRIVACY.md). ' +
      'Other members appear by id only; secrets (password and token hashes, feed addresses, codes) are left out.',
  })
  exportMyData(@CurrentViewer() viewer: Viewer): Promise<Record<string, unknown>> {
    return this.exports.export(viewer);
  }

  @Mutation(() => Boolean, {
    description:
      'Deletes your account for good: your profile and personal details are erased, you are signed out everywhere ' +
      'and leave every group, pairing, event and list. Your messages stay, shown as by "Former member", so that ' +
      'conversations stay whole. BAD_USER_INPUT on `password` when it is not yours; CONFLICT while you are the ' +
      'last owner of a group with other members.',
  })
  async deleteMyAccount(
    @CurrentViewer() viewer: Viewer,
    @Args('password', { description: 'Your password, to confirm.' }) password: string,
  ): Promise<boolean> {
    await this.erasure.deleteMyAccount(viewer, password);
    return true;
  }

  @Mutation(() => MemberType, {
    description:
      'Withdraws a consent and erases what it covered (LIVED_EXPERIENCE: your lived experience is cleared and ' +
      'its audience goes back to private). Answers your profile.',
  })
  async withdrawConsent(
    @CurrentViewer() viewer: Viewer,
    @Args('kind', { type: () => ConsentKind, description: 'The consent to withdraw.' }) kind: ConsentKind,
  ): Promise<MemberView> {
    await this.consentRecords.withdraw(viewer, kind);
    return this.profiles.view(viewer, viewer.memberId);
  }

  @Query(() => String, {
    description: 'The words a member agrees to when giving this consent: show them beside the consent box.',
  })
  consentWording(
    @Args('kind', { type: () => ConsentKind, description: 'The consent.' }) kind: ConsentKind,
  ): string {
    return CONSENT_WORDING[kind];
  }

  @ResolveField(() => [ConsentType], {
    nullable: true,
    description:
      'The consents you gave, latest first, withdrawn ones included. Only for the member themselves.',
  })
  async consents(
    @Parent() member: MemberView,
    @Context() context: GraphqlContext,
  ): Promise<ConsentType[] | null> {
    if (context.req.viewer?.memberId !== member.id) return null;
    const rows = await this.consentRecords.list(member.id);
    return rows.map((row) => ({
      kind: row.kind as ConsentKind,
      wording: row.wording,
      givenAt: row.givenAt,
      withdrawnAt: row.withdrawnAt,
    }));
  }
}
