import type { DataSource } from 'typeorm';
import { emptyBitset, setBit, type Bitset } from './bitset.js';
import type { DirectoryColumns } from './directory-columns.js';
import type { RankedSet } from './directory-page.js';
import { queryWords, textStatements, type Statement } from './directory-query.js';

/**
 * Relevance with text, best first: every word in the name or handle; every word close to a word of the name
 * (a typo, another spelling); the words found elsewhere (headline, job title, organisation, bio). Within a
 * class, name order.
 */
export const MatchClass = { NAME: 3, CLOSE_NAME: 2, WORDS: 1 } as const;

export type TextStatements = ReturnType<typeof textStatements>;

export interface TextMatches {
  /** Every match. */
  all: Bitset;
  /** The matches by class, best first. */
  classes: RankedSet[];
}

/** Seqs, four bytes each (big-endian), as the statements answer them; null for none. */
type Seqs = Buffer | null;

/** The text half of a search: PostgreSQL finds the matches; this places them in the directory's columns. */
export class DirectoryText {
  constructor(private readonly dataSource: DataSource) {}

  /** The SQL statements for `text`; undefined when it has no words. */
  statements(text: string | null | undefined): TextStatements | undefined {
    const trimmed = text?.trim() ?? '';
    const words = queryWords(trimmed);
    return words.length ? textStatements(trimmed, words) : undefined;
  }

  /**
   * The matches, by class. The statements run side by side; each answer is placed as soon as it comes, while
   * the others are still running.
   */
  async match(statements: TextStatements, columnsReady: Promise<DirectoryColumns>): Promise<TextMatches> {
    const run = async <T>(statement: Statement): Promise<Partial<T>> =>
      (await this.dataSource.query<T[]>(statement.sql, statement.params))[0] ?? {};
    let words: Bitset | undefined;
    const [names] = await Promise.all([
      run<{ names: Seqs; close: Seqs }>(statements.names),
      ...statements.words.map(async (statement) => {
        const row = await run<{ words: Seqs }>(statement);
        const columns = await columnsReady;
        words ??= emptyBitset(columns.size);
        mark(row.words ?? null, columns.positionOfSeq, words);
      }),
    ]);
    const columns = await columnsReady;
    return classify(columns, words ?? emptyBitset(columns.size), names.names ?? null, names.close ?? null);
  }
}

/** Every match, and the matches by class: a name match first, then a close name, then the other fields. */
function classify(columns: DirectoryColumns, all: Bitset, nameSeqs: Seqs, closeSeqs: Seqs): TextMatches {
  const names = emptyBitset(columns.size);
  const close = emptyBitset(columns.size);
  mark(nameSeqs, columns.positionOfSeq, names);
  mark(closeSeqs, columns.positionOfSeq, close);
  const onlyClose = new Uint32Array(all.length);
  const onlyWords = new Uint32Array(all.length);
  for (let w = 0; w < all.length; w++) {
    all[w] |= names[w] | close[w];
    onlyClose[w] = close[w] & ~names[w];
    onlyWords[w] = all[w] & ~names[w] & ~close[w];
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
