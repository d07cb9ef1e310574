import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { buildColumns, withChanges, type DirectoryColumns } from './directory-columns.js';

/** The common words the columns hold; "nurs" is one nobody uses. */
const COMMON = ['patient', 'trust', 'nurs'];

const entryArbitrary = (seq: number) =>
  fc.record({
    id: fc.constant(`id-${String(seq).padStart(4, '0')}`),
    seq: fc.constant(seq),
    nameKey: fc.constantFrom('ana', 'ben', 'émile', 'zoë', 'bea', 'Ana', 'ana 2', 'ana 10'),
    region: fc.constantFrom(null, 'LONDON', 'WALES'),
    topics: fc.uniqueArray(fc.integer({ min: 1, max: 6 }), { maxLength: 3 }).map((t) => t.sort()),
    leader: fc.constantFrom(null, 'PATIENT_LEADER', 'HEALTHCARE_MANAGER'),
    cohort: fc.constantFrom(null, 'c1', 'c2'),
    open: fc.boolean(),
    words: fc.subarray(['patient', 'trust']),
  });

/** Everything the columns say, by member: what a search can see of them. */
function described(columns: DirectoryColumns) {
  const sets = (family: Map<unknown, Uint32Array>, position: number) =>
    [...family]
      .filter(([, bits]) => (bits[position >>> 5] >>> (position & 31)) & 1)
      .map(([key]) => String(key))
      .sort();
  return columns.ids.map((id, p) => ({
    id,
    nameKey: columns.nameKeys[p],
    seq: columns.seqs[p],
    at: columns.positionOfSeq[columns.seqs[p]],
    regions: sets(columns.regions, p),
    leaders: sets(columns.leaderTypes, p),
    cohorts: sets(columns.cohorts, p),
    topics: sets(columns.topics, p),
    words: sets(columns.words, p),
    open: ((columns.open[p >>> 5] >>> (p & 31)) & 1) === 1,
  }));
}

describe('directory columns', () => {
  it('after members join, leave and are renamed, are what a full build of the same members makes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(120), { maxLength: 120 }).chain((seqs) => {
          const unique = [...new Set(seqs.map((s) => s + 1))];
          return fc.tuple(
            fc.tuple(...unique.map(entryArbitrary)),
            fc.subarray(unique),
            // Joining (new seqs above 121) and renamed or changed (existing seqs, new values).
            fc.array(fc.integer({ min: 122, max: 200 }), { maxLength: 40 }),
            fc.subarray(unique),
          );
        }),
        fc.context(),
        ([before, leaving, joiningSeqs, changedSeqs], ctx) => {
          const joining = [...new Set(joiningSeqs)];
          const changed = changedSeqs.filter((s) => !leaving.includes(s));
          // Fresh values for the joining and the changed, drawn deterministically from their seq.
          const fresh = [...joining, ...changed].map((seq) => ({
            ...before.find((e) => e.seq === seq)!,
            id: `id-${String(seq).padStart(4, '0')}`,
            seq,
            nameKey: ['zed', 'ana', 'Bea', 'carl'][seq % 4],
            region: seq % 2 ? 'WALES' : null,
            topics: [seq % 6],
            leader: null,
            cohort: 'c2',
            open: seq % 3 === 0,
            words: seq % 2 ? ['patient'] : ['trust', 'patient'],
          }));
          const old = buildColumns(
            before.map((e) => ({ ...e })),
            COMMON,
          );
          const after = withChanges(
            old,
            new Set([...leaving, ...changed]),
            fresh.map((e) => ({ ...e })),
          );
          const kept = before.filter((e) => !leaving.includes(e.seq) && !changed.includes(e.seq));
          const expected = buildColumns(
            [...kept, ...fresh].map((e) => ({ ...e })),
            COMMON,
          );
          ctx.log(JSON.stringify({ leaving, joining, changed }));
          expect(described(after)).toEqual(described(expected));
          expect(after.size).toBe(expected.size);
          // Nobody who left can still be found by seq.
          for (const seq of leaving) expect(after.positionOfSeq[seq] ?? -1).toBe(-1);
        },
      ),
      { numRuns: 300 },
    );
  });
});
