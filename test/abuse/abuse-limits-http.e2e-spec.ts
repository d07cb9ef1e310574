import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ABUSE_LIMITS_ENV, LOGIN, codeOf, send, type Answer } from '../support/abuse-limits.js';
import { ADMIN, startTestPlatform, type TestPlatform } from '../support/test-platform.js';

/** Abuse limits over HTTP (helmet, the CORS allow-list), and what production hides. */
describe('abuse limits (issue 8, item 4)', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform(ABUSE_LIMITS_ENV);
  });

  afterAll(() => platform.close());

  describe('HTTP', () => {
    it('sends security headers (helmet) on GraphQL and plain routes', async () => {
      for (const response of [
        await fetch(`${platform.apiUrl}/health/live`),
        await fetch(`${platform.apiUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ __typename }' }),
        }),
      ]) {
        expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
        expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'/);
        expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
        expect(response.headers.get('referrer-policy')).toBe('no-referrer');
        expect(response.headers.get('x-powered-by')).toBeNull();
      }
    });

    it("answers browsers from PUBLIC_URL's origin and refuses pages elsewhere", async () => {
      const preflight = (origin: string) =>
        fetch(`${platform.apiUrl}/graphql`, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'content-type, authorization',
          },
        });
      const ours = await preflight('http://confer.test');
      expect(ours.status).toBe(204);
      expect(ours.headers.get('access-control-allow-origin')).toBe('http://confer.test');
      const theirs = await preflight('https://evil.example');
      expect(theirs.status).toBe(403);
      expect(theirs.headers.get('access-control-allow-origin')).toBeNull();

      const allowed = await send(
        platform.apiUrl,
        { query: '{ __typename }' },
        { origin: 'http://confer.test' },
      );
      expect(allowed.status).toBe(200);
      expect(allowed.headers.get('access-control-allow-origin')).toBe('http://confer.test');
      const foreign = await send(
        platform.apiUrl,
        { query: LOGIN, variables: { i: ADMIN } },
        { origin: 'https://evil.example' },
      );
      expect(foreign.status).toBe(403);
      expect(foreign.body.errors?.[0]).toEqual({
        message: 'Confer does not answer requests from web pages on this address.',
        extensions: { code: 'FORBIDDEN' },
      });
      expect(foreign.body.data).toBeUndefined();
    });
  });
});

describe('in production', () => {
  let platform: TestPlatform;
  let dev: TestPlatform;

  beforeAll(async () => {
    [platform, dev] = await Promise.all([
      startTestPlatform({ NODE_ENV: 'production', MAIL_OUTBOX_ONLY: 'true', LOG_LEVEL: 'silent' }),
      startTestPlatform(),
    ]);
  });

  afterAll(() => Promise.all([platform.close(), dev.close()]));

  it('refuses introspection', async () => {
    for (const query of [
      '{ __schema { types { name } } }',
      '{ __type(name: "Member") { fields { name } } }',
    ]) {
      const answer = await send(platform.apiUrl, { query });
      expect(answer.status).toBe(400);
      expect(answer.body.data).toBeUndefined();
      expect(codeOf(answer)).toBe('BAD_USER_INPUT');
      expect(answer.text).not.toMatch(/"Member"|"fields"/);
    }
    // Outside production, tools may still read the schema.
    expect((await send(dev.apiUrl, { query: '{ __schema { queryType { name } } }' })).body.data).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });
  });

  it('gives no "Did you mean" hints about fields, arguments or values', async () => {
    const misspelt = '{ mee { id } }';
    expect((await send(dev.apiUrl, { query: misspelt })).body.errors?.[0]?.message).toMatch(
      /Did you mean "me"\?/,
    );
    const hidden = await send(platform.apiUrl, { query: misspelt });
    expect(hidden.body.errors?.[0]).toMatchObject({
      message: 'Cannot query field "mee" on type "Query".',
      extensions: { code: 'BAD_USER_INPUT' },
    });

    const adminToken = await platform.login(ADMIN.email, ADMIN.password);
    const badRole = await send(
      platform.apiUrl,
      {
        query:
          'mutation($r: MemberRole) { createInvitation(input: { email: "x@example.org", role: $r }) { token } }',
        variables: { r: 'ADMINN' },
      },
      { authorization: `Bearer ${adminToken}` },
    );
    expect(codeOf(badRole)).toBe('BAD_USER_INPUT');
    expect(badRole.text).not.toMatch(/Did you mean/);
  });

  it('shows no stack traces or internals, whatever goes wrong', async () => {
    const broken = await send(platform.apiUrl, '{"query": ');
    expect(broken.status).toBe(400);
    const syntax = await send(platform.apiUrl, { query: 'mutation { login(input: { ' });
    expect(codeOf(syntax)).toBe('BAD_USER_INPUT');
    await platform.db.query('ALTER TABLE members RENAME TO members_elsewhere');
    let failure: Answer;
    try {
      failure = await send(platform.apiUrl, {
        query: LOGIN,
        variables: { i: { email: 'a@b.org', password: 'whatever it is' } },
      });
    } finally {
      await platform.db.query('ALTER TABLE members_elsewhere RENAME TO members');
    }
    expect(failure.body.errors?.[0]).toEqual({
      message: 'Something went wrong on our side. Please try again in a moment.',
      locations: expect.any(Array),
      path: ['login'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    for (const answer of [broken, syntax, failure]) {
      expect(answer.text).not.toMatch(
        /stacktrace|at \w+ \(|node_modules|QueryFailedError|members_elsewhere|<html/i,
      );
    }
  });

  it('believes no X-Forwarded-For unless TRUST_PROXY says so', async () => {
    await send(
      platform.apiUrl,
      { query: LOGIN, variables: { i: { email: 'spoof@example.org', password: 'not the password' } } },
      { 'x-forwarded-for': '198.51.100.200' },
    );
    const keys = await platform.db.query<{ key: string }>(
      "SELECT key FROM throttle_counters WHERE key LIKE 'login-address:%' ORDER BY key",
    );
    expect(keys.map((row) => row.key)).toEqual(['login-address:127.0.0.1']);
  });
});
