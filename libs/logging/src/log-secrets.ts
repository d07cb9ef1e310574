/** Query parameters that carry a secret in a link: an unsubscribe, an invitation, a password reset. */
const SECRET_PARAMETERS = new Set(['token', 'invitation', 'code']);
const HIDDEN = '[hidden]';

/**
 * A request's address as the logs keep it: the secrets some links carry (a calendar feed's address, the codes of
 * unsubscribe, invitation and password-reset links) replaced, so that reading the logs gives no one those powers.
 */
export function withoutSecrets(url: string): string {
  const [path, query] = splitOnce(url, '?');
  // Routes match whatever the case and with a trailing slash: so does this.
  const shownPath = path.replace(/^\/calendar\/[^/]+\/?$/i, `/calendar/${HIDDEN}.ics`);
  if (query === undefined) return shownPath;
  const shownQuery = query
    .split('&')
    .map((pair) => {
      const [name] = splitOnce(pair, '=');
      return SECRET_PARAMETERS.has(decodeSafely(name).toLowerCase()) ? `${name}=${HIDDEN}` : pair;
    })
    .join('&');
  return `${shownPath}?${shownQuery}`;
}

/** pino's serialized request, with its address, query and route parameters kept free of secrets. */
export function requestWithoutSecrets<T extends { url?: string; query?: unknown; params?: unknown }>(
  request: T,
): T {
  const shown = { ...request };
  if (typeof shown.url === 'string') shown.url = withoutSecrets(shown.url);
  if (shown.query && typeof shown.query === 'object') {
    shown.query = Object.fromEntries(
      Object.entries(shown.query).map(([name, value]) => [
        name,
        SECRET_PARAMETERS.has(name.toLowerCase()) ? HIDDEN : (value as unknown),
      ]),
    );
  }
  // The calendar feed's route parameter is its secret address.
  if (
    shown.params &&
    typeof shown.params === 'object' &&
    typeof shown.url === 'string' &&
    /^\/calendar\//i.test(shown.url)
  )
    shown.params = {};
  return shown;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
