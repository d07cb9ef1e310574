// Hostile values for test/hostile-input.e2e-spec.ts, generated from the GraphQL schema: for every argument and
// input field (recursively), an arbitrary of values of its type that are strange (empty, blank, huge, odd unicode,
// NUL, injections, extreme numbers and dates, ids of nothing or of things the viewer may not see, unknown enum
// values), plus "loose" arbitraries that also give the wrong type (GraphQL's own coercion must answer those).
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

/** Text that breaks things: blanks, NUL, direction overrides, zero-width, emoji, lone surrogates, injections. */
export const HOSTILE_TEXT: readonly string[] = [
  '',
  ' ',
  '   \t\r\n  ',
  '\u00a0\u2003\u3000\u2028\u2029',
  '\u0000',
  'a\u0000b',
  'Sam\u0000Jones',
  '\u0000'.repeat(16),
  '\u202eevil.exe\u202c',
  'admin\u200b',
  '\u200b\u200c\u200d\ufeff',
  '\u2066\u2067\u2068\u2069\u061c',
  '👍',
  '👨‍👩‍👧‍👦🏳️‍🌈',
  'Z̷̡̢̛͖̗̈́a̸̰̓l̴̨͝g̷̣̈o̵̧͒',
  'e\u0301\u0301\u0301',
  '\ud800',
  '\udfff',
  'a\ud83dz',
  '\uffff\ufffe',
  '\u0001\u0002\u0007\u001b[31mred',
  "'; DROP TABLE members; --",
  "' OR '1'='1",
  '" OR ""="',
  '1); SELECT pg_sleep(5); --',
  '$$; $tag$ --',
  '\\',
  '\\x00\\u0000',
  '%',
  '_%_',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg/onload=alert(1)>',
  'javascript:alert(1)',
  '[click](javascript:alert(1))',
  '![x](https://evil.example.org/x.png)',
  '**bold** _it_ `code`\n# h1\n> quote\n```\nfence',
  '@everyone @admin @hostile-owner',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  'file:///etc/passwd',
  '%00%2e%2e%2f',
  '{{7*7}}${7*7}#{7*7}',
  '__proto__',
  'constructor',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e309',
  '99999999999999999999999999999999999999',
  '0x7fffffff',
  'CON',
  'Ⅻ',
  'ǅ',
  'İ',
  'ß',
];

/** Ids that name nothing, or are not ids at all. */
export const HOSTILE_IDS: readonly string[] = [
  '',
  ' ',
  'not-an-id',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '11111111-1111-1111-1111-111111111111',
  '00000000000000000000000000000000',
  '{00000000-0000-0000-0000-000000000000}',
  '00000000-0000-0000-0000-00000000000',
  '00000000-0000-0000-0000-0000000000000',
  'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz',
  '00000000-0000-0000-0000-000000000000\u0000',
  "00000000-0000-0000-0000-000000000000' OR '1'='1",
  '1',
  '-1',
  '99999999999999999999',
  '../groups',
  '\u0000',
];

export const HOSTILE_DATES: readonly unknown[] = [
  '1970-01-01T00:00:00Z',
  '0001-01-01T00:00:00Z',
  '-271821-04-20T00:00:00.000Z',
  '+275760-09-13T00:00:00.000Z',
  '9999-12-31T23:59:59.999Z',
  '2030-02-30T10:00:00Z',
  '2030-13-01T00:00:00Z',
  '2030-01-01T25:61:61Z',
  '2030-01-01',
  '2030-01-01T10:00:00+14:00',
  '2030-01-01T10:00:00-12:00',
  'tomorrow',
  '',
  ' ',
  'NaN',
  '\u0000',
  0,
  -1,
  8.64e15,
  -8.64e15,
  8.64e15 + 1,
  1e20,
  1.5,
  true,
  false,
  {},
  [],
  [2030, 1, 1],
  { $date: '2030-01-01' },
];

export const HOSTILE_INTS: readonly number[] = [
  0, -1, 1, 2, -2147483648, 2147483647, 2147483646, 100000, 100001, 1000000, 65535, 65536, 32767, 32768,
  10001,
];

/** Values of the wrong type for anything (GraphQL's coercion must refuse the ones that do not fit). */
export const WRONG_TYPES: readonly unknown[] = [
  42,
  -1,
  1.5,
  1e308,
  2147483648,
  -2147483649,
  2 ** 53 + 2,
  true,
  false,
  {},
  [],
  [null],
  [[]],
  { a: 1 },
  JSON.parse('{"__proto__": {"admin": true}}') as unknown,
  { constructor: { prototype: { admin: true } } },
  'x',
  '',
  '12',
  'true',
];

/** The largest string in a request: under the 100 kB body limit with room for the rest. */
const HUGE_BYTES = [256, 1_001, 2_750, 10_001, 30_000, 60_000] as const;
/** Repeated to make huge strings; each with how many bytes it takes in the request's JSON. */
const HUGE_UNITS: ReadonlyArray<readonly [string, number]> = [
  ['a', 1],
  ['é', 2],
  ['👍', 4],
  [' ', 1],
  ['\u0000', 6],
  ['ab\n', 4],
  ['<b>', 3],
  ['\u202e', 3],
];

export const hugeString = (): fc.Arbitrary<string> =>
  fc
    .tuple(fc.constantFrom(...HUGE_BYTES), fc.constantFrom(...HUGE_UNITS), fc.boolean())
    .map(([bytes, [unit, size], prefix]) => (prefix ? 'x' : '') + unit.repeat(Math.floor(bytes / size)));

/** Hostile text: curated, huge, random code points (surrogate halves included), or plausible text spoilt. */
export const hostileText = (plausible: readonly string[] = ['Hello there']): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
    { weight: 2, arbitrary: hugeString() },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...plausible), fc.constantFrom(...HOSTILE_TEXT), fc.boolean())
        .map(([good, bad, before]) => (before ? bad + good : good + bad)),
    },
    // A plausible value with NUL (PostgreSQL refuses it in text) or a lone surrogate (JSON columns refuse it)
    // inside, so that it still looks like an e-mail address, a slug or a name to the checks before the database.
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.constantFrom(...plausible), fc.constantFrom('\u0000', '\ud800', '\udc00'), fc.nat())
        .map(([good, bad, at]) => {
          const i = good.length ? 1 + (at % good.length) : 0;
          return good.slice(0, i) + bad + good.slice(i);
        }),
    },
  );

export const hostileId = (pool: readonly string[]): fc.Arbitrary<string | number> =>
  fc.oneof(
    ...(pool.length ? [{ weight: 6, arbitrary: fc.constantFrom(...pool) }] : []),
    // A real id, spoilt: upper case, with blanks or NUL around it.
    ...(pool.length
      ? [
          {
            weight: 1,
            arbitrary: fc
              .tuple(fc.constantFrom(...pool), fc.constantFrom('upper', ' ', '\n', '\u0000', '\u200b'))
              .map(([id, how]) => (how === 'upper' ? id.toUpperCase() : id + how)),
          },
        ]
      : []),
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_IDS) },
    { weight: 2, arbitrary: fc.uuid() },
    // GraphQL's ID takes integers too (as strings).
    { weight: 1, arbitrary: fc.constantFrom(0, -1, 2147483647, 9007199254740991) },
    { weight: 1, arbitrary: hostileText() },
  );

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
