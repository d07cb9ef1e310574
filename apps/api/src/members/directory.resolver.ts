import { Inject } from '@nestjs/common';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import type { Viewer } from '#libs/identity';
import { DirectoryService, SuggestionsService } from '#libs/members';
import { FIRST_ARGUMENT, pageInfo } from '../graphql/connection.js';
import { CurrentViewer } from '../graphql/viewer.decorator.js';
import { MemberConnection, MemberFilter, PeerSuggestion } from './directory.types.js';

@Resolver()
export class DirectoryResolver {
  constructor(
    @Inject(DirectoryService) private readonly directory: DirectoryService,
    @Inject(SuggestionsService) private readonly suggestions: SuggestionsService,
  ) {}

  @Query(() => MemberConnection, {
    description: 'The directory: relevance order with text, name order without. Only listed, active members.',
  })
  async members(
    @CurrentViewer() viewer: Viewer,
    @Args('filter', {
      type: () => MemberFilter,
      nullable: true,
      description: 'Left out: every listed member.',
    })
    filter: MemberFilter | null,
    @Args('first', FIRST_ARGUMENT) first: number | null,
    @Args('after', {
      type: () => String,
      nullable: true,
      description: 'A cursor from the last page: read on after it.',
    })
    after: string | null,
  ): Promise<MemberConnection> {
    const page = await this.directory.search(viewer, filter ?? {}, first, after);
    return { edges: page.items, pageInfo: pageInfo(page), totalCount: page.totalCount, facets: page.facets };
  }

  @Query(() => [PeerSuggestion], {
    description: 'Members you might pair with, best first, each with its reasons.',
  })
  suggestedPeers(
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 10, description: 'How many, 1 to 50.' })
    first: number,
  ): Promise<PeerSuggestion[]> {
    return this.suggestions.suggestedPeers(viewer, first);
  }
}
