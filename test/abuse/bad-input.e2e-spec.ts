import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ADMIN, startTestPlatform, type TestPlatform } from '../support/test-platform.js';

/** Every mutation, given bad input, answers BAD_USER_INPUT naming the field (never a 500) and stores nothing. */
describe('bad input to every mutation', () => {
  let platform: TestPlatform;
  let adminToken: string;
  let memberToken: string;
  let invitationToken: string;

  beforeAll(async () => {
    platform = await startTestPlatform();
    adminToken = await platform.login(ADMIN.email, ADMIN.password);
    const invite = await platform.graphql<{ createInvitation: { token: string } }>(
      'mutation { createInvitation(input: { email: "bad-input@example.org" }) { token } }',
      {},
      adminToken,
    );
    invitationToken = invite.data!.createInvitation.token;
    const member = await platform.graphql<{ register: { accessToken: string } }>(
      'mutation($i: RegisterInput!) { register(input: $i) { accessToken } }',
      {
        i: {
          invitationToken,
          email: 'bad-input@example.org',
          password: 'a fine long password',
          displayName: 'Bo',
        },
      },
    );
    memberToken = member.data!.register.accessToken;
  });

  afterAll(() => platform.close());

  const cases: Array<[string, string, Record<string, unknown>, 'admin' | 'member' | 'anonymous', string[]]> =
    [
      [
        'createInvitation with a malformed e-mail',
        'mutation($i: CreateInvitationInput!) { createInvitation(input: $i) { token } }',
        { i: { email: 'nope' } },
        'admin',
        ['email'],
      ],
      [
        'createInvitation with a malformed cohort id',
        'mutation($i: CreateInvitationInput!) { createInvitation(input: $i) { token } }',
        { i: { email: 'ok@example.org', cohortId: 'x' } },
        'admin',
        ['cohortId'],
      ],
      [
        'createInvitation with an unknown role',
        'mutation($i: CreateInvitationInput!) { createInvitation(input: $i) { token } }',
        { i: { email: 'ok@example.org', role: 'KING' } },
        'admin',
        ['role'],
      ],
      [
        'register with everything wrong',
        'mutation($i: RegisterInput!) { register(input: $i) { accessToken } }',
        { i: { invitationToken: '', email: 'x', password: 'short', displayName: '' } },
        'anonymous',
        ['invitationToken', 'email', 'password', 'displayName'],
      ],
      [
        'register with a 200-character name',
        'mutation($i: RegisterInput!) { register(input: $i) { accessToken } }',
        {
          i: {
            invitationToken: 'abc',
            email: 'a@b.org',
            password: 'a fine long password',
            displayName: 'n'.repeat(200),
          },
        },
        'anonymous',
        ['displayName'],
      ],
      [
        'register with a missing field',
        'mutation($i: RegisterInput!) { register(input: $i) { accessToken } }',
        { i: { email: 'a@b.org' } },
        'anonymous',
        ['invitationToken', 'password', 'displayName'],
      ],
      [
        'login with a number for an e-mail',
        'mutation { login(input: { email: 42, password: "x" }) { accessToken } }',
        {},
        'anonymous',
        [],
      ],
      [
        'requestPasswordReset with a malformed e-mail',
        'mutation { requestPasswordReset(email: "not an address") }',
        {},
        'anonymous',
        ['email'],
      ],
      [
        'resetPassword with an unknown token',
        'mutation { resetPassword(token: "nope", password: "a fine long password") }',
        {},
        'anonymous',
        ['token'],
      ],
      [
        'changePassword to a common password',
        'mutation { changePassword(currentPassword: "a fine long password", newPassword: "qwertyqwerty") }',
        {},
        'member',
        ['newPassword'],
      ],
      [
        'changePassword to the same password',
        'mutation { changePassword(currentPassword: "a fine long password", newPassword: "a fine long password") }',
        {},
        'member',
        ['newPassword'],
      ],
      ['a query that does not parse', 'mutation { login(input: { ', {}, 'anonymous', []],
      ['a field that does not exist', 'mutation { launchRocket }', {}, 'anonymous', []],
    ];

  it.each(cases)('%s', async (_name, query, variables, who, fields) => {
    const before = await platform.db.query<{ n: string }>(
      'SELECT (SELECT count(*) FROM members) + (SELECT count(*) FROM invitations) + (SELECT count(*) FROM password_reset_tokens) AS n',
    );
    const token = who === 'admin' ? adminToken : who === 'member' ? memberToken : undefined;
    const result = await platform.graphql(query, variables, token);
    expect(result.status).toBeLessThan(500);
    expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).not.toMatch(/at .*\.(js|ts):\d+/);
    const named = Object.assign(
      {},
      ...(result.errors ?? []).map((error) => error.extensions.fields ?? {}),
    ) as Record<string, string>;
    for (const field of fields) expect(named[field]).toEqual(expect.any(String));
    expect(result.errors?.every((error) => error.extensions.code === 'BAD_USER_INPUT')).toBe(true);
    const after = await platform.db.query<{ n: string }>(
      'SELECT (SELECT count(*) FROM members) + (SELECT count(*) FROM invitations) + (SELECT count(*) FROM password_reset_tokens) AS n',
    );
    expect(after[0].n).toBe(before[0].n);
  });

  it('an invitation to an existing member is a CONFLICT', async () => {
    const result = await platform.graphql(
      'mutation { createInvitation(input: { email: "Bad-Input@example.org" }) { token } }',
      {},
      adminToken,
    );
    expect(result.errors?.[0]?.extensions.code).toBe('CONFLICT');
  });
});
