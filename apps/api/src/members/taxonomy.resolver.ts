import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Viewer } from '#libs/identity';
import { TaxonomyService } from '#libs/members';
import { CurrentViewer } from '../graphql/viewer.decorator.js';
import { CohortType, CreateCohortInput, CreateTopicInput, RegionType, TopicType } from './taxonomy.types.js';

@Resolver()
export class TaxonomyResolver {
  constructor(@Inject(TaxonomyService) private readonly taxonomy: TaxonomyService) {}

  @Query(() => [RegionType])
  regions(): Promise<RegionType[]> {
    return this.taxonomy.regions();
  }

  @Query(() => [TopicType])
  topics(): Promise<TopicType[]> {
    return this.taxonomy.topics();
  }

  @Query(() => [CohortType])
  cohorts(): Promise<CohortType[]> {
    return this.taxonomy.cohorts();
  }

  @Mutation(() => TopicType, { description: 'Admins only.' })
  createTopic(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateTopicInput): Promise<TopicType> {
    return this.taxonomy.createTopic(viewer, input);
  }

  @Mutation(() => TopicType, {
    description: 'Admins only. The slug stays, so filters and links keep working.',
  })
  renameTopic(
    @CurrentViewer() viewer: Viewer,
    @Args('slug') slug: string,
    @Args('name') name: string,
  ): Promise<TopicType> {
    return this.taxonomy.renameTopic(viewer, slug, name);
  }

  @Mutation(() => CohortType, { description: 'Admins only.' })
  createCohort(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateCohortInput,
  ): Promise<CohortType> {
    return this.taxonomy.createCohort(viewer, input);
  }
}
