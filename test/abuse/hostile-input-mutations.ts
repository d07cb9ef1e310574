// The mutations part of test/abuse/hostile-input.e2e-spec.ts: random and hostile values thrown at every mutation's
// arguments (generated from schema/schema.graphql), then each value of each mutation in turn spoilt with a classic
// hostile value. Never a 500, never a partial write, always a coded error.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { getNamedType, getNullableType, isEnumType, isListType, isNonNullType, isScalarType } from 'graphql';
import { changedTables, describe as shown } from '../support/hostile-checks.js';
import { EXPLORE, RUNS, within, type HostileHarness } from '../support/hostile-harness.js';
import {
  anyone,
  identityOf,
  mutationFields,
  PLANS,
  rebind,
  schema,
  underTest,
  unknown,
  type Plan,
} from '../support/hostile-plans.js';
import {
  argumentPaths,
  argumentsArbitrary,
  getAt,
  setAt,
  spoiltArbitrary,
  type NamingContext,
} from '../support/hostile-values.js';
import { VIEWER_ROLES } from '../support/hostile-world.js';

/** The coverage check and both mutation describe blocks, in the describe block of `h` (hostile-harness.ts). */
export function describeMutations(h: HostileHarness) {
  const { timed, fingerprint, send, judge, report, check, found } = h;

  it('has hostile values for every mutation of the schema, and a plan only for mutations that exist', () => {
    expect(unknown).toEqual([]);
    expect(Object.keys(PLANS).filter((name) => !schema.getMutationType()!.getFields()[name])).toEqual([]);
    expect(underTest.size).toBe(mutationFields.length);
  });

  describe('GraphQL mutations: a coded error, never a 500, nothing written when refused', () => {
    it.each(mutationFields.map((field) => field.name))(
      '%s',
      async (name) => {
        const mutation = underTest.get(name)!;
        const plan: Plan = PLANS[name] ?? { viewers: anyone };
        const prototype = await timed('viewers', () => h.world.viewers());
        const context: NamingContext = { mutation: name, pools: prototype.pools };
        const inputs: Array<fc.WeightedArbitrary<Record<string, unknown>>> = [
          { weight: 3, arbitrary: argumentsArbitrary(mutation, context, false) },
          { weight: 2, arbitrary: argumentsArbitrary(mutation, context, true) },
        ];
        if (plan.valid && mutation.args.length > 0)
          inputs.push({
            weight: 5,
            arbitrary: spoiltArbitrary(mutation, plan.valid(prototype, h.world), context),
          });
        const role = fc.oneof(
          { weight: 9, arbitrary: fc.constantFrom(...plan.viewers) },
          { weight: 1, arbitrary: fc.constantFrom(...VIEWER_ROLES) },
        );
        const property = fc.asyncProperty(
          role,
          fc.limitShrink(fc.oneof(...inputs), 40),
          async (who, generated) => {
            let variables: unknown = generated;
            let set = prototype;
            if (plan.perRun) {
              set = await timed('viewers', () => h.world.viewers());
              const to = identityOf(set);
              variables = rebind(
                generated,
                identityOf(prototype).map((from, i): [string, string] => [from, to[i]]),
              );
            }
            const before = await fingerprint();
            const answer = await send(mutation.document, variables, set.actor(who)?.token);
            const { problems, failed } = judge(name, answer);
            if (failed) {
              const changed = changedTables(before, await fingerprint(), plan.exempt?.tables);
              if (changed.length) problems.push(`a refused call wrote to ${changed.join(', ')}`);
            }
            report(name, who, variables, problems);
          },
        );
        await check(name, property, plan.perRun ? Math.ceil(RUNS / 2) : RUNS);
      },
      120_000,
    );
  });

  describe('every value of every mutation in turn: a classic hostile value in one place, the rest valid', () => {
    /**
     * The values tried in each place, by type, from the valid value there: NUL inside it (PostgreSQL refuses NUL in
     * text), a lone surrogate inside it (JSON columns refuse it), the body limit, ids of nothing, extremes.
     */
    const CLASSICS: Record<string, Array<(current: unknown) => unknown>> = {
      String: [
        (current) => within(current, '\u0000'),
        (current) => within(current, '\ud800'),
        () => 'x'.repeat(60_000),
        () => '   ',
      ],
      ID: [
        () => '00000000-0000-0000-0000-000000000000',
        () => 'not-an-id',
        () => '{00000000-0000-0000-0000-000000000000}',
        (current) => `${String(current)}\u0000`,
      ],
      Int: [() => 2147483647, () => -2147483648, () => -1],
      DateTime: [
        () => '-271821-04-20T00:00:00.000Z',
        () => '+275760-09-13T00:00:00.000Z',
        () => '-004800-01-01T00:00:00.000Z',
        () => 'tomorrow',
        () => 1e20,
      ],
    };
    const planned = mutationFields
      .map((f) => f.name)
      .filter((name) => PLANS[name]?.valid && underTest.get(name)!.args.length);

    it.each(planned)(
      '%s',
      async (name) => {
        const mutation = underTest.get(name)!;
        const plan = PLANS[name];
        const prototype = await timed('viewers', () => h.world.viewers());
        const template = plan.valid!(prototype, h.world);
        const tries: Array<{ path: string[]; value: unknown }> = [];
        for (const { path, type } of argumentPaths(mutation)) {
          const named = getNamedType(type);
          const list = isListType(getNullableType(type));
          if (!isScalarType(named) && !isEnumType(named)) continue;
          if (!isNonNullType(type)) tries.push({ path, value: null });
          const current = getAt(template, path);
          for (const make of CLASSICS[named.name] ?? []) {
            tries.push({
              path,
              value: list ? [make(Array.isArray(current) ? current[0] : undefined)] : make(current),
            });
          }
          if (list)
            tries.push({
              path,
              value: Array.from({ length: 1_000 }, () => (named.name === 'ID' ? randomUUID() : 'x')),
            });
        }
        let set = prototype;
        let fresh = plan.perRun ?? false;
        for (const { path, value } of tries) {
          if (fresh) set = await timed('viewers', () => h.world.viewers());
          const to = identityOf(set);
          const variables = rebind(
            structuredClone(template),
            identityOf(prototype).map((from, i): [string, string] => [from, to[i]]),
          ) as Record<string, unknown>;
          setAt(variables, path, value);
          const role = plan.viewers[0];
          const before = await fingerprint();
          const answer = await send(mutation.document, variables, set.actor(role)?.token);
          const { problems, failed } = judge(name, answer);
          if (failed) {
            const changed = changedTables(before, await fingerprint(), plan.exempt?.tables);
            if (changed.length) problems.push(`a refused call wrote to ${changed.join(', ')}`);
          }
          // A call that worked may have used the valid input up (a cancelled event, a spent invitation): new viewers.
          fresh = plan.perRun || !failed;
          if (problems.length) {
            found.push({ where: `${name} (${path.join('.')})`, role, input: shown(variables), problems });
          }
        }
        if (!EXPLORE) {
          const mine = found.filter((f) => f.where.startsWith(`${name} (`));
          expect(
            mine.map((f) => `${f.where}: ${f.problems.join('; ')} with ${f.input.slice(0, 300)}`),
          ).toEqual([]);
        }
      },
      60_000,
    );
  });
}
