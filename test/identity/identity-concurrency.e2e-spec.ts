import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AdminBootstrapService } from '#libs/identity';
import { ADMIN, startTestPlatform, type TestPlatform } from '../support/test-platform.js';

const REGISTER = 'mutation($i: RegisterInput!) { register(input: $i) { member { handle } } }';

describe('identity under concurrent requests', () => {
  let platform: TestPlatform;
  let adminToken: string;

  beforeAll(async () => {
    platform = await startTestPlatform();
    adminToken = await platform.login(ADMIN.email, ADMIN.password);
  });

  afterAll(() => platform.close());

  async function invite(email: string): Promise<string> {
    const result = await platform.graphql<{ createInvitation: { token: string } }>(
      'mutation($e: String!) { createInvitation(input: { email: $e }) { token } }',
      { e: email },
      adminToken,
    );
    return result.data!.createInvitation.token;
  }

  it('gives six people of the same name, registering at once, six different handles', async () => {
    const emails = Array.from({ length: 6 }, (_, i) => `same.name.${i}@example.org`);
    const tokens = await Promise.all(emails.map(invite));
    const results = await Promise.all(
      emails.map((email, i) =>
        platform.graphql<{ register: { member: { handle: string } } }>(REGISTER, {
          i: {
            invitationToken: tokens[i],
            email,
            password: 'the same name, twice',
            displayName: 'Alex Morgan',
          },
        }),
      ),
    );
    expect(results.map((r) => r.errors)).toEqual(results.map(() => undefined));
    const handles = results.map((r) => r.data!.register.member.handle);
    expect(new Set(handles).size).toBe(6);
    expect(handles).toContain('alex-morgan');
  });

  it('lets one invitation register exactly one account when used twice at once', async () => {
    const token = await invite('double.click@example.org');
    const input = {
      invitationToken: token,
      email: 'double.click@example.org',
      password: 'clicked it twice',
      displayName: 'Dee Double',
    };
    const results = await Promise.all([
      platform.graphql(REGISTER, { i: input }),
      platform.graphql(REGISTER, { i: input }),
    ]);
    expect(results.filter((r) => r.errors === undefined)).toHaveLength(1);
    expect(results.find((r) => r.errors)?.errors?.[0]?.extensions.code).toMatch(/BAD_USER_INPUT|CONFLICT/);
    expect(
      await platform.db.query("SELECT 1 FROM members WHERE email = 'double.click@example.org'"),
    ).toHaveLength(1);
  });

  it('creates the ADMIN_EMAIL account once when several replicas start together', async () => {
    const bootstrap = platform.api.get(AdminBootstrapService);
    const admins = await Promise.all(
      [1, 2, 3].map(() => bootstrap.ensureAdmin('new.ops@example.org', 'replicas start together')),
    );
    expect(new Set(admins.map((a) => a.id)).size).toBe(1);
    expect(
      await platform.db.query("SELECT 1 FROM members WHERE email = 'new.ops@example.org' AND role = 'ADMIN'"),
    ).toHaveLength(1);
  });

  it('spends a refresh token once when it is presented twice at the same moment', async () => {
    const login = await platform.graphql<{ login: { refreshToken: string } }>(
      'mutation($i: LoginInput!) { login(input: $i) { refreshToken } }',
      { i: ADMIN },
    );
    const REFRESH = 'mutation($t: String!) { refreshSession(refreshToken: $t) { refreshToken } }';
    const t = login.data!.login.refreshToken;
    const results = await Promise.all([platform.graphql(REFRESH, { t }), platform.graphql(REFRESH, { t })]);
    expect(results.filter((r) => r.errors === undefined)).toHaveLength(1);
    expect(results.find((r) => r.errors)?.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});
