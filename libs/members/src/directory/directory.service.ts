import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { InputCheck } from '#libs/errors';
import type { Viewer } from '#libs/identity';
import { decodeCursor, encodeCursor, pageSize, type Page } from '#libs/pagination';
import { LeaderType } from '../profile/profile-enums.js';
import type { MemberView } from '../profile/member-view.js';
import { ProfileReader } from '../profile/profile-reader.service.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import {
  queryWords,
  textMatchParams,
  textMatchSql,
  type DirectoryCursor,
  type DirectoryFilter,
} from './directory-query.js';
import { tally, type ColumnFilter, type Tally } from './directory-facets.js';
import { compareNames, DirectorySnapshot } from './directory-snapshot.js';

export interface FacetCount {
  value: string;
  count: number;
}

export interface DirectoryPage extends Page<MemberView> {
  totalCount: number;
  facets: { regions: FacetCount[]; topics: FacetCount[]; leaderTypes: FacetCount[] };
}

const isCursor = (value: Record<string, unknown>): value is DirectoryCursor =>
  typeof value.r === 'number' && typeof value.k === 'string' && typeof value.id === 'string';

/**
 * Finds peers: free text and filters over what every member may see, with facets. The text half runs in
 * PostgreSQL (full-text and trigram indexes); filters, facets, ordering and paging run over the directory
 * snapshot's columns in this process.
 */
@Injectable()
export class DirectoryService {
  private readonly snapshot: DirectorySnapshot;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(TaxonomyService) private readonly taxonomy: TaxonomyService,
    @Inject(ProfileReader) private readonly profiles: ProfileReader,
  ) {
    this.snapshot = new DirectorySnapshot(dataSource);
  }

  /** The SQL statement of the text half (what benchmarks EXPLAIN); undefined without text. */
  textStatement(filter: DirectoryFilter): { sql: string; params: unknown[] } | undefined {
    const text = filter.text?.trim() ?? '';
    const words = queryWords(text);
    return words.length
      ? { sql: textMatchSql(words.length), params: textMatchParams(text, words) }
      : undefined;
  }

  async search(
    viewer: Viewer,
    filter: DirectoryFilter,
    first?: number | null,
    after?: string | null,
  ): Promise<DirectoryPage> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, isCursor);
    const columnFilter = await this.validate(filter);
    const text = this.textStatement(filter);
    const [columns, ranks] = await Promise.all([
      this.snapshot.columns(),
      text ? this.textMatches(text) : undefined,
    ]);

    let ordered: number[];
    let rankOf: (position: number) => number = () => 0;
    let tallied: Tally;
    if (ranks) {
      const candidates = new Map<number, number>();
      for (const [id, rank] of ranks) {
        const position = columns.position.get(id);
        if (position !== undefined) candidates.set(position, rank);
      }
      tallied = tally(columns, columnFilter, candidates.keys());
      rankOf = (position) => candidates.get(position)!;
      ordered = tallied.matches.sort((a, b) => rankOf(b) - rankOf(a) || a - b);
    } else {
      tallied = tally(columns, columnFilter);
      ordered = tallied.matches; // visited in name order
    }

    const isAfter = (position: number): boolean => {
      if (!cursor) return true;
      const rank = rankOf(position);
      if (ranks && rank !== cursor.r) return rank < cursor.r;
      return compareNames(columns.nameKeys[position], columns.ids[position], cursor.k, cursor.id) > 0;
    };
    const start = cursor ? firstIndex(ordered, isAfter) : 0;
    const pagePositions = ordered.slice(start, start + size);
    const views = new Map(
      (
        await this.profiles.viewMany(
          viewer,
          pagePositions.map((p) => columns.ids[p]),
        )
      ).map((v) => [v.id, v]),
    );
    const { topicsById } = await this.taxonomy.lookup();
    const facet = (entries: Iterable<[string, number]>): FacetCount[] =>
      [...entries]
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    return {
      items: pagePositions.flatMap((position) => {
        const node = views.get(columns.ids[position]);
        const cursorAt = { r: rankOf(position), k: columns.nameKeys[position], id: columns.ids[position] };
        return node ? [{ cursor: encodeCursor(cursorAt), node }] : [];
      }),
      hasNextPage: start + size < ordered.length,
      hasPreviousPage: start > 0,
      totalCount: tallied.total,
      facets: {
        regions: facet(tallied.regions),
        topics: facet(
          [...tallied.topics].flatMap(([id, n]): Array<[string, number]> => {
            const topic = topicsById.get(id);
            return topic ? [[topic.slug, n]] : [];
          }),
        ),
        leaderTypes: facet(tallied.leaderTypes),
      },
    };
  }

  private async validate(filter: DirectoryFilter): Promise<ColumnFilter> {
    new InputCheck()
      .require((filter.text?.trim() ?? '').length <= 200, 'text', 'Search for at most 200 characters.')
      .require(
        (filter.leaderTypes ?? []).every((t) => Object.values(LeaderType).includes(t)),
        'leaderTypes',
        'Unknown leader type.',
      )
      .throwIfInvalid();
    const topicIds = filter.topics?.length ? await this.taxonomy.topicIds(filter.topics, 'topics') : null;
    if (filter.regions?.length) await this.taxonomy.assertRegions(filter.regions, 'regions');
    if (filter.cohortIds?.length) await this.taxonomy.assertCohorts(filter.cohortIds, 'cohortIds');
    return {
      regions: filter.regions?.length ? filter.regions : null,
      topicIds,
      leaderTypes: filter.leaderTypes?.length ? filter.leaderTypes : null,
      cohortIds: filter.cohortIds?.length ? filter.cohortIds : null,
      openToPairing: filter.openToPairing ?? null,
    };
  }

  private async textMatches(statement: { sql: string; params: unknown[] }): Promise<Array<[string, number]>> {
    const [row] = await this.dataSource.query<Array<{ matches: string }>>(statement.sql, statement.params);
    if (!row?.matches) return [];
    return row.matches.split(',').map((pair) => {
      const space = pair.indexOf(' ');
      return [pair.slice(0, space), Number(pair.slice(space + 1))];
    });
  }
}

/** The first index whose element satisfies `test`, in a list ordered so that `test` is false then true. */
function firstIndex(list: number[], test: (value: number) => boolean): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (test(list[middle])) high = middle;
    else low = middle + 1;
  }
  return low;
}
