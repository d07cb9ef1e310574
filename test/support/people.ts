import { MEMBER_PASSWORD, newMember, type NewMember } from './member-factory.js';
import type { TestPlatform } from './test-platform.js';

export interface Person {
  id: string;
  email: string;
  handle: string;
  token: string;
}

/** A new member (with these profile fields), signed in. */
export async function signedInPerson(
  platform: Pick<TestPlatform, 'db' | 'login'>,
  displayName: string,
  fields: NewMember = {},
): Promise<Person> {
  const created = await newMember(platform.db, { ...fields, displayName });
  const [{ handle }] = await platform.db.query<{ handle: string }>(
    'SELECT handle FROM members WHERE id = $1',
    [created.id],
  );
  return {
    id: created.id,
    email: created.email,
    handle,
    token: await platform.login(created.email, MEMBER_PASSWORD),
  };
}

/** GraphQL as `who`; throws on errors. */
export async function gqlAs<T>(
  platform: Pick<TestPlatform, 'graphql'>,
  who: Person,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const result = await platform.graphql<T>(query, variables, who.token);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!;
}

/** `owner` invites `members` into their group, and each accepts. */
export async function inviteIntoGroup(
  platform: Pick<TestPlatform, 'graphql'>,
  owner: Person,
  groupId: string,
  members: Person[],
): Promise<void> {
  for (const member of members) {
    await gqlAs(
      platform,
      owner,
      'mutation($g: ID!, $m: ID!) { inviteToGroup(groupId: $g, memberId: $m) { status } }',
      { g: groupId, m: member.id },
    );
    await gqlAs(platform, member, 'mutation($g: ID!) { acceptGroupInvitation(groupId: $g) { status } }', {
      g: groupId,
    });
  }
}

/** A private group of `owner` with `members` in it, and a thread in it with a first message. */
export async function privateThread(
  platform: Pick<TestPlatform, 'graphql'>,
  owner: Person,
  members: Person[],
  title = 'Notes',
): Promise<{ groupId: string; threadId: string }> {
  const { createGroup } = await gqlAs<{ createGroup: { id: string } }>(
    platform,
    owner,
    'mutation($n: String!) { createGroup(input: { name: $n, visibility: PRIVATE }) { id } }',
    { n: `${title} group` },
  );
  await inviteIntoGroup(platform, owner, createGroup.id, members);
  const { createThread } = await gqlAs<{ createThread: { id: string } }>(
    platform,
    owner,
    'mutation($g: ID!, $t: String!) { createThread(input: { groupId: $g, title: $t, body: "Welcome" }) { id } }',
    { g: createGroup.id, t: title },
  );
  return { groupId: createGroup.id, threadId: createThread.id };
}

/** Posts a message; answers its id. */
export async function postAs(
  platform: Pick<TestPlatform, 'graphql'>,
  who: Person,
  threadId: string,
  body: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const { postMessage } = await gqlAs<{ postMessage: { id: string } }>(
    platform,
    who,
    'mutation($input: PostMessageInput!) { postMessage(input: $input) { id } }',
    { input: { threadId, body, ...extra } },
  );
  return postMessage.id;
}
