import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Viewer } from '#libs/identity';
import {
  PairingService,
  ProfileField,
  ProfileReader,
  ProfileWriter,
  TaxonomyService,
  withDefaultVisibility,
  type MemberView,
} from '#libs/members';
import { CurrentViewer, type GraphqlContext } from '../graphql/viewer.decorator.js';
import { memberLoaders } from './member.loaders.js';
import { FieldVisibilitySetting, MemberType, UpdateProfileInput } from './member.type.js';
import { CohortType, RegionType, TopicType } from './taxonomy.types.js';

@Resolver(() => MemberType)
export class MemberResolver {
  constructor(
    @Inject(ProfileReader) private readonly profiles: ProfileReader,
    @Inject(ProfileWriter) private readonly writer: ProfileWriter,
    @Inject(PairingService) private readonly pairing: PairingService,
    @Inject(TaxonomyService) private readonly taxonomy: TaxonomyService,
  ) {}

  @Query(() => MemberType, { description: 'The signed-in member, with every field.' })
  me(@CurrentViewer() viewer: Viewer): Promise<MemberView> {
    return this.profiles.view(viewer, viewer.memberId);
  }

  @Query(() => MemberType, {
    description: 'NOT_FOUND when the member does not exist or you may not see them.',
  })
  member(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID, description: "The member's id." }) id: string,
  ): Promise<MemberView> {
    return this.profiles.view(viewer, id);
  }

  @Mutation(() => MemberType, { description: 'Changes your own profile; returns it as you see it.' })
  async updateProfile(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The fields to change.' }) input: UpdateProfileInput,
  ): Promise<MemberView> {
    await this.writer.updateProfile(viewer, input);
    return this.profiles.view(viewer, viewer.memberId);
  }

  @ResolveField(() => RegionType, {
    nullable: true,
    description: 'Null when not given or not visible to you.',
  })
  async region(@Parent() member: MemberView): Promise<RegionType | null> {
    if (!member.regionCode) return null;
    return (await this.taxonomy.lookup()).regionsByCode.get(member.regionCode) ?? null;
  }

  @ResolveField(() => [TopicType], {
    nullable: true,
    description: 'Null when the member keeps their topics from you.',
  })
  async topics(@Parent() member: MemberView): Promise<TopicType[] | null> {
    if (!member.topicIds) return null;
    const { topicsById } = await this.taxonomy.lookup();
    return member.topicIds.flatMap((id) => topicsById.get(id) ?? []);
  }

  @ResolveField(() => CohortType, {
    nullable: true,
    description: 'The programme cohort they graduated with. Null when not given or not visible to you.',
  })
  async cohort(@Parent() member: MemberView): Promise<CohortType | null> {
    if (!member.cohortId) return null;
    return (await this.taxonomy.lookup()).cohortsById.get(member.cohortId) ?? null;
  }

  @ResolveField(() => [FieldVisibilitySetting], {
    nullable: true,
    description: 'Who sees each field. Only for the member themselves.',
  })
  visibility(@Parent() member: MemberView): FieldVisibilitySetting[] | null {
    if (!member.visibility) return null;
    const settings = withDefaultVisibility(member.visibility);
    return Object.values(ProfileField).map((field) => ({ field, visibility: settings[field] }));
  }

  @ResolveField(() => [MemberType], { description: 'Their collaborative pairs (accepted pairing requests).' })
  async pairedWith(@Parent() member: MemberView, @Context() context: GraphqlContext): Promise<MemberView[]> {
    const viewer = context.req.viewer;
    if (!viewer) return [];
    const loaders = memberLoaders(context.req, viewer, { profiles: this.profiles, pairing: this.pairing });
    const partners = await loaders.pairedWith.load(member.id);
    const views = await loaders.member.loadMany(partners);
    return views.filter((view): view is MemberView => view !== null && !(view instanceof Error));
  }
}
