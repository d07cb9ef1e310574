import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ConferClient } from '#libs/client';
import { JobQueue } from '#libs/jobs';
import type { NotificationPayload } from '#libs/realtime-contract';
import { gqlAs, postAs, privateThread, signedInPerson, type Person } from '../support/people.js';
import { startTestPlatform, type TestPlatform } from '../support/test-platform.js';
import { jobsSettled, until } from '../support/until.js';

interface Listed {
  id: string;
  kind: string;
  count: number;
  threadId: string;
  messageId: string;
  actor: { displayName: string } | null;
  readAt: string | null;
}

const LIST = `query($unread: Boolean) { notifications(first: 20, unreadOnly: $unread) {
  edges { node { id kind count threadId messageId readAt actor { displayName } } } } unreadNotificationCount }`;

describe('notifications of messages: mentions, replies and direct messages, in the centre and live', () => {
  let platform: TestPlatform;
  let owner: Person;
  let member: Person;
  let outsider: Person;
  let threadId: string;
  const clients: ConferClient[] = [];

  const gql = <T>(query: string, variables: Record<string, unknown>, who: Person) =>
    gqlAs<T>(platform, who, query, variables);
  const post = (who: Person, body: string, extra: Record<string, unknown> = {}, thread = threadId) =>
    postAs(platform, who, thread, body, extra);
  const centre = async (who: Person, unread = false) => {
    const data = await gql<{
      notifications: { edges: Array<{ node: Listed }> };
      unreadNotificationCount: number;
    }>(LIST, { unread }, who);
    return { items: data.notifications.edges.map((e) => e.node), unread: data.unreadNotificationCount };
  };
  beforeAll(async () => {
    platform = await startTestPlatform();
    owner = await signedInPerson(platform, 'Notify Owner');
    member = await signedInPerson(platform, 'Notify Member');
    outsider = await signedInPerson(platform, 'Notify Outsider');
    ({ threadId } = await privateThread(platform, owner, [member]));
    // These tests are about messages: the group invitations of the setup are put aside.
    await jobsSettled((sql) => platform.db.query(sql));
    await platform.db.query("DELETE FROM notifications WHERE kind = 'GROUP_INVITATION'");
  });

  afterAll(async () => {
    clients.forEach((c) => c.close());
    await platform.close();
  });

  it('tells a mentioned member, live and in the centre, but not the author or a mentioned outsider', async () => {
    const live = await ConferClient.connect({ url: platform.realtimeUrl, token: member.token });
    clients.push(live);
    const heard: NotificationPayload[] = [];
    // The setup's group invitations are put aside: a push of one may still be on its way to the member's room.
    live.socket.on('notification:new', (n) => n.kind !== 'GROUP_INVITATION' && heard.push(n));
    const messageId = await post(
      owner,
      `Over to you @${member.handle}, and @${outsider.handle} and @${owner.handle}`,
    );
    await until(() => heard.length === 1);
    expect(heard[0]).toMatchObject({ kind: 'MENTION', count: 1, actorId: owner.id, threadId, messageId });
    const { items, unread } = await centre(member);
    expect(items).toEqual([
      expect.objectContaining({
        kind: 'MENTION',
        threadId,
        messageId,
        actor: { displayName: 'Notify Owner' },
      }),
    ]);
    expect(unread).toBe(1);
    await jobsSettled((sql) => platform.db.query(sql));
    expect((await centre(outsider)).items).toEqual([]); // may not read the private group
    expect((await centre(owner)).items).toEqual([]); // their own message
  });

  it('gathers replies to your messages in one notification per thread while unread', async () => {
    const question = await post(owner, 'Any thoughts?');
    await post(member, 'One', { parentId: question });
    await post(member, 'Two', { parentId: question });
    await post(member, 'Three', { parentId: question });
    await until(async () => (await centre(owner)).items.some((n) => n.kind === 'REPLY' && n.count === 3));
    const replies = (await centre(owner)).items.filter((n) => n.kind === 'REPLY');
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ count: 3, actor: { displayName: 'Notify Member' } });

    // Once read, the next reply starts a new one.
    expect(
      (
        await gql<{ markNotificationsRead: number }>(
          'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }',
          { ids: [replies[0].id] },
          owner,
        )
      ).markNotificationsRead,
    ).toBe(1);
    await post(member, 'Four', { parentId: question });
    await until(async () => (await centre(owner, true)).items.some((n) => n.kind === 'REPLY'));
    const after = await centre(owner, true);
    expect(after.items.filter((n) => n.kind === 'REPLY').map((n) => n.count)).toEqual([1]);
    expect(after.unread).toBe(1);
  });

  it('tells the other person of a direct message, and marks all read at once', async () => {
    const direct = (
      await gql<{ startDirectThread: { id: string } }>(
        'mutation($m: ID!) { startDirectThread(memberId: $m) { id } }',
        { m: outsider.id },
        member,
      )
    ).startDirectThread.id;
    await post(member, 'Hello there', {}, direct);
    await post(member, 'Are you coming on Thursday?', {}, direct);
    await until(async () =>
      (await centre(outsider)).items.some((n) => n.kind === 'DIRECT_MESSAGE' && n.count === 2),
    );
    expect((await centre(member)).items.filter((n) => n.threadId === direct)).toEqual([]);
    expect(
      (await gql<{ markNotificationsRead: number }>('mutation { markNotificationsRead }', {}, outsider))
        .markNotificationsRead,
    ).toBe(1);
    expect((await centre(outsider)).unread).toBe(0);
    expect(
      (
        await platform.graphql(
          'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }',
          { ids: ['not-an-id'] },
          outsider.token,
        )
      ).errors?.[0]?.extensions.code,
    ).toBe('BAD_USER_INPUT');
    expect((await platform.graphql('{ unreadNotificationCount }')).errors?.[0]?.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('tells no member who is suspended', async () => {
    const away = await signedInPerson(platform, 'Notify Away');
    const { threadId: shared } = await privateThread(platform, owner, [away], 'Away');
    await platform.db.query(`UPDATE members SET status = 'SUSPENDED' WHERE id = $1`, [away.id]);
    const messageId = await post(owner, `Are you there, @${away.handle}?`, {}, shared);
    await until(async () => {
      const done = await platform.db.query(
        `SELECT 1 FROM pgboss.job WHERE name = 'discussions.messages-written' AND state = 'completed'
            AND data->'messageIds' ? $1`,
        [messageId],
      );
      return done.length === 1;
    });
    const told = await platform.db.query('SELECT 1 FROM notifications WHERE message_id = $1', [messageId]);
    expect(told).toEqual([]);
  });

  it('tells nobody twice when the job runs again', async () => {
    const messageId = await post(owner, `Again @${member.handle}`);
    await until(async () => (await centre(member)).items.some((n) => n.messageId === messageId));
    const [{ n }] = await platform.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM notifications WHERE message_id = $1`,
      [messageId],
    );
    expect(n).toBe(1);
    // Run the job once more, as a retry after a crash mid-run would, and wait until it has run.
    const jobId = await platform.api
      .get(JobQueue)
      .enqueue('discussions.messages-written', { messageIds: [messageId] });
    await until(async () => {
      const [job] = await platform.db.query<{ state: string }>('SELECT state FROM pgboss.job WHERE id = $1', [
        jobId,
      ]);
      return job?.state === 'completed';
    });
    const [{ n: again }] = await platform.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM notifications WHERE message_id = $1`,
      [messageId],
    );
    expect(again).toBe(1);
  });
});
