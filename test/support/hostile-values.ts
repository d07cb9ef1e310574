// Hostile values for test/abuse/hostile-input.e2e-spec.ts, generated from the GraphQL schema: for every argument and
// input field (recursively), an arbitrary of values of its type that are strange (empty, blank, huge, odd unicode,
// NUL, injections, extreme numbers and dates, ids of nothing or of things the viewer may not see, unknown enum
// values), plus "loose" arbitraries that also give the wrong type (GraphQL's own coercion must answer those).
// The primitive hostile strings, ids, numbers and dates it draws on are in hostile-scalars.ts.
import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import type { Pools } from './hostile-world.js';
import { HOSTILE_DATES, HOSTILE_INTS, WRONG_TYPES, hostileId, hostileText } from './hostile-scalars.js';

/** What the generator knows of the world when it names a value (the mutation and the field). */
export interface NamingContext {
  mutation: string;
  pools: Pools;
}

/** Plausible strings for fields known by name (so that hostile values in other fields reach the service). */
function plausibleStrings(field: string, context: NamingContext): readonly string[] {
  const name = field.toLowerCase();
  const { pools } = context;
  if (name.includes('email')) return [...pools.emails, 'new-person@example.org', 'Sam@Example.ORG'];
  if (name.includes('password'))
    return ['a member password here', 'a perfectly fine passphrase', 'password1234'];
  if (name === 'regioncode' || name === 'regions') return [...pools.regions, 'london', 'ATLANTIS'];
  if (name.includes('topic') || (name === 'slug' && context.mutation === 'renameTopic')) return pools.topics;
  if (name === 'slug') return ['hostile-slug', 'UPPER-case', 'a--b', pools.topics[0]];
  if (name === 'timezone')
    return ['Europe/London', 'America/New_York', 'Etc/GMT+14', 'UTC', 'Mars/Olympus_Mons', 'europe/london'];
  if (name === 'emoji') return ['👍', '❤️', '🎉', '💩', '👍🏽', '❤'];
  if (name.endsWith('url'))
    return ['https://meet.example.org/x', 'http://plain.example.org/x', 'https://localhost/x'];
  if (name === 'handle') return [...pools.handles, 'a-fine-handle', 'ab', 'Upper_Case'];
  if (name === 'refreshtoken') return pools.refreshTokens;
  if (name === 'invitationtoken') return pools.invitationTokens;
  if (name === 'token') return ['a'.repeat(43), 'not-a-token'];
  if (name === 'clientid') return ['client-1', 'client-2'];
  if (name === 'venue') return ['The Hive, Leeds'];
  return ['Hello there', 'A fine name', 'Plain words.'];
}

/** The pool of real ids an ID argument or field names. */
function idPool(field: string, context: NamingContext): readonly string[] {
  const name = field.toLowerCase();
  const { pools, mutation } = context;
  const byName: Record<string, readonly string[]> = {
    groupid: pools.groups,
    threadid: pools.threads,
    messageid: pools.messages,
    parentid: pools.messages,
    eventid: pools.events,
    memberid: pools.members,
    membershipid: pools.memberships,
    requestid: pools.pairings,
    cohortid: pools.cohorts,
    cohortids: pools.cohorts,
    ids: pools.notifications,
    subjectid: pools.any,
  };
  if (byName[name]) return byName[name];
  if (name === 'id') {
    if (/event/i.test(mutation)) return pools.events;
    if (/message/i.test(mutation)) return pools.messages;
    if (/report/i.test(mutation)) return pools.reports;
    if (/group/i.test(mutation)) return pools.groups;
  }
  return pools.any;
}

function plausibleInts(field: string): readonly number[] {
  const name = field.toLowerCase();
  if (name === 'capacity') return [1, 10, 100000];
  if (name === 'year') return [2024, 2019];
  if (name === 'seq') return [0, 1, 2, 50];
  if (name === 'first' || name === 'last') return [1, 20, 100];
  return [1];
}

/** Thrown for an input type the generator does not know: the mutation must then be listed explicitly. */
export class UnknownInputType extends Error {}

const DATE_SCALARS = new Set(['DateTime']);

/**
 * An arbitrary of hostile values of `type` for the field or argument `field`. `loose`: also values of the wrong
 * type, and input objects with unknown keys.
 */
export function hostileValue(
  type: GraphQLInputType,
  field: string,
  context: NamingContext,
  loose: boolean,
  depth = 0,
): fc.Arbitrary<unknown> {
  const nonNull = isNonNullType(type);
  const inner = getNullableType(type);
  const core = hostileOfNullable(inner, field, context, loose, depth);
  const choices: Array<fc.WeightedArbitrary<unknown>> = [{ weight: 12, arbitrary: core }];
  // null where it is allowed (and, loosely, where it is not).
  if (!nonNull || loose) choices.push({ weight: 1, arbitrary: fc.constant(null) });
  if (loose) choices.push({ weight: 2, arbitrary: fc.constantFrom(...WRONG_TYPES) });
  return fc.oneof(...choices);
}

function hostileOfNullable(
  type: GraphQLInputType,
  field: string,
  context: NamingContext,
  loose: boolean,
  depth: number,
): fc.Arbitrary<unknown> {
  if (isListType(type)) {
    const item = hostileValue(type.ofType, field, context, loose, depth + 1);
    const choices: Array<fc.WeightedArbitrary<unknown>> = [
      { weight: 5, arbitrary: fc.array(item, { maxLength: 12 }) },
      // Huge lists, of one value repeated (under the body limit).
      {
        weight: 1,
        arbitrary: fc
          .tuple(
            item.filter((v) => JSON.stringify(v ?? null).length <= 40),
            fc.constantFrom(101, 1_000, 2_000),
          )
          .map(([value, n]) => Array.from({ length: n }, () => value)),
      },
    ];
    // GraphQL coerces a single value into a list of one.
    if (loose) choices.push({ weight: 1, arbitrary: item });
    return fc.oneof(...choices);
  }
  if (isInputObjectType(type)) {
    if (depth > 4) return fc.constant({});
    const fields = type.getFields();
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [name, f] of Object.entries(fields))
      model[name] = hostileValue(f.type, name, context, loose, depth + 1);
    const required = Object.values(fields)
      .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
      .map((f) => f.name);
    const record = fc.record(model, { requiredKeys: loose ? [] : required });
    if (!loose) return record;
    return fc.oneof(
      { weight: 4, arbitrary: record },
      {
        weight: 1,
        arbitrary: fc
          .tuple(
            record,
            fc.constantFrom('unknownKey', '__proto__', 'constructor', 'id', 'role', 'status'),
            fc.anything(),
          )
          .map(([value, key, extra]) => {
            const object = { ...(value as Record<string, unknown>) };
            Object.defineProperty(object, key, { value: extra, enumerable: true, writable: true });
            return object;
          }),
      },
      { weight: 1, arbitrary: fc.constantFrom('a string', 42, [{}], true) },
    );
  }
  if (isEnumType(type)) {
    const values = type.getValues().map((v) => v.name);
    return fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...values) },
      {
        weight: 2,
        arbitrary: fc.constantFrom(
          'NOPE',
          '',
          values[0].toLowerCase(),
          `${values[0]} `,
          `${values[0]}\u0000`,
          'SUPER_ADMIN',
          '__proto__',
        ),
      },
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'String':
        return fc.oneof(
          { weight: 2, arbitrary: fc.constantFrom(...plausibleStrings(field, context)) },
          { weight: 5, arbitrary: hostileText(plausibleStrings(field, context)) },
        );
      case 'ID':
        return hostileId(idPool(field, context));
      case 'Int':
        return fc.oneof(
          { weight: 2, arbitrary: fc.constantFrom(...plausibleInts(field)) },
          { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_INTS) },
          { weight: 1, arbitrary: fc.integer() },
        );
      case 'Float':
        return fc.oneof(fc.double({ noNaN: true }), fc.constantFrom(0, -0, 1e308, -1e308, 5e-324));
      case 'Boolean':
        return fc.boolean();
      default:
        if (DATE_SCALARS.has(type.name))
          return fc.oneof(
            { weight: 2, arbitrary: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()) },
            { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_DATES) },
            {
              weight: 2,
              arbitrary: fc.integer({ min: -3650, max: 3650 }).map((days) => {
                const date = new Date(Date.now() + days * 86_400_000);
                date.setUTCMinutes(0, 0, 0);
                return date.toISOString();
              }),
            },
          );
    }
  }
  throw new UnknownInputType(`no hostile values for the input type ${String(type)} of ${field}`);
}

/** A mutation as the generator sees it: the document that calls it with variables, and its arguments. */
export interface MutationUnderTest {
  name: string;
  args: readonly GraphQLArgument[];
  document: string;
}

export function mutationDocument(field: GraphQLField<unknown, unknown>): MutationUnderTest {
  const variables = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passing = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const named = getNamedType(field.type).name;
  const leaf = ['String', 'Boolean', 'Int', 'ID', 'Float', 'JSON', 'DateTime'].includes(named);
  const selection = leaf ? '' : ' { __typename }';
  return {
    name: field.name,
    args: field.args,
    document: `mutation Hostile${variables ? `(${variables})` : ''} { ${field.name}${passing ? `(${passing})` : ''}${selection} }`,
  };
}

/** Every argument's hostile values: `typed` of the declared types only, `loose` with wrong types too. */
export function argumentsArbitrary(
  mutation: MutationUnderTest,
  context: NamingContext,
  loose: boolean,
): fc.Arbitrary<Record<string, unknown>> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const arg of mutation.args) model[arg.name] = hostileValue(arg.type, arg.name, context, loose);
  const required = mutation.args
    .filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)
    .map((arg) => arg.name);
  return fc.record(model, { requiredKeys: loose ? [] : required });
}

/** Every path to a value in the arguments (input objects' fields, recursively; a list's first item). */
export function argumentPaths(
  mutation: MutationUnderTest,
): Array<{ path: string[]; type: GraphQLInputType }> {
  const paths: Array<{ path: string[]; type: GraphQLInputType }> = [];
  const walk = (type: GraphQLInputType, path: string[], depth: number) => {
    paths.push({ path, type });
    const inner = getNullableType(type);
    if (depth < 4 && isInputObjectType(inner))
      for (const f of Object.values(inner.getFields())) walk(f.type, [...path, f.name], depth + 1);
    if (depth < 4 && isListType(inner)) {
      const item = getNullableType(inner.ofType);
      if (isInputObjectType(item))
        for (const f of Object.values(item.getFields())) walk(f.type, [...path, '0', f.name], depth + 1);
    }
  };
  for (const arg of mutation.args) walk(arg.type, [arg.name], 0);
  return paths;
}

/**
 * A valid input spoilt: one or two of its values (anywhere in it, input objects included) replaced by hostile
 * values of their declared types, so that the hostile value gets past GraphQL and everything else is valid.
 */
export function spoiltArbitrary(
  mutation: MutationUnderTest,
  template: Record<string, unknown>,
  context: NamingContext,
): fc.Arbitrary<Record<string, unknown>> {
  const paths = argumentPaths(mutation);
  const one = fc
    .constantFrom(...paths)
    .chain(({ path, type }) =>
      fc.tuple(fc.constant(path), hostileValue(type, path[path.length - 1], context, false)),
    );
  return fc.array(one, { minLength: 1, maxLength: 2 }).map((changes) => {
    const value = structuredClone(template);
    for (const [path, replacement] of changes) setAt(value, path, replacement);
    return value;
  });
}

/** The value at `path` (undefined when there is none). */
export function getAt(target: unknown, path: string[]): unknown {
  let node = target;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Sets the value at `path` (making the objects and lists on the way). */
export function setAt(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node: Record<string, unknown> = target;
  for (const [i, key] of path.slice(0, -1).entries()) {
    const next = node[key];
    if (next === null || typeof next !== 'object') {
      node[key] = /^\d+$/.test(path[i + 1]) ? [{}] : {};
    }
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]] = value;
}
