// Issue 8, item 6, "Bad input": random and hostile values thrown at every mutation's inputs and every socket event,
// generated from schema/schema.graphql and schema/realtime.asyncapi.yaml. Never a 500, never a partial write,
// always a coded error (test/abuse/bad-input.e2e-spec.ts holds the hand-written cases, field by field).
//
// The tests are in two parts, on one platform and one world, so that the last test sees every answer of both:
// test/abuse/hostile-input-mutations.ts (every mutation's arguments) and test/abuse/hostile-input-socket-events.ts (every socket
// event); the harness, the plans and the fingerprint are in test/support/hostile-*.ts.
//
// HOSTILE_RUNS=<n> runs each mutation and event n times (default 20); HOSTILE_SEED=<seed> replays a run;
// HOSTILE_EXPLORE=1 runs everything to the end and prints every failure found, instead of stopping at the first
// of each mutation (for hunting; the test still fails when anything was found); HOSTILE_LOG_LEVEL=error logs the
// stack of every internal error. With CI set (and no HOSTILE_SEED), every run replays the seed CI checked green.
import { describe, expect, it } from '@jest/globals';
import { describeMutations } from './hostile-input-mutations.js';
import { describeSocketEvents } from './hostile-input-socket-events.js';
import { EXPLORE, hostileHarness } from '../support/hostile-harness.js';

describe('hostile input to every mutation and socket event', () => {
  const h = hostileHarness();
  const { found, unnamed } = h;

  describeMutations(h);

  describeSocketEvents(h);

  it('names the field of every BAD_USER_INPUT (extensions.fields, API.md)', () => {
    expect([...unnamed.values()]).toEqual([]);
  });

  // Exploring (HOSTILE_EXPLORE=1), every failure is gathered instead of failing at the first: this says them all.
  if (EXPLORE)
    it('found nothing (HOSTILE_EXPLORE)', () => {
      expect(found.map((f) => `${f.where} as ${f.role}: ${f.problems.join('; ')}`)).toEqual([]);
    });
});
