/**
 * A PostgreSQL tsquery, read from its text form (what `websearch_to_tsquery(...)::text` prints), so that the
 * directory can answer it over the postings it fetched: each word's members as a bitset, combined here.
 *
 * Phrases (`<->`, `<N>`) are read as "and": the postings keep no positions, so "patient partner" in quotes
 * finds those who use both words, anywhere.
 */
export type TsQuery =
  | { kind: 'word'; lexeme: string; prefix: boolean }
  | { kind: 'not'; operand: TsQuery }
  | { kind: 'and' | 'or'; operands: TsQuery[] };

/**
 * Parses the text form: quoted lexemes ('' for a quote, backslash escapes), optional `:*` (prefix) and weight
 * letters, `!`, `<->` / `<N>`, `&`, `|` (in that order of precedence) and parentheses. Undefined for an empty
 * query (only stop words).
 */
export function parseTsQuery(text: string): TsQuery | undefined {
  const parser = new Parser(text);
  parser.skipSpaces();
  if (parser.atEnd()) return undefined;
  const query = parser.or();
  parser.skipSpaces();
  if (!parser.atEnd()) throw parser.error('an operator');
  return query;
}

/** The words the query excludes (under a "not"), once each. */
export function negatedWords(query: TsQuery): string[] {
  const found = new Set<string>();
  const visit = (node: TsQuery, negated: boolean): void => {
    if (node.kind === 'word') {
      if (negated) found.add(node.lexeme);
    } else if (node.kind === 'not') visit(node.operand, !negated);
    else node.operands.forEach((operand) => visit(operand, negated));
  };
  visit(query, false);
  return [...found];
}

/** Answers the query with sets: `word` gives a word's set, `not` the complement of a set, `and`/`or` combine. */
export function evaluateTsQuery<S>(
  query: TsQuery,
  sets: { word(lexeme: string, prefix: boolean): S; not(set: S): S; and(sets: S[]): S; or(sets: S[]): S },
): S {
  const evaluate = (node: TsQuery): S => {
    switch (node.kind) {
      case 'word':
        return sets.word(node.lexeme, node.prefix);
      case 'not':
        return sets.not(evaluate(node.operand));
      case 'and':
        return sets.and(node.operands.map(evaluate));
      case 'or':
        return sets.or(node.operands.map(evaluate));
    }
  };
  return evaluate(query);
}

class Parser {
  private at = 0;

  constructor(private readonly text: string) {}

  atEnd(): boolean {
    return this.at >= this.text.length;
  }

  skipSpaces(): void {
    while (this.text[this.at] === ' ') this.at++;
  }

  error(expected: string): Error {
    return new Error(`tsquery ${JSON.stringify(this.text)}: expected ${expected} at ${this.at}`);
  }

  or(): TsQuery {
    const operands = [this.and()];
    while (this.take('|')) operands.push(this.and());
    return operands.length === 1 ? operands[0] : { kind: 'or', operands };
  }

  private and(): TsQuery {
    const operands = [this.phrase()];
    while (this.take('&')) operands.push(this.phrase());
    return operands.length === 1 ? operands[0] : { kind: 'and', operands };
  }

  private phrase(): TsQuery {
    const operands = [this.unary()];
    while (this.takeFollowedBy()) operands.push(this.unary());
    return operands.length === 1 ? operands[0] : { kind: 'and', operands };
  }

  private unary(): TsQuery {
    if (this.take('!')) return { kind: 'not', operand: this.unary() };
    if (this.take('(')) {
      const inner = this.or();
      if (!this.take(')')) throw this.error('")"');
      return inner;
    }
    return this.word();
  }

  private word(): TsQuery {
    this.skipSpaces();
    if (this.text[this.at] !== "'") throw this.error('a quoted word');
    let lexeme = '';
    for (this.at++; ; this.at++) {
      const char = this.text[this.at];
      if (char === undefined) throw this.error('a closing quote');
      if (char === '\\') lexeme += this.text[++this.at] ?? '';
      else if (char !== "'") lexeme += char;
      else if (this.text[this.at + 1] === "'") lexeme += this.text[++this.at];
      else break;
    }
    this.at++;
    let prefix = false;
    const flags = /^:([*A-Da-d]+)/.exec(this.text.slice(this.at));
    if (flags) {
      prefix = flags[1].includes('*');
      this.at += flags[0].length;
    }
    return { kind: 'word', lexeme, prefix };
  }

  /** `<->` or `<N>`. */
  private takeFollowedBy(): boolean {
    this.skipSpaces();
    const operator = /^<(-|\d+)>/.exec(this.text.slice(this.at));
    if (!operator) return false;
    this.at += operator[0].length;
    return true;
  }

  private take(symbol: string): boolean {
    this.skipSpaces();
    if (this.text[this.at] !== symbol) return false;
    this.at++;
    return true;
  }
}
