import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { InputCheck } from '#libs/errors';
import { MemberRole, type Viewer } from '#libs/identity';
import { decodeCursor, encodeCursor, pageSize, type Page } from '#libs/pagination';
import { LeaderType } from '../profile/profile-enums.js';
import type { MemberView } from '../profile/member-view.js';
import { ProfileReader } from '../profile/profile-reader.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import type { DirectoryCursor, DirectoryFilter } from './directory-query.js';
import { clearBit, intersection, type Bitset } from './bitset.js';
import { positionOf, type DirectoryColumns } from './directory-columns.js';
import { tally, type ColumnFilter } from './directory-facets.js';
import { pageOf, type RankedSet } from './directory-page.js';
import { DirectorySnapshot } from './directory-snapshot.js';
import { DirectoryText, type TextStatements } from './directory-text.js';

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
 * PostgreSQL (full-text and trigram indexes over the narrow search tables) and answers which members match
 * and how (the match class); filters, facets, ordering and paging run over the directory snapshot's bitsets
 * in this process.
 */
@Injectable()
export class DirectoryService {
  private readonly snapshot: DirectorySnapshot;
  private readonly text: DirectoryText;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(TaxonomyService) private readonly taxonomy: TaxonomyService,
    @Inject(ProfileReader) private readonly profiles: ProfileReader,
  ) {
    this.snapshot = new DirectorySnapshot(dataSource);
    this.text = new DirectoryText(dataSource);
  }

  /** The SQL statements of the text half (what benchmarks EXPLAIN); undefined without text. */
  async textStatements(filter: DirectoryFilter): Promise<TextStatements | undefined> {
    return this.text.statements(filter.text, await this.snapshot.columns());
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
    // Who blocked the viewer is asked beside the text's statements, not after them (it costs no wait).
    const blockers = this.blockerSeqs(viewer);
    blockers.catch(() => undefined); // awaited below; a failure before then must not go unhandled
    // The columns first: the text statements depend on them (the words they hold are not read again).
    const { columns, generation } = await this.snapshot.current();
    const text = this.text.statements(filter.text, columns);
    const matches = text
      ? await this.text.match(text, columns, (word, bits) =>
          this.snapshot.hold(columns, generation, word, bits),
        )
      : undefined;

    const tallied = tally(columns, columnFilter, withoutBlockers(columns, matches?.all, await blockers));
    // With text: the best match class first; without, one rank (0). Name order within a rank.
    const sets: RankedSet[] = matches
      ? matches.classes.map(({ rank, bits }) => ({ rank, bits: intersection(bits, tallied.matches) }))
      : [{ rank: 0, bits: tallied.matches }];
    const page = pageOf(columns, sets, cursor, size);
    const views = new Map(
      (
        await this.profiles.viewMany(
          viewer,
          page.positions.map(({ position }) => columns.ids[position]),
        )
      ).map((v) => [v.id, v]),
    );
    const { topicsById } = await this.taxonomy.lookup();
    const facet = (entries: Iterable<[string, number]>): FacetCount[] =>
      [...entries]
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    return {
      items: page.positions.flatMap(({ position, rank }) => {
        const node = views.get(columns.ids[position]);
        const cursorAt = { r: rank, k: columns.nameKeys[position], id: columns.ids[position] };
        return node ? [{ cursor: encodeCursor(cursorAt), node }] : [];
      }),
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
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

  /** The directory positions' seqs of the members who blocked the viewer (none for admins). */
  private async blockerSeqs(viewer: Viewer): Promise<number[]> {
    if (viewer.role === MemberRole.ADMIN) return [];
    const rows = await this.dataSource.query<Array<{ seq: number }>>(
      `SELECT p.directory_seq AS seq FROM member_blocks b JOIN member_profiles p ON p.member_id = b.blocker_id
        WHERE b.blocked_id = $1`,
      [viewer.memberId],
    );
    return rows.map((row) => row.seq);
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
}

/**
 * The candidates less the members who blocked the viewer: to them a blocker is as a deleted account, out of the
 * directory and its counts (admins excepted).
 */
function withoutBlockers(
  columns: DirectoryColumns,
  candidates: Bitset | undefined,
  blockerSeqs: number[],
): Bitset | undefined {
  if (blockerSeqs.length === 0) return candidates;
  const without = (candidates ?? columns.everyone).slice();
  for (const seq of blockerSeqs) {
    const position = positionOf(columns, seq);
    if (position >= 0) clearBit(without, position);
  }
  return without;
}
