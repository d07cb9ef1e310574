import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { anyBefore, count, fullBitset, nextBit, setBit, emptyBitset } from './bitset.js';
import { buildColumns, compareNames, type Entry } from './directory-columns.js';
import { tally, type ColumnFilter } from './directory-facets.js';
import { pageOf } from './directory-page.js';

const REGIONS = ['LONDON', 'WALES', 'SCOTLAND'];
const LEADERS = ['PATIENT_LEADER', 'HEALTHCARE_MANAGER'];
const COHORTS = ['c1', 'c2'];

const entryArbitrary = fc.record({
  nameKey: fc.constantFrom('ana', 'ben', 'émile', 'zoë', 'bea', 'ana'),
  region: fc.constantFrom(null, ...REGIONS),
  topics: fc
    .uniqueArray(fc.integer({ min: 1, max: 40 }), { maxLength: 4 })
    .map((t) => t.sort((a, b) => a - b)),
  leader: fc.constantFrom(null, ...LEADERS),
  cohort: fc.constantFrom(null, ...COHORTS),
  open: fc.boolean(),
  words: fc.constant([] as string[]),
});
const filterArbitrary: fc.Arbitrary<ColumnFilter> = fc.record({
  regions: fc.option(fc.subarray(REGIONS, { minLength: 1 }), { nil: null }),
  topicIds: fc.option(fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 3 }), {
    nil: null,
  }),
  leaderTypes: fc.option(fc.subarray(LEADERS, { minLength: 1 }), { nil: null }),
  cohortIds: fc.option(fc.subarray(COHORTS, { minLength: 1 }), { nil: null }),
  openToPairing: fc.option(fc.boolean(), { nil: null }),
});

function entries(records: Array<Omit<Entry, 'id' | 'seq'>>): Entry[] {
  return records.map((record, i) => ({ ...record, id: `id-${String(i).padStart(3, '0')}`, seq: i * 3 + 1 }));
}

/** What tally() must answer, the slow way. */
function naive(list: Entry[], filter: ColumnFilter, candidates: Set<string>) {
  const region = (e: Entry) => !filter.regions || (e.region !== null && filter.regions.includes(e.region));
  const leader = (e: Entry) =>
    !filter.leaderTypes || (e.leader !== null && filter.leaderTypes.includes(e.leader));
  const topic = (e: Entry) => !filter.topicIds || e.topics.some((t) => filter.topicIds!.includes(t));
  const base = list.filter(
    (e) =>
      candidates.has(e.id) &&
      (!filter.cohortIds || (e.cohort !== null && filter.cohortIds.includes(e.cohort))) &&
      (filter.openToPairing === null || e.open === filter.openToPairing),
  );
  const counts = <K>(within: Entry[], keys: (e: Entry) => K[]) => {
    const result = new Map<K, number>();
    for (const e of within) for (const key of keys(e)) result.set(key, (result.get(key) ?? 0) + 1);
    return result;
  };
  return {
    matches: base.filter((e) => region(e) && leader(e) && topic(e)).map((e) => e.id),
    regions: counts(
      base.filter((e) => leader(e) && topic(e)),
      (e) => (e.region ? [e.region] : []),
    ),
    leaderTypes: counts(
      base.filter((e) => region(e) && topic(e)),
      (e) => (e.leader ? [e.leader] : []),
    ),
    topics: counts(
      base.filter((e) => region(e) && leader(e)),
      (e) => e.topics,
    ),
  };
}

const sorted = <K>(map: Map<K, number>) => [...map].sort((a, b) => String(a[0]).localeCompare(String(b[0])));

describe('directory bitsets, facets and pages', () => {
  it('walk and bound bitsets across word edges', () => {
    for (const size of [1, 31, 32, 33, 64, 100]) {
      expect(count(fullBitset(size))).toBe(size);
      const bits = emptyBitset(size);
      const set = [0, 31, 32, 63, size - 1].filter((p) => p < size);
      for (const p of set) setBit(bits, p);
      const walked: number[] = [];
      for (let p = nextBit(bits, 0); p >= 0; p = nextBit(bits, p + 1)) walked.push(p);
      expect(walked).toEqual([...new Set(set)].sort((a, b) => a - b));
      expect(anyBefore(bits, 0)).toBe(false);
      expect(anyBefore(bits, 1)).toBe(true);
    }
  });

  it('count each facet with every filter but its own, among the text matches when there are any', () => {
    fc.assert(
      fc.property(
        fc.array(entryArbitrary, { maxLength: 80 }),
        filterArbitrary,
        fc.option(fc.func(fc.boolean()), { nil: undefined }),
        (records, filter, isCandidate) => {
          const list = entries(records);
          const columns = buildColumns([...list]);
          const candidateIds = new Set(
            list.filter((e) => !isCandidate || isCandidate(e.id)).map((e) => e.id),
          );
          let candidates;
          if (isCandidate) {
            candidates = emptyBitset(columns.size);
            for (const id of candidateIds) setBit(candidates, columns.ids.indexOf(id));
          }
          const got = tally(columns, filter, candidates);
          const want = naive(list, filter, candidateIds);
          const matched: string[] = [];
          for (let p = nextBit(got.matches, 0); p >= 0; p = nextBit(got.matches, p + 1))
            matched.push(columns.ids[p]);
          expect(matched.sort()).toEqual(want.matches.sort());
          expect(got.total).toBe(want.matches.length);
          expect(sorted(got.regions)).toEqual(sorted(want.regions));
          expect(sorted(got.leaderTypes)).toEqual(sorted(want.leaderTypes));
          expect(sorted(got.topics)).toEqual(sorted(want.topics));
        },
      ),
    );
  });

  it('page by rank, then name, from any cursor, without repeating or skipping anyone', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(entryArbitrary, fc.constantFrom(1, 2, 3)), { maxLength: 60 }),
        fc.integer({ min: 1, max: 7 }),
        (records, size) => {
          const list = entries(records.map(([record]) => record));
          const columns = buildColumns([...list]);
          const rankOf = new Map(list.map((e, i) => [e.id, records[i][1]]));
          const sets = [3, 2, 1].map((rank) => {
            const bits = emptyBitset(columns.size);
            list
              .filter((e) => rankOf.get(e.id) === rank)
              .forEach((e) => setBit(bits, columns.positionOfSeq[e.seq]));
            return { rank, bits };
          });
          const expected = [...list]
            .sort(
              (a, b) =>
                rankOf.get(b.id)! - rankOf.get(a.id)! || compareNames(a.nameKey, a.id, b.nameKey, b.id),
            )
            .map((e) => e.id);
          const seen: string[] = [];
          let cursor;
          for (;;) {
            const page = pageOf(columns, sets, cursor, size);
            expect(page.hasPreviousPage).toBe(seen.length > 0);
            seen.push(...page.positions.map(({ position }) => columns.ids[position]));
            if (!page.hasNextPage) break;
            const last = page.positions[page.positions.length - 1];
            cursor = { r: last.rank, k: columns.nameKeys[last.position], id: columns.ids[last.position] };
          }
          expect(seen).toEqual(expected);
        },
      ),
    );
  });
});
