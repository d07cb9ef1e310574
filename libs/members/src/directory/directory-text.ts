import type { DataSource } from 'typeorm';
import { emptyBitset, intersection, nextBit, setBit, union, type Bitset } from './bitset.js';
import type { DirectoryColumns } from './directory-columns.js';
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
    mark(row.seqs, this.columns.positionOfSeq, bits);
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
    const words = answer(query, columns, answered, RowKind.WORD, RowKind.LONGER_WORD);
    // A word the query excludes keeps a member out whichever field has it: a name match or a close name too.
    const unwanted = query ? excludedBy(query, columns, answered) : undefined;
    const wanted = (bits: Bitset) => (unwanted ? bits.map((word, w) => word & ~unwanted[w]) : bits);
    const names = wanted(answer(query, columns, answered, RowKind.NAME, RowKind.LONGER_NAME));
    const close = wanted(closeNames(statements.wanted, columns, answered));
    return classify(words, names, close);
  }
}

/** The members of a word anywhere searchable: held in the columns (common words) or read from the postings. */
function wordSet(columns: DirectoryColumns, answered: AnsweredSets, lexeme: string): Bitset | undefined {
  return columns.words.get(lexeme) ?? answered.get(RowKind.WORD, lexeme);
}

/** The members with any word the query excludes (-word), anywhere searchable; undefined when it excludes none. */
function excludedBy(query: TsQuery, columns: DirectoryColumns, answered: AnsweredSets): Bitset | undefined {
  const excluded = negatedWords(query);
  return excluded.length
    ? union(
        columns.size,
        excluded.map((lexeme) => wordSet(columns, answered, lexeme)),
      )
    : undefined;
}

/**
 * The members matching the query, from the members of each of its words (of one kind: anywhere, or names). A
 * word the query excludes is excluded from every part of it: the English and the as-given alternatives each
 * exclude one form of it, and a member with either form stays out.
 */
function answer(
  query: TsQuery | undefined,
  columns: DirectoryColumns,
  answered: AnsweredSets,
  kind: typeof RowKind.WORD | typeof RowKind.NAME,
  longerKind: typeof RowKind.LONGER_WORD | typeof RowKind.LONGER_NAME,
): Bitset {
  const none = emptyBitset(columns.size);
  if (!query) return none;
  const found = evaluateTsQuery<Bitset>(query, {
    word: (lexeme, prefix) => {
      // A common word's members are in the columns (and were not read).
      const whole =
        (kind === RowKind.WORD ? wordSet(columns, answered, lexeme) : answered.get(kind, lexeme)) ?? none;
      const begun = prefix ? answered.get(longerKind, lexeme) : undefined;
      return begun ? union(columns.size, [whole, begun]) : whole;
    },
    not: (set) => columns.everyone.map((word, w) => word & ~set[w]),
    and: ([first, ...others]) => intersection(first, ...others),
    or: (sets) => union(columns.size, sets),
  });
  const unwanted = kind === RowKind.WORD ? excludedBy(query, columns, answered) : undefined;
  // A new set: `found` may be one of the held sets themselves.
  return unwanted ? found.map((word, w) => word & ~unwanted[w]) : found;
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

/** Sets the position of each seq that the snapshot lists (a member who joined since is left out). */
function mark(seqs: Seqs, positionOfSeq: Int32Array, bits: Bitset): void {
  if (!seqs) return;
  for (let offset = 0; offset + 4 <= seqs.length; offset += 4) {
    const seq = seqs.readInt32BE(offset);
    const position = seq < positionOfSeq.length ? positionOfSeq[seq] : -1;
    if (position >= 0) setBit(bits, position);
  }
}
