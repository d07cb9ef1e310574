const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a text cannot be stored as it is, or undefined: NUL (PostgreSQL refuses it) and broken UTF-16 (lone surrogates). */
export function textProblem(value: string): string | undefined {
  if (value.includes('\u0000')) return 'Remove the invisible control character (NUL) from this text.';
  if (LONE_SURROGATE.test(value)) return 'This text has a broken character in it: type or paste it again.';
  return undefined;
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
