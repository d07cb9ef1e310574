import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MEMBER_PASSWORD, newMember } from '../support/member-factory.js';
import { countStatements } from '../support/statement-counter.js';
import { startTestPlatform, type TestPlatform } from '../support/test-platform.js';

const CREATE_GROUP = 'mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }';
const CREATE_THREAD =
  'mutation($input: CreateThreadInput!) { createThread(input: $input) { id title messageCount } }';
const POST =
  'mutation($input: PostMessageInput!) { postMessage(input: $input) { id seq body parent { id } author { handle } } }';
const HISTORY = `query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) { thread(id: $id) {
  messages(first: $first, after: $after, last: $last, before: $before) {
    edges { node { seq body deleted author { displayName } reactions { emoji count viewerReacted } parent { seq } } }
    pageInfo { hasNextPage hasPreviousPage endCursor startCursor } } } }`;

type Person = { id: string; email: string; handle: string; token: string };
type Result<T> = {
  data: T | null;
  errors?: Array<{ extensions: { code: string; fields?: Record<string, string> } }>;
};

describe('discussions through GraphQL', () => {
  let platform: TestPlatform;
  let owner: Person;
  let member: Person;
  let outsider: Person;
  let groupId: string;
  let threadId: string;

  const person = async (displayName: string, handle?: string): Promise<Person> => {
    const created = await newMember(platform.db, { displayName, handle });
    return { ...created, token: await platform.login(created.email, MEMBER_PASSWORD) };
  };
  const gql = <T>(query: string, variables: Record<string, unknown>, who: Person): Promise<Result<T>> =>
    platform.graphql<T>(query, variables, who.token);
  const code = (result: Result<unknown>) => result.errors?.[0]?.extensions.code;
  const post = (who: Person, body: string, extra: Record<string, unknown> = {}) =>
    gql<{ postMessage: { id: string; seq: number } }>(POST, { input: { threadId, body, ...extra } }, who);

  beforeAll(async () => {
    platform = await startTestPlatform();
    owner = await person('Thread Owner', 'thread-owner');
    member = await person('Thread Member', 'thread-member');
    outsider = await person('Out Sider');
    groupId = (
      await gql<{ createGroup: { id: string } }>(
        CREATE_GROUP,
        { input: { name: 'Talk Room', visibility: 'PRIVATE' } },
        owner,
      )
    ).data!.createGroup.id;
    await gql(
      'mutation($g: ID!, $m: ID!) { inviteToGroup(groupId: $g, memberId: $m) { status } }',
      { g: groupId, m: member.id },
      owner,
    );
    await gql('mutation($g: ID!) { acceptGroupInvitation(groupId: $g) { status } }', { g: groupId }, member);
    const thread = await gql<{ createThread: { id: string; messageCount: number } }>(
      CREATE_THREAD,
      { input: { groupId, title: 'Welcome', body: 'Hello everyone, @thread-member!' } },
      owner,
    );
    threadId = thread.data!.createThread.id;
    expect(thread.data!.createThread.messageCount).toBe(1);
  });

  afterAll(() => platform.close());

  it('numbers messages in order, resolves mentions, and keeps outsiders of a private group out', async () => {
    const reply = await post(member, 'Thanks **all**');
    expect(reply.data!.postMessage.seq).toBe(2);
    const [stored] = await platform.db.query<{ body: string }>('SELECT body FROM messages WHERE id = $1', [
      reply.data!.postMessage.id,
    ]);
    expect(stored.body).toBe('Thanks **all**'); // Markdown source as written, never rendered
    const [mention] = await platform.db.query<{ mentioned_ids: string[] }>(
      'SELECT mentioned_ids FROM messages WHERE thread_id = $1 AND seq = 1',
      [threadId],
    );
    expect(mention.mentioned_ids).toEqual([member.id]);
    expect(code(await gql(HISTORY, { id: threadId }, outsider))).toBe('NOT_FOUND');
    expect(code(await post(outsider, 'let me in'))).toBe('NOT_FOUND');
    expect(code(await platform.graphql(HISTORY, { id: threadId }))).toBe('UNAUTHENTICATED');
  });

  it('returns the first message when a send is retried with the same clientId', async () => {
    const first = await post(member, 'Sent once', { clientId: 'c-123' });
    const retry = await post(member, 'Sent once', { clientId: 'c-123' });
    expect(retry.data!.postMessage).toEqual(first.data!.postMessage);
    const both = await Promise.all([
      post(member, 'Twice at once', { clientId: 'c-456' }),
      post(member, 'Twice at once', { clientId: 'c-456' }),
    ]);
    expect(both[0].data!.postMessage.id).toBe(both[1].data!.postMessage.id);
    // The same clientId for another thread is a mistake of the client's, not a retry.
    const other = await gql<{ createThread: { id: string } }>(
      CREATE_THREAD,
      { input: { groupId, title: 'Another', body: 'x' } },
      owner,
    );
    const elsewhere = await gql(
      'mutation($input: PostMessageInput!) { postMessage(input: $input) { id } }',
      { input: { threadId: other.data!.createThread.id, body: 'Sent once', clientId: 'c-123' } },
      member,
    );
    expect(code(elsewhere)).toBe('CONFLICT');
  });

  it('gives twenty messages sent at once twenty consecutive seqs', async () => {
    const before = (
      await platform.db.query<{ last_seq: number }>('SELECT last_seq FROM threads WHERE id = $1', [threadId])
    )[0].last_seq;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => post(i % 2 ? owner : member, `burst ${i}`)),
    );
    const seqs = results.map((r) => r.data!.postMessage.seq).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => before + 1 + i));
  });

  it('writes sends that arrive together in one go, and one bad send among them fails alone', async () => {
    const earlier = (await post(member, 'Already here', { clientId: 'batch-retry' })).data!.postMessage;
    const other = await gql<{ createThread: { id: string } }>(
      CREATE_THREAD,
      { input: { groupId, title: 'Elsewhere', body: 'x' } },
      owner,
    );
    const [elsewhere] = await platform.db.query<{ id: string }>(
      'SELECT id FROM messages WHERE thread_id = $1',
      [other.data!.createThread.id],
    );
    const before = (
      await platform.db.query<{ last_seq: number }>('SELECT last_seq FROM threads WHERE id = $1', [threadId])
    )[0].last_seq;
    const sends = Array.from({ length: 16 }, (_, i) =>
      i === 5
        ? post(member, 'Already here', { clientId: 'batch-retry' }) // a retry of a stored send
        : i === 9
          ? post(owner, 'Reply to elsewhere', { parentId: elsewhere.id }) // a parent from another thread
          : i === 12
            ? post(member, 'Same id twice', { clientId: 'batch-twice' })
            : i === 13
              ? post(member, 'Same id twice', { clientId: 'batch-twice' })
              : post(i % 2 ? owner : member, `together ${i}`),
    );
    const results = await Promise.all(sends);
    expect(results[5].data!.postMessage.id).toBe(earlier.id);
    expect(results[9].errors?.[0]?.extensions.fields).toEqual({ parentId: expect.any(String) });
    expect(results[12].data!.postMessage.id).toBe(results[13].data!.postMessage.id);
    const stored = await platform.db.query<{ seq: number; body: string }>(
      'SELECT seq, body FROM messages WHERE thread_id = $1 AND seq > $2 ORDER BY seq',
      [threadId, before],
    );
    // 12 new messages and one of the pair sent twice: consecutive seqs, nothing lost, nothing doubled.
    expect(stored.map((row) => row.seq)).toEqual(Array.from({ length: 13 }, (_, i) => before + 1 + i));
    expect(stored.map((row) => row.body).sort()).toEqual(
      [
        ...Array.from({ length: 16 }, (_, i) => `together ${i}`).filter(
          (_, i) => ![5, 9, 12, 13].includes(i),
        ),
        'Same id twice',
      ].sort(),
    );
  });

  it('replies within a thread only, and refuses empty or over-long messages', async () => {
    const parent = await post(owner, 'A question?');
    const reply = await post(member, 'An answer.', { parentId: parent.data!.postMessage.id });
    expect(reply.data!.postMessage).toMatchObject({ parent: { id: parent.data!.postMessage.id } });
    const other = await gql<{ createThread: { id: string } }>(
      CREATE_THREAD,
      { input: { groupId, title: 'Other', body: 'x' } },
      owner,
    );
    const [otherFirst] = await platform.db.query<{ id: string }>(
      'SELECT id FROM messages WHERE thread_id = $1',
      [other.data!.createThread.id],
    );
    expect(
      (await post(member, 'wrong place', { parentId: otherFirst.id })).errors?.[0]?.extensions.fields,
    ).toEqual({ parentId: expect.any(String) });
    expect((await post(member, '   ')).errors?.[0]?.extensions.fields).toEqual({ body: expect.any(String) });
    expect((await post(member, 'nul \u0000 byte')).errors?.[0]?.extensions.fields).toEqual({
      body: expect.any(String),
    });
    expect((await post(member, 'x'.repeat(10_001))).errors?.[0]?.extensions.fields).toEqual({
      body: expect.any(String),
    });
  });

  it('lets the author edit (keeping history), and the author or a moderator delete, leaving a tombstone', async () => {
    const message = (await post(member, 'Frist draft')).data!.postMessage;
    const EDIT = 'mutation($id: ID!, $b: String!) { editMessage(id: $id, body: $b) { body editedAt } }';
    expect(code(await gql(EDIT, { id: message.id, b: 'hijacked' }, owner))).toBe('FORBIDDEN');
    const edited = await gql<{ editMessage: { body: string; editedAt: string } }>(
      EDIT,
      { id: message.id, b: 'First draft' },
      member,
    );
    expect(edited.data!.editMessage.body).toBe('First draft');
    expect(edited.data!.editMessage.editedAt).not.toBeNull();
    expect(
      await platform.db.query('SELECT previous_body FROM message_edits WHERE message_id = $1', [message.id]),
    ).toEqual([{ previous_body: 'Frist draft' }]);

    const DELETE = 'mutation($id: ID!) { deleteMessage(id: $id) { body deleted seq } }';
    const ownerMessage = (await post(owner, 'Owner words')).data!.postMessage;
    expect(code(await gql(DELETE, { id: ownerMessage.id }, member))).toBe('FORBIDDEN');
    const removed = await gql<{ deleteMessage: { body: string; deleted: boolean; seq: number } }>(
      DELETE,
      { id: message.id },
      owner,
    );
    expect(removed.data!.deleteMessage).toEqual({ body: '', deleted: true, seq: message.seq });
    expect(
      await platform.db.query('SELECT 1 FROM message_edits WHERE message_id = $1', [message.id]),
    ).toEqual([]);
  });

  it('toggles reactions from a small set, one per member per emoji', async () => {
    const message = (await post(owner, 'React to me')).data!.postMessage;
    const TOGGLE =
      'mutation($id: ID!, $e: String!) { toggleReaction(messageId: $id, emoji: $e) { emoji count viewerReacted } }';
    await gql(TOGGLE, { id: message.id, e: '👍' }, owner);
    const mine = await gql<{ toggleReaction: unknown[] }>(TOGGLE, { id: message.id, e: '👍' }, member);
    expect(mine.data!.toggleReaction).toEqual([{ emoji: '👍', count: 2, viewerReacted: true }]);
    const undone = await gql<{ toggleReaction: unknown[] }>(TOGGLE, { id: message.id, e: '👍' }, member);
    expect(undone.data!.toggleReaction).toEqual([{ emoji: '👍', count: 1, viewerReacted: false }]);
    expect((await gql(TOGGLE, { id: message.id, e: '🍕' }, member)).errors?.[0]?.extensions.fields).toEqual({
      emoji: expect.any(String),
    });
  });

  it('keeps read state: unread counts, myThreads(unreadOnly), and a marker that never goes back', async () => {
    const MINE = '{ myThreads(unreadOnly: true) { edges { node { id unreadCount } } } }';
    const unread = await gql<{ myThreads: { edges: Array<{ node: { id: string; unreadCount: number } }> } }>(
      MINE,
      {},
      member,
    );
    const welcome = unread.data!.myThreads.edges.find((e) => e.node.id === threadId);
    expect(welcome?.node.unreadCount).toBeGreaterThan(0);
    const [{ last_seq: lastSeq }] = (await platform.db.query<{ last_seq: number }>(
      'SELECT last_seq FROM threads WHERE id = $1',
      [threadId],
    )) as [{ last_seq: number }];
    const MARK = 'mutation($t: ID!, $s: Int!) { markThreadRead(threadId: $t, seq: $s) }';
    expect(
      (await gql<{ markThreadRead: number }>(MARK, { t: threadId, s: lastSeq }, member)).data!.markThreadRead,
    ).toBe(lastSeq);
    expect(
      (await gql<{ markThreadRead: number }>(MARK, { t: threadId, s: 1 }, member)).data!.markThreadRead,
    ).toBe(lastSeq);
    const after = await gql<{ myThreads: { edges: Array<{ node: { id: string } }> } }>(MINE, {}, member);
    expect(after.data!.myThreads.edges.map((e) => e.node.id)).not.toContain(threadId);
  });

  it('pages history forwards and backwards with no gaps', async () => {
    type Page = {
      thread: {
        messages: {
          edges: Array<{ node: { seq: number } }>;
          pageInfo: {
            hasNextPage: boolean;
            hasPreviousPage: boolean;
            endCursor: string;
            startCursor: string;
          };
        };
      };
    };
    const seqs: number[] = [];
    let before: string | undefined;
    for (;;) {
      const page = (await gql<Page>(HISTORY, { id: threadId, last: 7, before }, member)).data!.thread
        .messages;
      seqs.unshift(...page.edges.map((e) => e.node.seq));
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    const forwards = (await gql<Page>(HISTORY, { id: threadId, first: 5 }, member)).data!.thread.messages;
    expect(forwards.edges.map((e) => e.node.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(code(await gql(HISTORY, { id: threadId, first: 5, last: 5 }, member))).toBe('BAD_USER_INPUT');
  });

  it('lets moderators pin and lock a thread; in a locked thread only they may post', async () => {
    const LOCK = 'mutation($t: ID!, $l: Boolean!) { lockThread(threadId: $t, locked: $l) { locked } }';
    const PIN = 'mutation($t: ID!) { pinThread(threadId: $t) { pinned } }';
    expect(code(await gql(LOCK, { t: threadId, l: true }, member))).toBe('FORBIDDEN');
    const beforeLock = (await post(member, 'Just in time', { clientId: 'before-lock' })).data!.postMessage;
    expect(
      (await gql<{ pinThread: { pinned: boolean } }>(PIN, { t: threadId }, owner)).data!.pinThread.pinned,
    ).toBe(true);
    expect(
      (await gql<{ lockThread: { locked: boolean } }>(LOCK, { t: threadId, l: true }, owner)).data!.lockThread
        .locked,
    ).toBe(true);
    expect(code(await post(member, 'can I still talk?'))).toBe('FORBIDDEN');
    // A retry of a send stored before the lock is answered with that message, not refused.
    expect((await post(member, 'Just in time', { clientId: 'before-lock' })).data!.postMessage.id).toBe(
      beforeLock.id,
    );
    expect((await post(owner, 'Closing this thread.')).errors).toBeUndefined();
    await gql(LOCK, { t: threadId, l: false }, owner);
    expect((await post(member, 'Open again')).errors).toBeUndefined();
  });

  it('runs the same number of SQL statements for 10 or 50 messages with authors, reactions and parents', async () => {
    let parentId: string | undefined;
    for (let i = 0; i < 25; i++) {
      const sent = (await post(i % 2 ? owner : member, `filler ${i}`, parentId ? { parentId } : {})).data!
        .postMessage;
      await gql(
        'mutation($id: ID!) { toggleReaction(messageId: $id, emoji: "🎉") { count } }',
        { id: sent.id },
        owner,
      );
      parentId = sent.id;
    }
    const counts: number[] = [];
    for (const last of [10, 50]) {
      // The newest pages: every one of them has replies (parents) and reactions to load.
      await gql(HISTORY, { id: threadId, last }, member);
      let edges: unknown[] = [];
      counts.push(
        await countStatements(platform.api, async () => {
          const page = await gql<{ thread: { messages: { edges: unknown[] } } }>(
            HISTORY,
            { id: threadId, last },
            member,
          );
          edges = page.data!.thread.messages.edges;
        }),
      );
      expect(edges).toHaveLength(last);
    }
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[1]).toBe(counts[0]);
  });

  it('starts one direct thread per pair, visible to the two of them only', async () => {
    const START = 'mutation($m: ID!) { startDirectThread(memberId: $m) { id participants { displayName } } }';
    const first = await gql<{
      startDirectThread: { id: string; participants: Array<{ displayName: string }> };
    }>(START, { m: member.id }, outsider);
    const again = await gql<{ startDirectThread: { id: string } }>(START, { m: outsider.id }, member);
    expect(again.data!.startDirectThread.id).toBe(first.data!.startDirectThread.id);
    expect(first.data!.startDirectThread.participants.map((p) => p.displayName).sort()).toEqual([
      'Out Sider',
      'Thread Member',
    ]);
    const direct = first.data!.startDirectThread.id;
    expect(
      (
        await gql<{ postMessage: { seq: number } }>(
          POST,
          { input: { threadId: direct, body: 'hi' } },
          outsider,
        )
      ).data!.postMessage.seq,
    ).toBe(1);
    expect(code(await gql(HISTORY, { id: direct }, owner))).toBe('NOT_FOUND');
    expect(code(await gql(START, { m: outsider.id }, outsider))).toBe('BAD_USER_INPUT');
  });
});
