import { expect } from '@jest/globals';
import { MailCatcher } from './mail-catcher.js';
import { ADMIN, startTestPlatform, type TestPlatform } from './test-platform.js';

/**
 * Shared by the identity tests: identity-sign-in-and-sessions, identity-invitations-and-registration and
 * identity-passwords.
 */
export const INVITE = `mutation($input: CreateInvitationInput!) {
  createInvitation(input: $input) { token mailSent invitation { id email role expiresAt } } }`;
export const REGISTER = `mutation($input: RegisterInput!) {
  register(input: $input) { accessToken refreshToken accessTokenExpiresAt member { id handle displayName role email } } }`;
export const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken member { id role } } }`;
export const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken member { id } } }`;
export const ME = '{ me { id handle displayName role email joinedAt } }';

/** A GraphQL request from a browser or app that names itself `userAgent` (fetch's own is `node`). */
export async function graphqlFrom<T = Record<string, unknown>>(
  platform: TestPlatform,
  userAgent: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<{ data: T | null; errors?: Array<{ message: string; extensions: Record<string, unknown> }> }> {
  const response = await fetch(`${platform.apiUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'user-agent': userAgent,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: T;
    errors?: Array<{ message: string; extensions: Record<string, unknown> }>;
  };
  return { data: body.data ?? null, errors: body.errors };
}

export interface Tokens {
  accessToken: string;
  refreshToken: string;
}

export interface IdentityPlatform {
  platform: TestPlatform;
  mail: MailCatcher;
  adminToken: string;
}

/** A platform that mails to a catcher, and the admin (ADMIN_EMAIL) signed in. */
export async function startIdentityPlatform(): Promise<IdentityPlatform> {
  const mail = new MailCatcher();
  const platform = await startTestPlatform({ SMTP_URL: await mail.start() });
  const adminToken = await platform.login(ADMIN.email, ADMIN.password);
  return { platform, mail, adminToken };
}

export async function stopIdentityPlatform({ platform, mail }: IdentityPlatform): Promise<void> {
  await platform.close();
  await mail.stop();
}

/**
 * Invitations (by the admin unless told) and new members registered by them, on the platform `current` answers (a
 * test file's, once its `beforeAll` has started it).
 */
export function identityHelpers(current: () => IdentityPlatform) {
  async function invite(email: string, role = 'MEMBER', token = current().adminToken): Promise<string> {
    const result = await current().platform.graphql<{ createInvitation: { token: string } }>(
      INVITE,
      { input: { email, role } },
      token,
    );
    expect(result.errors).toBeUndefined();
    return result.data!.createInvitation.token;
  }

  async function registerNew(email: string, displayName: string, password = 'correct horse battery staple') {
    const invitationToken = await invite(email);
    const result = await current().platform.graphql<{
      register: Tokens & { member: { id: string; handle: string } };
    }>(REGISTER, {
      input: { invitationToken, email, password, displayName },
    });
    expect(result.errors).toBeUndefined();
    return result.data!.register;
  }

  return { invite, registerNew };
}
