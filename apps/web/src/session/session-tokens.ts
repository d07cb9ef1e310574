import { REFRESH_SESSION_TEXT, type AuthPayload } from '../graphql/identity-operations';
import { forgetMemberData, readTokens, writeTokens, type StoredTokens } from './token-store';

/** Renew the access token this long before it expires. */
const RENEW_BEFORE_MS = 60_000;

/**
 * The session's tokens, shared by GraphQL requests and the socket: `freshAccessToken()` renews the access token
 * with the refresh token when it is about to expire, once for everyone asking at the same time (refresh tokens
 * work once). When the session cannot be renewed, it ends and `onEnded` listeners hear of it.
 */
export class SessionTokens {
  private tokens: StoredTokens | null = readTokens();
  private renewing: Promise<string | undefined> | null = null;
  private readonly endedListeners = new Set<() => void>();

  get signedIn(): boolean {
    return this.tokens !== null;
  }

  get refreshToken(): string | undefined {
    return this.tokens?.refreshToken;
  }

  save(payload: Pick<AuthPayload, 'accessToken' | 'refreshToken' | 'accessTokenExpiresAt'>): void {
    this.tokens = {
      accessToken: payload.accessToken,
      refreshToken: payload.refreshToken,
      accessTokenExpiresAt: payload.accessTokenExpiresAt,
    };
    writeTokens(this.tokens);
  }

  /** Signs this tab out: the tokens and whatever the member left here (drafts, unsent messages) are forgotten. */
  clear(): void {
    this.tokens = null;
    writeTokens(null);
    forgetMemberData();
  }

  /** Ends the session here (the server refused it) and tells the listeners. */
  end(): void {
    if (!this.tokens) return;
    this.clear();
    this.endedListeners.forEach((listener) => listener());
  }

  onEnded(listener: () => void): () => void {
    this.endedListeners.add(listener);
    return () => this.endedListeners.delete(listener);
  }

  /** An access token good for at least a minute, renewed if needed; undefined when signed out. */
  async freshAccessToken(): Promise<string | undefined> {
    const tokens = this.tokens;
    if (!tokens) return undefined;
    if (Date.parse(tokens.accessTokenExpiresAt) - Date.now() > RENEW_BEFORE_MS) return tokens.accessToken;
    this.renewing ??= this.renew(tokens.refreshToken).finally(() => (this.renewing = null));
    return this.renewing;
  }

  private async renew(refreshToken: string): Promise<string | undefined> {
    let response: Response;
    try {
      response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: REFRESH_SESSION_TEXT, variables: { refreshToken } }),
      });
    } catch {
      return this.tokens?.accessToken; // offline: try with what we have; the next request asks again
    }
    const body = (await response.json().catch(() => ({}))) as {
      data?: { refreshSession?: AuthPayload } | null;
      errors?: Array<{ extensions?: { code?: string } }>;
    };
    const renewed = body.data?.refreshSession;
    if (renewed) {
      if (this.tokens?.refreshToken === refreshToken) this.save(renewed);
      return renewed.accessToken;
    }
    if (body.errors?.some((error) => error.extensions?.code === 'UNAUTHENTICATED')) {
      this.end();
      return undefined;
    }
    return this.tokens?.accessToken; // a passing fault: keep the session and try again next time
  }
}
