// Where the session's tokens are kept: this tab's sessionStorage. Each tab signs in on its own, so two tabs never
// race to use the same refresh token (a refresh token used twice ends the whole session, by design).
export interface StoredTokens {
  accessToken: string;
  refreshToken: string;
  /** ISO time; the access token is renewed shortly before it. */
  accessTokenExpiresAt: string;
}

const KEY = 'confer.session';

export function readTokens(): StoredTokens | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<StoredTokens>;
    return parsed.accessToken && parsed.refreshToken && parsed.accessTokenExpiresAt
      ? (parsed as StoredTokens)
      : null;
  } catch {
    return null;
  }
}

export function writeTokens(tokens: StoredTokens | null): void {
  try {
    if (tokens) sessionStorage.setItem(KEY, JSON.stringify(tokens));
    else sessionStorage.removeItem(KEY);
  } catch {
    // storage refused (private mode quotas): the session lasts as long as the page
  }
}

/**
 * Forgets what a member left in this tab besides the tokens (drafts and unsent messages of threads: `confer.draft.*`,
 * `confer.unsent.*`), so that the next person to sign in here never sees them.
 */
export function forgetMemberData(): void {
  try {
    const keys = Array.from({ length: sessionStorage.length }, (_, i) => sessionStorage.key(i) ?? '');
    for (const key of keys) {
      if (key.startsWith('confer.draft.') || key.startsWith('confer.unsent.')) sessionStorage.removeItem(key);
    }
  } catch {
    // storage refused: nothing was kept
  }
}
