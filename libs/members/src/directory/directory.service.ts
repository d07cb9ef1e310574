import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { InputCheck } from '#libs/errors';
import type { Viewer } from '#libs/identity';
import { decodeCursor, encodeCursor, pageSize, type Page } from '#libs/pagination';
import { LeaderType } from '../profile/profile-enums.js';
import type { MemberView } from '../profile/member-view.js';
import { ProfileReader } from '../profile/profile-reader.service.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { directorySql, queryWords, type DirectoryCursor, type DirectoryFilter } from './directory-query.js';

export interface FacetCount {
  value: string;
  count: number;
}

export interface DirectoryPage extends Page<MemberView> {
  totalCount: number;
  facets: { regions: FacetCount[]; topics: FacetCount[]; leaderTypes: FacetCount[] };
}

interface DirectoryRow {
  total: number;
  page: Array<[string, number, string]>;
  regions: Array<[string, number]>;
  topics: Array<[number, number]>;
  leaders: Array<[string, number]>;
}

const isCursor = (value: Record<string, unknown>): value is DirectoryCursor =>
  typeof value.r === 'number' && typeof value.k === 'string' && typeof value.id === 'string';

/** Finds peers: free text and filters over what every member may see, with facets. */
@Injectable()
export class DirectoryService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(TaxonomyService) private readonly taxonomy: TaxonomyService,
    @Inject(ProfileReader) private readonly profiles: ProfileReader,
  ) {}

  /** The one SQL statement behind a directory page (also what benchmarks EXPLAIN). */
  async statement(
    filter: DirectoryFilter,
    size: number,
    cursor?: DirectoryCursor,
  ): Promise<{ sql: string; params: unknown[] }> {
    const text = filter.text?.trim() ?? '';
    new InputCheck()
      .require(text.length <= 200, 'text', 'Search for at most 200 characters.')
      .require(
        (filter.leaderTypes ?? []).every((t) => Object.values(LeaderType).includes(t)),
        'leaderTypes',
        'Unknown leader type.',
      )
      .throwIfInvalid();
    const words = queryWords(text);
    const topicIds = filter.topics?.length ? await this.taxonomy.topicIds(filter.topics, 'topics') : null;
    if (filter.regions?.length) await this.taxonomy.assertRegions(filter.regions, 'regions');
    if (filter.cohortIds?.length) await this.taxonomy.assertCohorts(filter.cohortIds, 'cohortIds');
    const params = [
      text,
      words.map((word, i) => (i === words.length - 1 ? `${word}:*` : word)).join(' & ') || 'x',
      words.join(' '),
      filter.regions?.length ? filter.regions : null,
      topicIds,
      filter.leaderTypes?.length ? filter.leaderTypes : null,
      filter.cohortIds?.length ? filter.cohortIds : null,
      filter.openToPairing ?? null,
      size + 1,
      cursor && words.length ? cursor.r : null,
      cursor?.k ?? null,
      cursor?.id ?? null,
      ...words,
    ];
    return { sql: directorySql(words.length), params };
  }

  async search(
    viewer: Viewer,
    filter: DirectoryFilter,
    first?: number | null,
    after?: string | null,
  ): Promise<DirectoryPage> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, isCursor);
    const { sql, params } = await this.statement(filter, size, cursor);
    const [row] = (await this.dataSource.query(sql, params)) as DirectoryRow[];
    const result = row!;

    const pageRows = result.page.slice(0, size);
    const views = new Map(
      (
        await this.profiles.viewMany(
          viewer,
          pageRows.map(([id]) => id),
        )
      ).map((v) => [v.id, v]),
    );
    const { topicsById } = await this.taxonomy.lookup();
    const facet = (entries: Array<[string, number]>): FacetCount[] =>
      entries
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    return {
      items: pageRows.flatMap(([id, r, k]) => {
        const node = views.get(id);
        return node ? [{ cursor: encodeCursor({ r, k, id }), node }] : [];
      }),
      hasNextPage: result.page.length > size,
      hasPreviousPage: cursor !== undefined,
      totalCount: result.total,
      facets: {
        regions: facet(result.regions),
        topics: facet(
          result.topics.flatMap(([id, n]) =>
            topicsById.has(id) ? [[topicsById.get(id)!.slug, n] as [string, number]] : [],
          ),
        ),
        leaderTypes: facet(result.leaders),
      },
    };
  }
}
