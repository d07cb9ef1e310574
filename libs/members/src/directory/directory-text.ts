import type { DataSource } from 'typeorm';
import { emptyBitset, intersection, nextBit, setBit, union, type Bitset } from './bitset.js';
import { positionOf, type DirectoryColumns } from './directory-columns.js';
import type { RankedSet } from './directory-page.js';
import { queryWords, RowKind, textStatements, type TextStatements } from './directory-query.js';
import { evaluateTsQuery, negatedWords, parseTsQuery, type TsQuery } from './tsquery.js';

export type { TextStatements };

/**
 * Relevance with text, best first: every word in the name or handle; every word close to a word of the name
 * (a typo, another spelling); the words found elsewhere (headline, job title, organisation, bio). Within a
 * class, name order.
 */
export const MatchClass = { NAME: 3, CLOSE_NAME: 2, WORDS: 1 } as const;

export interface TextMatches {
  /** Every match. */
  all: Bitset;
  /** The matches by class, best first. */
  classes: RankedSet[];
}

/** Above every directory_seq (an int). */
const MAX_SEQ = 2 ** 31 - 1;

/** Seqs, four bytes each (big-endian), as the statements answer them; null for none. */
type Seqs = Buffer | null;

interface TextRow {
  kind: (typeof RowKind)[keyof typeof RowKind];
  lexeme: string;
  /** For CLOSE rows, the number of the query's word (1 first). */
  word: number | null;
  seqs: Seqs;
}

/** The sets the statements answered, by kind and lexeme (both halves placed in the same bitsets). */
class AnsweredSets {
  private readonly sets = new Map<string, Bitset>();
  /** For each query word (1 first), the name words close to it. */
  readonly close = new Map<number, Set<string>>();
  query = '';

  constructor(private readonly columns: DirectoryColumns) {}

  place(row: TextRow): void {
    if (row.kind === RowKind.QUERY) {
      this.query = row.lexeme;
      return;
    }
    if (row.kind === RowKind.CLOSE) {
      const close = this.close.get(row.word!) ?? new Set<string>();
      this.close.set(row.word!, close.add(row.lexeme));
    }
    const key = `${row.kind}:${row.lexeme}`;
    let bits = this.sets.get(key);
    if (!bits) this.sets.set(key, (bits = emptyBitset(this.columns.size)));
    mark(row.seqs, this.columns, bits);
  }

  get(kind: TextRow['kind'], lexeme: string): Bitset | undefined {
    return this.sets.get(`${kind}:${lexeme}`);
  }

  /** The sets of one kind, by lexeme. */
  *of(kind: TextRow['kind']): Iterable<[string, Bitset]> {
    for (const [key, bits] of this.sets)
      if (key.startsWith(`${kind}:`)) yield [key.slice(kind.length + 1), bits];
  }
}

/** The text half of a search: PostgreSQL finds each word's members; this answers the query over them. */
export class DirectoryText {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The SQL statements for `text` over `columns`; undefined when it has no words. The postings are read in two
   * halves side by side (the seqs in the lower half of the columns', and the others); the words whose members
   * the columns hold are not read.
   */
  statements(text: string | null | undefined, columns: DirectoryColumns): TextStatements | undefined {
    const trimmed = text?.trim() ?? '';
    const words = queryWords(trimmed);
    if (!words.length) return undefined;
    const middle = Math.ceil(columns.positionOfSeq.length / 2);
    return textStatements(
      trimmed,
      words,
      [
        [0, middle - 1],
        [middle, MAX_SEQ],
      ],
      [...columns.words.keys()],
    );
  }

  /**
   * The matches, by class. The halves run side by side; each answer is placed as soon as it comes, while the
   * other is still running.
   */
  async match(
    statements: TextStatements,
    columns: DirectoryColumns,
    /** Told each word's members read from the postings (both halves placed): common ones may be kept. */
    read: (word: string, bits: Bitset) => void = () => undefined,
  ): Promise<TextMatches> {
    const answered = new AnsweredSets(columns);
    await Promise.all(
      statements.halves.map(async ({ sql, params }) => {
        for (const row of await this.dataSource.query<TextRow[]>(sql, params)) answered.place(row);
      }),
    );
    for (const [word, bits] of answered.of(RowKind.WORD)) read(word, bits);
    const query = parseTsQuery(answered.query);
    // A common word's members are in the columns (and were not read).
    const anywhere = (lexeme: string) => columns.words.get(lexeme) ?? answered.get(RowKind.WORD, lexeme);
    const words = answer(query, columns, anywhere, (lexeme) => answered.get(RowKind.LONGER_WORD, lexeme));
    const names = answer(
      query,
      columns,
      (lexeme) => answered.get(RowKind.NAME, lexeme),
      (lexeme) => answered.get(RowKind.LONGER_NAME, lexeme),
    );
    const close = closeNames(statements.wanted, columns, answered);
    // A word the query excludes keeps a member out whichever field has it, and whichever form of it (the English
    // and the as-given alternatives each exclude one form): a name match or a close name too. New sets: `words`
    // may be one of the held sets themselves.
    const excluded = query ? negatedWords(query) : [];
    if (!excluded.length) return classify(words, names, close);
    const unwanted = union(columns.size, excluded.map(anywhere));
    const wanted = (bits: Bitset) => bits.map((word, w) => word & ~unwanted[w]);
    return classify(wanted(words), wanted(names), wanted(close));
  }
}

/** The members matching the query, from the members of each word (`whole`) and of the longer words it begins. */
function answer(
  query: TsQuery | undefined,
  columns: DirectoryColumns,
  whole: (lexeme: string) => Bitset | undefined,
  longer: (lexeme: string) => Bitset | undefined,
): Bitset {
  if (!query) return emptyBitset(columns.size);
  return evaluateTsQuery<Bitset>(query, {
    word: (lexeme, prefix) => {
      const sets = [whole(lexeme), prefix ? longer(lexeme) : undefined].filter((set) => set !== undefined);
      return sets.length === 1 ? sets[0] : union(columns.size, sets);
    },
    not: (set) => columns.everyone.map((word, w) => word & ~set[w]),
    and: ([first, ...others]) => intersection(first, ...others),
    or: (sets) => union(columns.size, sets),
  });
}

/**
 * The members with, for every word of the query, a name word close to it (a typo, another spelling) or the
 * word itself, and at least one close word other than the word itself: (alternatives of word 1) AND
 * (alternatives of word 2) ... Nobody when a word has no alternative, or when no word has another.
 */
function closeNames(words: string[], columns: DirectoryColumns, answered: AnsweredSets): Bitset {
  const none = emptyBitset(columns.size);
  const bears = (bits: Bitset | undefined) => bits !== undefined && nextBit(bits, 0) >= 0;
  if (!words.every((word, i) => answered.close.has(i + 1) || bears(answered.get(RowKind.NAME, word)))) {
    return none;
  }
  if (answered.close.size === 0) return none;
  const perWord = words.map((word, i) =>
    union(columns.size, [
      answered.get(RowKind.NAME, word),
      ...[...(answered.close.get(i + 1) ?? [])].map((close) => answered.get(RowKind.CLOSE, close)),
    ]),
  );
  return intersection(perWord[0], ...perWord.slice(1));
}

/** Every match, and the matches by class: a name match first, then a close name, then the other fields. */
function classify(words: Bitset, names: Bitset, close: Bitset): TextMatches {
  const all = new Uint32Array(words.length);
  const onlyClose = new Uint32Array(words.length);
  const onlyWords = new Uint32Array(words.length);
  for (let w = 0; w < words.length; w++) {
    all[w] = words[w] | names[w] | close[w];
    onlyClose[w] = close[w] & ~names[w];
    onlyWords[w] = words[w] & ~names[w] & ~close[w];
  }
  return {
    all,
    classes: [
      { rank: MatchClass.NAME, bits: names },
      { rank: MatchClass.CLOSE_NAME, bits: onlyClose },
      { rank: MatchClass.WORDS, bits: onlyWords },
    ],
  };
}

/** Sets the position of each seq that the columns list (a member who joined since is left out). */
function mark(seqs: Seqs, columns: DirectoryColumns, bits: Bitset): void {
  if (!seqs) return;
  for (let offset = 0; offset + 4 <= seqs.length; offset += 4) {
    const position = positionOf(columns, seqs.readInt32BE(offset));
    if (position >= 0) setBit(bits, position);
  }
}
