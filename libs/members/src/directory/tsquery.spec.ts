import { describe, expect, it } from '@jest/globals';
import { evaluateTsQuery, negatedWords, parseTsQuery, type TsQuery } from './tsquery.js';

// The text forms below are what PostgreSQL 18 prints for websearch_to_tsquery('english', ...) ||
// to_tsquery('simple', ...).
const word = (lexeme: string, prefix = false): TsQuery => ({ kind: 'word', lexeme, prefix });

describe('parseTsQuery', () => {
  it('reads words, prefixes, and, or and not with their precedence', () => {
    expect(parseTsQuery("'mental' & 'health' | 'mental' & 'health':*")).toEqual({
      kind: 'or',
      operands: [
        { kind: 'and', operands: [word('mental'), word('health')] },
        { kind: 'and', operands: [word('mental'), word('health', true)] },
      ],
    });
    expect(parseTsQuery("!'nurs' & 'midwif' | 'midwife':*")).toEqual({
      kind: 'or',
      operands: [
        { kind: 'and', operands: [{ kind: 'not', operand: word('nurs') }, word('midwif')] },
        word('midwife', true),
      ],
    });
  });

  it('reads phrases as "and" (the postings keep no positions), and parentheses', () => {
    expect(parseTsQuery("'co-product' <-> 'co' <-> 'product' | 'co' & 'production':*")).toEqual({
      kind: 'or',
      operands: [
        { kind: 'and', operands: [word('co-product'), word('co'), word('product')] },
        { kind: 'and', operands: [word('co'), word('production', true)] },
      ],
    });
    expect(parseTsQuery("( 'a' | 'b' ) <2> !( 'c' & 'd' )")).toEqual({
      kind: 'and',
      operands: [
        { kind: 'or', operands: [word('a'), word('b')] },
        { kind: 'not', operand: { kind: 'and', operands: [word('c'), word('d')] } },
      ],
    });
  });

  it('unescapes quotes and backslashes, and reads weights', () => {
    expect(parseTsQuery("'o''brien' & 'back\\\\slash':*AB & 'x':C")).toEqual({
      kind: 'and',
      operands: [word("o'brien"), word('back\\slash', true), word('x')],
    });
  });

  it('lists the words the query excludes, once each (a double negation excludes nothing)', () => {
    expect(
      negatedWords(
        parseTsQuery("'jone' & !'surgeri' | 'jones' & !'surgery' & !!'x' & !( 'a' | 'surgeri' )")!,
      ),
    ).toEqual(['surgeri', 'surgery', 'a']);
    expect(negatedWords(parseTsQuery("'a' & 'b'")!)).toEqual([]);
  });

  it('answers nothing for an empty query, and refuses what it cannot read', () => {
    expect(parseTsQuery('')).toBeUndefined();
    expect(() => parseTsQuery("'a' &")).toThrow(/expected a quoted word/);
    expect(() => parseTsQuery("'a' 'b'")).toThrow(/expected an operator/);
    expect(() => parseTsQuery("('a'")).toThrow(/expected "\)"/);
    expect(() => parseTsQuery("'open")).toThrow(/closing quote/);
  });
});

describe('a query over sets', () => {
  const everyone = new Set(['ann', 'ben', 'cat', 'dan']);
  const members: Record<string, string[]> = {
    nurs: ['ann', 'ben'],
    midwif: ['ben', 'cat'],
    '*midwife': ['cat', 'dan'],
  };
  const answer = (text: string) =>
    [
      ...evaluateTsQuery<Set<string>>(parseTsQuery(text)!, {
        word: (lexeme, prefix) => new Set(members[`${prefix ? '*' : ''}${lexeme}`] ?? []),
        not: (set) => new Set([...everyone].filter((m) => !set.has(m))),
        and: (sets) => new Set([...sets[0]].filter((m) => sets.every((set) => set.has(m)))),
        or: (sets) => new Set(sets.flatMap((set) => [...set])),
      }),
    ].sort();

  it('combines the sets of its words', () => {
    expect(answer("'nurs' & 'midwif'")).toEqual(['ben']);
    expect(answer("'nurs' | 'midwif'")).toEqual(['ann', 'ben', 'cat']);
    expect(answer("!'nurs' & 'midwif' | 'midwife':*")).toEqual(['cat', 'dan']);
    expect(answer("!'nurs'")).toEqual(['cat', 'dan']);
  });
});
