import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Viewer } from '#libs/identity';
import { TaxonomyService } from '#libs/members';
import { CurrentViewer } from '../graphql/viewer.decorator.js';
import { CohortType, CreateCohortInput, CreateTopicInput, RegionType, TopicType } from './taxonomy.types.js';

@Resolver()
export class TaxonomyResolver {
  constructor(@Inject(TaxonomyService) private readonly taxonomy: TaxonomyService) {}

  @Query(() => [RegionType], { description: 'Every region, for profiles and filters.' })
  regions(): Promise<RegionType[]> {
    return this.taxonomy.regions();
  }

  @Query(() => [TopicType], { description: 'Every topic, for profiles and filters.' })
  topics(): Promise<TopicType[]> {
    return this.taxonomy.topics();
  }

  @Query(() => [CohortType], { description: 'Every cohort of the programme.' })
  cohorts(): Promise<CohortType[]> {
    return this.taxonomy.cohorts();
  }

  @Mutation(() => TopicType, { description: 'Admins only.' })
  createTopic(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The new topic.' }) input: CreateTopicInput,
  ): Promise<TopicType> {
    return this.taxonomy.createTopic(viewer, input);
  }

  @Mutation(() => TopicType, {
    description: 'Admins only. The slug stays, so filters and links keep working.',
  })
  renameTopic(
    @CurrentViewer() viewer: Viewer,
    @Args('slug', { description: 'The topic to rename.' }) slug: string,
    @Args('name', { description: 'Its new name.' }) name: string,
  ): Promise<TopicType> {
    return this.taxonomy.renameTopic(viewer, slug, name);
  }

  @Mutation(() => CohortType, { description: 'Admins only.' })
  createCohort(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The new cohort.' }) input: CreateCohortInput,
  ): Promise<CohortType> {
    return this.taxonomy.createCohort(viewer, input);
  }
}
