const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a text cannot be stored as it is, or undefined: NUL (PostgreSQL refuses it) and broken UTF-16 (lone surrogates). */
export function textProblem(value: string): string | undefined {
  if (value.includes('\u0000')) return 'Remove the invisible control character (NUL) from this text.';
  if (LONE_SURROGATE.test(value)) return 'This text has a broken character in it: type or paste it again.';
  return undefined;
}

/** Line breaks of any kind: a name or title is one line. */
const LINE_BREAK = /[\n\r\u2028\u2029\u0085]/;
/** Characters that reorder text as it is shown (Trojan Source): the embeddings, overrides and isolates. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
/** Characters that show as nothing, so that two names or titles look alike. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/;
/** C0 (but tab and line feed) and C1 control characters, and DEL: a body keeps its line breaks (\n) and tabs only. */
const BODY_CONTROL = /(?![\t\n])\p{Cc}/u;
const CONTROL = /\p{Cc}/u;

const codePoint = (character: string) =>
  `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Why a text of one line (a display name, a title, a subject) cannot be taken, or undefined: besides
 * `textProblem`, line breaks, text-direction controls, zero-width characters and any other control character.
 */
export function lineProblem(value: string): string | undefined {
  const stored = textProblem(value);
  if (stored) return stored;
  if (LINE_BREAK.test(value)) return 'Keep this to one line, without line breaks.';
  const bidi = BIDI_CONTROL.exec(value)?.[0];
  if (bidi) return `Remove the invisible text-direction character (${codePoint(bidi)}) from this text.`;
  const zeroWidth = ZERO_WIDTH.exec(value)?.[0];
  if (zeroWidth) return `Remove the invisible zero-width character (${codePoint(zeroWidth)}) from this text.`;
  const control = CONTROL.exec(value)?.[0];
  if (control) return `Remove the invisible control character (${codePoint(control)}) from this text.`;
  return undefined;
}

/**
 * Why a text of several lines (a message, a description, a bio) cannot be taken, or undefined: besides
 * `textProblem`, control characters other than line feeds and tabs. A carriage return is one too: the transports
 * turn "\r\n" into "\n" (`withPlainLineBreaks`), so one left is on its own.
 */
export function bodyProblem(value: string): string | undefined {
  const stored = textProblem(value);
  if (stored) return stored;
  const control = BODY_CONTROL.exec(value)?.[0];
  if (control === '\r')
    return 'Use ordinary line breaks: this text has a stray carriage return (U+000D) in it.';
  if (control) return `Remove the invisible control character (${codePoint(control)}) from this text.`;
  return undefined;
}

/** A value with every text's "\r\n" line breaks made "\n" (objects and arrays walked): how both transports take text. */
export function withPlainLineBreaks<T>(value: T, depth = 0): T {
  if (typeof value === 'string') return (value.includes('\r\n') ? value.replace(/\r\n/g, '\n') : value) as T;
  if (depth > 20 || !value || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item: unknown) => withPlainLineBreaks(item, depth + 1)) as T;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = withPlainLineBreaks(item, depth + 1);
  return copy as T;
}

/**
 * Every text inside a value (objects and arrays walked, at most `limit` found) that cannot be stored, by its path
 * ("input.name", "ids.2"): how both transports refuse such input with BAD_USER_INPUT before anything runs.
 */
export function badTexts(value: unknown, path = '', limit = 20): Record<string, string> {
  const found: Record<string, string> = {};
  const visit = (node: unknown, at: string, depth: number): void => {
    if (Object.keys(found).length >= limit || depth > 20) return;
    if (typeof node === 'string') {
      const problem = textProblem(node);
      if (problem) found[at || 'value'] = problem;
    } else if (Array.isArray(node)) {
      node.forEach((item, i) => visit(item, at ? `${at}.${i}` : String(i), depth + 1));
    } else if (node && typeof node === 'object') {
      for (const [key, item] of Object.entries(node)) visit(item, at ? `${at}.${key}` : key, depth + 1);
    }
  };
  visit(value, path, 0);
  return found;
}
