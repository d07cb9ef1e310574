import type { TestPlatform } from './test-platform.js';

/**
 * Shared by the abuse-limits tests (sign-in, rate limits, GraphQL limits, HTTP and production): requests sent as a
 * client would send them, headers and all, and answers kept whole (status, headers, text) to assert on.
 */
export const LOGIN = 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }';
export const RESET_REQUEST = 'mutation($e: String!) { requestPasswordReset(email: $e) }';

/**
 * The platform's settings for these tests: X-Forwarded-For believed from loopback, 15 wrong sign-ins an address,
 * and the per-member write limits as in production.
 */
export const ABUSE_LIMITS_ENV = { TRUST_PROXY: 'loopback', LOGIN_IP_LIMIT: '15', WRITE_LIMIT_SCALE: '1' };

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; extensions: Record<string, unknown> & { code: string } }>;
    code?: string;
    message?: string;
  };
}

/** POSTs to /graphql as a client would, with any headers (X-Forwarded-For, Origin) and any body. */
export async function send(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: Answer['body'] = {};
  try {
    parsed = JSON.parse(text) as Answer['body'];
  } catch {
    // asserted on by the tests that care
  }
  return { status: response.status, headers: response.headers, text, body: parsed };
}

export const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions.code;

/**
 * GraphQL from a client address (believed: TRUST_PROXY=loopback in ABUSE_LIMITS_ENV, and the tests connect from
 * 127.0.0.1), and signing in from one, on the platform `current` answers (once the test file has started it).
 */
export function fromAddresses(current: () => TestPlatform) {
  const from = (
    address: string,
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<Answer> =>
    send(
      current().apiUrl,
      { query, variables },
      { 'x-forwarded-for': address, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    );
  const login = (address: string, email: string, password: string) =>
    from(address, LOGIN, { i: { email, password } });
  return { from, login };
}
