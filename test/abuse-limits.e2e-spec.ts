import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { RateLimitedError } from '#libs/errors';
import { Throttle } from '#libs/rate-limits';
import { createApiApp } from '../apps/api/src/bootstrap.js';
import { MEMBER_PASSWORD, newMember } from './support/member-factory.js';
import { signedInPerson, privateThread, type Person } from './support/people.js';
import { ADMIN, startTestPlatform, type TestPlatform } from './support/test-platform.js';
import { eventually } from './support/until.js';

const LOGIN = 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }';
const REGISTER = 'mutation($i: RegisterInput!) { register(input: $i) { accessToken } }';
const RESET_REQUEST = 'mutation($e: String!) { requestPasswordReset(email: $e) }';
const INVITE = 'mutation($e: String!) { createInvitation(input: { email: $e }) { token } }';
const POST = 'mutation($i: PostMessageInput!) { postMessage(input: $i) { id } }';

interface Answer {
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
async function send(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
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

const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions.code;

describe('abuse limits (issue 8, item 4)', () => {
  let platform: TestPlatform;
  /** GraphQL from a client address (believed: TRUST_PROXY=loopback here, and the tests connect from 127.0.0.1). */
  let from: (
    address: string,
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ) => Promise<Answer>;
  const login = (address: string, email: string, password: string) =>
    from(address, LOGIN, { i: { email, password } });

  beforeAll(async () => {
    platform = await startTestPlatform({ TRUST_PROXY: 'loopback', LOGIN_IP_LIMIT: '15' });
    from = (address, query, variables = {}, token) =>
      send(
        platform.apiUrl,
        { query, variables },
        { 'x-forwarded-for': address, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      );
  });

  afterAll(() => platform.close());

  describe('signing in', () => {
    it('answers the 11th wrong password in 15 minutes RATE_LIMITED with retryAfter, and the right one too', async () => {
      const sam = await newMember(platform.db, { displayName: 'Sam Lockout' });
      const address = '192.0.2.10';
      for (let i = 1; i <= 5; i++) {
        expect(codeOf(await login(address, sam.email, `wrong password ${i}`))).toBe('UNAUTHENTICATED');
      }
      // A right password in between counts for nothing.
      for (let i = 0; i < 3; i++)
        expect(codeOf(await login(address, sam.email, MEMBER_PASSWORD))).toBeUndefined();
      for (let i = 6; i <= 10; i++) {
        const wrong = await login(address, sam.email, `wrong password ${i}`);
        expect(wrong.body.errors?.[0]).toMatchObject({
          message: 'The e-mail address or password is not right.',
          extensions: { code: 'UNAUTHENTICATED' },
        });
      }

      const eleventh = await login(address, sam.email, 'wrong password 11');
      expect(eleventh.body.errors?.[0]?.extensions).toEqual({
        code: 'RATE_LIMITED',
        retryAfter: expect.any(Number),
      });
      const retryAfter = eleventh.body.errors![0].extensions.retryAfter as number;
      expect(retryAfter).toBeGreaterThan(14 * 60);
      expect(retryAfter).toBeLessThanOrEqual(15 * 60);
      expect(eleventh.body.errors![0].message).toMatch(
        /too many attempts to sign in to this account.*try again in 1[45] minutes.*even the right password/,
      );

      // The right password waits too, however the address is spelt, and from anywhere.
      for (const [where, email] of [
        [address, sam.email],
        ['198.51.100.77', sam.email.toUpperCase()],
      ] as const) {
        const right = await login(where, ` ${email} `, MEMBER_PASSWORD);
        expect(codeOf(right)).toBe('RATE_LIMITED');
        expect(right.body.data).toBeNull();
      }

      // Another member at the same address is not locked out.
      const colleague = await newMember(platform.db, { displayName: 'Same Office' });
      expect(codeOf(await login(address, colleague.email, MEMBER_PASSWORD))).toBeUndefined();

      // When the window ends, the right password works again, and wrong ones are counted afresh.
      await platform.db.query(
        "UPDATE throttle_counters SET expires_at = now() - interval '1 second' WHERE key = $1",
        [`login-account:${sam.email}`],
      );
      expect(codeOf(await login(address, sam.email, 'wrong once more'))).toBe('UNAUTHENTICATED');
      expect(codeOf(await login(address, sam.email, MEMBER_PASSWORD))).toBeUndefined();
    });

    it('counts an address of any length, and answers it as any wrong password', async () => {
      const long = `${'x'.repeat(5_000)}@example.org`;
      for (let i = 0; i < 10; i++)
        expect(codeOf(await login('192.0.2.14', long, 'a wrong one'))).toBe('UNAUTHENTICATED');
      expect(codeOf(await login('192.0.2.14', long, 'a wrong one'))).toBe('RATE_LIMITED');
    });

    it('lets no more than 10 of 30 wrong passwords sent at once be tried', async () => {
      const target = await newMember(platform.db, { displayName: 'Many At Once' });
      const answers = await Promise.all(
        Array.from({ length: 30 }, (_, i) => login('192.0.2.11', target.email, `guess number ${i}`)),
      );
      const codes = answers.map(codeOf);
      expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(10);
      expect(codes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(20);
    });

    it('keeps the counters in the database, so that every API replica shares them', async () => {
      const second: INestApplication = await createApiApp(platform.config, platform.db.url);
      await second.listen(0, '127.0.0.1');
      try {
        const secondUrl = `http://127.0.0.1:${((second.getHttpServer() as Server).address() as AddressInfo).port}`;
        const pat = await newMember(platform.db, { displayName: 'Two Replicas' });
        const viaSecond = (password: string) =>
          send(secondUrl, { query: LOGIN, variables: { i: { email: pat.email, password } } });
        for (let i = 0; i < 5; i++) {
          expect(codeOf(await login('192.0.2.12', pat.email, `first replica ${i}`))).toBe('UNAUTHENTICATED');
          expect(codeOf(await viaSecond(`second replica ${i}`))).toBe('UNAUTHENTICATED');
        }
        expect(codeOf(await viaSecond(MEMBER_PASSWORD))).toBe('RATE_LIMITED');
        expect(codeOf(await login('192.0.2.12', pat.email, MEMBER_PASSWORD))).toBe('RATE_LIMITED');
        const [row] = await platform.db.query<{ count: number }>(
          'SELECT count FROM throttle_counters WHERE key = $1',
          [`login-account:${pat.email}`],
        );
        expect(row?.count).toBe(10);
      } finally {
        await second.close();
      }
    });

    it('counts wrong passwords per address (LOGIN_IP_LIMIT), so that an office is shut out only by many', async () => {
      const office = '203.0.113.7';
      // Right passwords from one address never count: the benchmarks sign in 1,000 members from 127.0.0.1.
      const regular = await newMember(platform.db, { displayName: 'Regular Visitor' });
      for (let i = 0; i < 20; i++)
        expect(codeOf(await login(office, regular.email, MEMBER_PASSWORD))).toBeUndefined();

      for (let i = 0; i < 15; i++) {
        expect(codeOf(await login(office, `stranger-${i}@example.org`, 'not a real password'))).toBe(
          'UNAUTHENTICATED',
        );
      }
      const sixteenth = await login(office, 'stranger-16@example.org', 'not a real password');
      expect(sixteenth.body.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/too many unsuccessful sign-ins from your network/),
        extensions: { code: 'RATE_LIMITED', retryAfter: expect.any(Number) },
      });
      expect(codeOf(await login(office, regular.email, MEMBER_PASSWORD))).toBe('RATE_LIMITED');
      // Another address, and the same member from it, are not affected.
      expect(codeOf(await login('203.0.113.8', regular.email, MEMBER_PASSWORD))).toBeUndefined();
    });

    it('counts an IPv6 client by its /64 network', async () => {
      for (let i = 0; i < 15; i++) {
        await login(`2001:db8:7:7::${i + 1}`, `v6-${i}@example.org`, 'not a real password');
      }
      expect(codeOf(await login('2001:db8:7:7:ffff::1', 'v6-x@example.org', 'not a real password'))).toBe(
        'RATE_LIMITED',
      );
      expect(codeOf(await login('2001:db8:7:8::1', 'v6-y@example.org', 'not a real password'))).toBe(
        'UNAUTHENTICATED',
      );
    });

    it('ends a lockout when the member resets their password', async () => {
      const reset = await newMember(platform.db, { displayName: 'Reset Me' });
      for (let i = 0; i < 10; i++) await login('192.0.2.13', reset.email, `forgotten ${i}`);
      expect(codeOf(await login('192.0.2.13', reset.email, MEMBER_PASSWORD))).toBe('RATE_LIMITED');
      expect(codeOf(await from('192.0.2.13', RESET_REQUEST, { e: reset.email }))).toBeUndefined();
      const mailed = await eventually(async () => {
        const [row] = await platform.db.query<{ text: string }>(
          'SELECT text FROM outbox_emails WHERE recipient = $1',
          [reset.email],
        );
        return row?.text;
      });
      const token = /reset-password\?token=([\w-]+)/.exec(mailed)![1];
      const done = await from(
        '192.0.2.13',
        'mutation($t: String!) { resetPassword(token: $t, password: "a brand new passphrase") }',
        {
          t: token,
        },
      );
      expect(codeOf(done)).toBeUndefined();
      expect(codeOf(await login('192.0.2.13', reset.email, 'a brand new passphrase'))).toBeUndefined();
    });
  });

  describe('registration, password resets, invitations, messages and reports', () => {
    it('refuses registration from an address after 20 invitation codes that did not work', async () => {
      const address = '192.0.2.20';
      const attempt = (email: string, code: string) =>
        from(address, REGISTER, {
          i: { invitationToken: code, email, password: 'a long enough password', displayName: 'Guess Work' },
        });
      for (let i = 0; i < 20; i++) {
        const answer = await attempt(`guess-${i}@example.org`, `made-up-code-${i}`);
        expect(answer.body.errors?.[0]?.extensions.fields).toEqual({ invitationToken: expect.any(String) });
      }
      const refused = await attempt('guess-21@example.org', 'made-up-code-21');
      expect(refused.body.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/invitation codes that did not work/),
        extensions: { code: 'RATE_LIMITED', retryAfter: expect.any(Number) },
      });
      // Someone else, elsewhere, with a real invitation registers as usual.
      const admin = await platform.login(ADMIN.email, ADMIN.password);
      const invitation = await platform.graphql<{ createInvitation: { token: string } }>(
        INVITE,
        { e: 'welcome@example.org' },
        admin,
      );
      const welcome = await from('192.0.2.21', REGISTER, {
        i: {
          invitationToken: invitation.data!.createInvitation.token,
          email: 'welcome@example.org',
          password: 'a long enough password',
          displayName: 'Real Person',
        },
      });
      expect(welcome.body.errors).toBeUndefined();
    });

    it('limits password resets per e-mail address and per client address, member or not alike', async () => {
      const member = await newMember(platform.db, { displayName: 'Often Forgets' });
      for (const email of [member.email, 'not-a-member@example.org']) {
        for (let i = 0; i < 5; i++) {
          expect((await from('192.0.2.30', RESET_REQUEST, { e: email })).body.data).toEqual({
            requestPasswordReset: true,
          });
        }
        const sixth = await from('192.0.2.31', RESET_REQUEST, { e: email });
        expect(sixth.body.errors?.[0]).toMatchObject({
          message: expect.stringMatching(/Several reset e-mails have been asked for this address/),
          extensions: { code: 'RATE_LIMITED', retryAfter: expect.any(Number) },
        });
      }
      // Per client address: 20 an hour, whichever addresses are asked about.
      for (let i = 0; i < 20; i++) {
        expect(
          codeOf(await from('192.0.2.32', RESET_REQUEST, { e: `someone-${i}@example.org` })),
        ).toBeUndefined();
      }
      const refused = await from('192.0.2.32', RESET_REQUEST, { e: 'someone-else@example.org' });
      expect(codeOf(refused)).toBe('RATE_LIMITED');
      expect(refused.body.errors?.[0]?.message).toMatch(/many password reset requests from your network/);
    });

    it('lets one organiser or admin send at most 100 invitations an hour', async () => {
      const organiser = await signedInPerson(platform, 'Busy Organiser', { role: 'ORGANISER' });
      for (let i = 0; i < 100; i++) {
        const answer = await platform.graphql(INVITE, { e: `invitee-${i}@example.org` }, organiser.token);
        expect(answer.errors).toBeUndefined();
      }
      const refused = await platform.graphql(INVITE, { e: 'invitee-101@example.org' }, organiser.token);
      expect(refused.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/You have sent 100 invitations in the last hour/),
        extensions: { code: 'RATE_LIMITED', retryAfter: expect.any(Number) },
      });
      const other = await signedInPerson(platform, 'Other Organiser', { role: 'ORGANISER' });
      expect(
        (await platform.graphql(INVITE, { e: 'invitee-101@example.org' }, other.token)).errors,
      ).toBeUndefined();
    });

    it('lets a member post REALTIME_SEND_LIMIT messages a minute through GraphQL, as on the socket', async () => {
      const owner: Person = await signedInPerson(platform, 'Quick Typist');
      const friend: Person = await signedInPerson(platform, 'Slow Typist');
      const { threadId } = await privateThread(platform, owner, [friend], 'Chatter');
      const limit = platform.config.realtimeSendLimit;
      expect(limit).toBe(60);
      for (let i = 0; i < limit; i++) {
        expect(
          (await platform.graphql(POST, { i: { threadId, body: `message ${i}` } }, owner.token)).errors,
        ).toBeUndefined();
      }
      const refused = await platform.graphql(POST, { i: { threadId, body: 'one too many' } }, owner.token);
      expect(refused.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/You are sending very quickly/),
        extensions: { code: 'RATE_LIMITED', retryAfter: expect.any(Number) },
      });
      expect(refused.errors![0].extensions.retryAfter).toBeLessThanOrEqual(60);
      const [{ n }] = await platform.db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM messages WHERE body = 'one too many'",
      );
      expect(n).toBe(0);
      expect(
        (await platform.graphql(POST, { i: { threadId, body: 'my turn' } }, friend.token)).errors,
      ).toBeUndefined();
    });

    it('gives other domains one call that counts and refuses (reports: throttle.require), and sweeps ended windows', async () => {
      const throttle = platform.api.get(Throttle);
      for (let i = 0; i < 3; i++) await throttle.require('report:someone', 3, 3600);
      const refusal = await throttle.require('report:someone', 3, 3600).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(RateLimitedError);
      expect(refusal).toMatchObject({ code: 'RATE_LIMITED', retryAfter: expect.any(Number) });
      expect((refusal as RateLimitedError).retryAfter).toBeGreaterThan(3500);
      // Refused calls are not counted: the counter stays at the limit.
      expect((await throttle.peek(['report:someone'])).get('report:someone')?.count).toBe(3);

      await platform.db.query(
        "UPDATE throttle_counters SET expires_at = now() - interval '1 second' WHERE key = 'report:someone'",
      );
      expect(await throttle.sweep()).toBeGreaterThanOrEqual(1);
      expect(await platform.db.query("SELECT 1 FROM throttle_counters WHERE key = 'report:someone'")).toEqual(
        [],
      );
      await throttle.require('report:someone', 3, 3600);
    });
  });

  describe('GraphQL requests', () => {
    let token: string;

    beforeEach(async () => {
      token ??= (await signedInPerson(platform, 'Query Writer')).token;
    });

    const ask = (query: string, variables: Record<string, unknown> = {}) =>
      send(platform.apiUrl, { query, variables }, { authorization: `Bearer ${token}` });

    it('refuses a query nested 11 deep, and answers one 10 deep', async () => {
      const ten =
        '{ me { groups { members(first: 1) { edges { node { member { groups { members(first: 1) { edges { cursor } } } } } } } } } }';
      const eleven = ten.replace('edges { cursor }', 'edges { node { id } }');
      expect((await ask(ten)).body.errors).toBeUndefined();
      const refused = await ask(eleven);
      expect(refused.status).toBe(400);
      expect(refused.body.errors?.[0]).toEqual({
        message: 'This query is nested 11 levels deep; at most 10 are allowed.',
        extensions: { code: 'BAD_USER_INPUT' },
      });
    });

    it('refuses a request that signs in more than once, with aliases or fragments, and counts none of it', async () => {
      const aliased = await send(platform.apiUrl, {
        query: `mutation {
          a: login(input: { email: "alias-target@example.org", password: "guess one here" }) { accessToken }
          b: login(input: { email: "alias-target@example.org", password: "guess two here" }) { accessToken }
        }`,
      });
      expect(aliased.status).toBe(400);
      expect(aliased.body.errors?.[0]).toMatchObject({
        message: 'Only one login is allowed in a request (this one has 2).',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      const fragments = await send(platform.apiUrl, {
        query: `mutation { ...A ...B }
          fragment A on Mutation { a: login(input: { email: "alias-target@example.org", password: "guess three" }) { accessToken } }
          fragment B on Mutation { b: login(input: { email: "alias-target@example.org", password: "guess four!" }) { accessToken } }`,
      });
      expect(codeOf(fragments)).toBe('BAD_USER_INPUT');
      expect(
        await platform.db.query("SELECT 1 FROM throttle_counters WHERE key LIKE '%alias-target@example.org'"),
      ).toEqual([]);
      // Batches (a JSON array of operations) are refused too.
      const batch = await send(platform.apiUrl, [
        { query: LOGIN, variables: { i: { email: 'alias-target@example.org', password: 'batched one' } } },
        { query: LOGIN, variables: { i: { email: 'alias-target@example.org', password: 'batched two' } } },
      ]);
      expect(batch.status).toBe(400);
      expect(batch.body.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/one GraphQL operation per request/),
        extensions: { code: 'BAD_USER_INPUT' },
      });
    });

    it('refuses more than 15 aliases', async () => {
      const aliases = (n: number) =>
        `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`;
      expect((await ask(aliases(15))).body.errors).toBeUndefined();
      const refused = await ask(aliases(16));
      expect(refused.status).toBe(400);
      expect(refused.body.errors?.[0]).toMatchObject({
        message: 'This query uses 16 aliases; at most 15 are allowed.',
        extensions: { code: 'BAD_USER_INPUT' },
      });
    });

    it('refuses a query that would ask for too much, counting pages from the variables', async () => {
      const nested = `query($outer: Int, $inner: Int) {
        groups(first: $outer, filter: { joinedOnly: true }) { edges { node { members(first: $inner) { edges { node { id member { handle displayName } } } } } } } }`;
      expect((await ask(nested, { outer: 10, inner: 10 })).body).toEqual({ data: { groups: { edges: [] } } });
      const refused = await ask(nested, { outer: 100, inner: 100 });
      expect(refused.status).toBe(400);
      expect(refused.body.errors?.[0]).toMatchObject({
        message: expect.stringMatching(
          /This query asks for too much at once \(a cost of [\d,]+; at most 10,000\)/,
        ),
        extensions: { code: 'BAD_USER_INPUT' },
      });
      // The directory's largest page with every field is well within the limit.
      const directory = `{ members(first: 100) { totalCount edges { cursor node { id handle displayName pronouns headline
        bio livedExperience leaderType organisation jobTitle region { code name } topics { slug name }
        cohort { id name year } openToPairing avatarUrl joinedAt role } } pageInfo { hasNextPage endCursor }
        facets { regions { value count } topics { value count } leaderTypes { value count } } } }`;
      expect((await ask(directory)).body.errors).toBeUndefined();
    });

    it('refuses a query of more than 5,000 tokens', async () => {
      const refused = await ask(`{ ${'__typename '.repeat(5_001)}}`);
      expect(refused.status).toBe(400);
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    });

    it('answers a body over 100 kB with 413 and a plain message, and a body that is not JSON with 400', async () => {
      const huge = await send(platform.apiUrl, {
        query: LOGIN,
        variables: { i: { email: 'big@example.org', password: 'x'.repeat(150 * 1024) } },
      });
      expect(huge.status).toBe(413);
      expect(huge.body).toEqual({
        errors: [
          {
            message: 'This request is too large: at most 100 kB is accepted.',
            extensions: { code: 'BAD_USER_INPUT' },
          },
        ],
      });
      const broken = await send(platform.apiUrl, '{"query": "{ me { id } }"');
      expect(broken.status).toBe(400);
      expect(broken.body.errors?.[0]).toEqual({
        message: 'The request body is not valid JSON.',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      expect(broken.text).not.toMatch(/at \w+ \(|node_modules|<html/i);
    });
  });

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
      startTestPlatform({ NODE_ENV: 'production', LOG_LEVEL: 'silent' }),
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
