// Primitive hostile values for test/abuse/hostile-input.e2e-spec.ts: curated and generated strings, ids, numbers and
// dates that are strange (empty, blank, huge, odd unicode, NUL, injections, extreme numbers and dates), plus values
// of the wrong type. The schema-driven builders of mutation arguments are in hostile-values.ts.
import fc from 'fast-check';

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
  'a lone\rcarriage return',
  'C1 \u0085\u009b controls',
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
