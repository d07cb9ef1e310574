// A blocked member must not learn they are blocked: the blocker looks to them as a member whose account is gone.
// Each answer the blocked member gets is compared with the one a member gets whose correspondent deleted their
// account; and nothing the blocked member sends into the direct conversation is stored or delivered.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Socket } from 'socket.io-client';
import { MEMBER_PASSWORD } from '../support/member-factory.js';
import { gqlAs, signedInPerson, type Person } from '../support/people.js';
import { socketOutcome, startTestPlatform, type TestPlatform } from '../support/test-platform.js';

type Answer = { code: string | undefined; message: string | undefined };
type Ack = { ok: boolean; error?: { code: string; message: string } };

const MEMBER =
  'query($id: ID!) { member(id: $id) { displayName handle headline bio pronouns openToPairing } }';
const DIRECTORY = `query($text: String!) { members(filter: { text: $text }) { totalCount edges { node { id } } } }`;
const THREAD = 'query($id: ID!) { thread(id: $id) { participants { id displayName } } }';

describe('the blocked member sees the blocker as gone', () => {
  let platform: TestPlatform;
  /** Blocks `blocked`, with whom they have a direct conversation. */
  let blocker: Person;
  let blocked: Person;
  /** Deletes their account; `writer` had a direct conversation with them. */
  let gone: Person;
  let writer: Person;
  let bystander: Person;
  let blockedThread: string;
  let goneThread: string;

  const graphqlAnswer = async (who: Person, query: string, variables: object): Promise<Answer> => {
    const { errors } = await platform.graphql(query, variables as Record<string, unknown>, who.token);
    return { code: errors?.[0]?.extensions.code, message: errors?.[0]?.message };
  };
  const connect = async (who: Person): Promise<Socket> => {
    const socket = platform.connectSocket(who.token);
    await socketOutcome(socket);
    return socket;
  };
  const call = (socket: Socket, event: string, payload: object): Promise<Ack> =>
    socket.timeout(5000).emitWithAck(event, payload) as Promise<Ack>;
  const directThread = async (from: Person, to: Person) => {
    const { startDirectThread } = await gqlAs<{ startDirectThread: { id: string } }>(
      platform,
      from,
      'mutation($m: ID!) { startDirectThread(memberId: $m) { id } }',
      { m: to.id },
    );
    for (const [author, body] of [
      [from, 'Hello there'],
      [to, 'Hello back'],
    ] as const)
      await gqlAs(
        platform,
        author,
        'mutation($t: ID!, $b: String!) { postMessage(input: { threadId: $t, body: $b }) { id } }',
        { t: startDirectThread.id, b: body },
      );
    return startDirectThread.id;
  };
  const messageCount = async (threadId: string) =>
    (
      await platform.db.query<{ n: number }>('SELECT count(*)::int AS n FROM messages WHERE thread_id = $1', [
        threadId,
      ])
    )[0].n;

  beforeAll(async () => {
    platform = await startTestPlatform();
    blocker = await signedInPerson(platform, 'Blanche Quillfeather', { headline: 'Carer and writer' });
    blocked = await signedInPerson(platform, 'Barnaby Nuisance');
    gone = await signedInPerson(platform, 'Gideon Vanishwell', { headline: 'Leaving soon' });
    writer = await signedInPerson(platform, 'Wanda Writer');
    bystander = await signedInPerson(platform, 'Bianca Bystander');
    blockedThread = await directThread(blocked, blocker);
    goneThread = await directThread(writer, gone);
    await gqlAs(platform, blocker, 'mutation($m: ID!) { blockMember(memberId: $m) }', { m: blocked.id });
    await gqlAs(platform, gone, 'mutation($p: String!) { deleteMyAccount(password: $p) }', {
      p: MEMBER_PASSWORD,
    });
  });

  afterAll(() => platform.close());

  it('refuses postMessage into the direct conversation exactly as when the other has deleted their account', async () => {
    const POST = 'mutation($t: ID!) { postMessage(input: { threadId: $t, body: "Are you there?" }) { id } }';
    const before = await messageCount(blockedThread);
    const toGone = await graphqlAnswer(writer, POST, { t: goneThread });
    const toBlocker = await graphqlAnswer(blocked, POST, { t: blockedThread });
    expect(toGone.code).toBe('FORBIDDEN');
    expect(toBlocker).toEqual(toGone);
    expect(await messageCount(blockedThread)).toBe(before);
  });

  it('refuses message:send the same way, and the blocker hears nothing', async () => {
    const blockerSocket = await connect(blocker);
    const blockedSocket = await connect(blocked);
    const writerSocket = await connect(writer);
    expect(await call(blockerSocket, 'thread:join', { threadId: blockedThread })).toMatchObject({ ok: true });
    const heard: string[] = [];
    blockerSocket.on('message:new', (message: { body: string }) => heard.push(message.body));
    const before = await messageCount(blockedThread);

    const toGone = await call(writerSocket, 'message:send', { threadId: goneThread, body: 'Hello?' });
    const toBlocker = await call(blockedSocket, 'message:send', { threadId: blockedThread, body: 'Hello?' });
    expect(toGone).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(toBlocker).toEqual(toGone);
    // The blocker can still write: the socket is live, and would have heard a send.
    expect(
      await call(blockerSocket, 'message:send', { threadId: blockedThread, body: 'Last word' }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('unblock') } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(heard).toEqual([]);
    expect(await messageCount(blockedThread)).toBe(before);
  });

  it('answers startDirectThread as for a deleted account', async () => {
    const START = 'mutation($m: ID!) { startDirectThread(memberId: $m) { id } }';
    const toGone = await graphqlAnswer(writer, START, { m: gone.id });
    const toBlocker = await graphqlAnswer(blocked, START, { m: blocker.id });
    expect(toGone.code).toBe('NOT_FOUND');
    expect(toBlocker).toEqual(toGone);
  });

  it('shows the blocker’s profile, the conversation and the directory as for a deleted account', async () => {
    // Others still see the blocker as they are: the block changes only what the blocked member sees.
    expect(await gqlAs(platform, bystander, MEMBER, { id: blocker.id })).toMatchObject({
      member: { displayName: 'Blanche Quillfeather', headline: 'Carer and writer' },
    });
    const seenGone = await gqlAs<{ member: Record<string, unknown> }>(platform, writer, MEMBER, {
      id: gone.id,
    });
    const seenBlocker = await gqlAs<{ member: Record<string, unknown> }>(platform, blocked, MEMBER, {
      id: blocker.id,
    });
    const withoutHandle = ({ handle, ...rest }: Record<string, unknown>) => ({
      ...rest,
      handle: String(handle).replace(/[0-9a-f]{16}$/, '…'),
    });
    expect(withoutHandle(seenBlocker.member)).toEqual(withoutHandle(seenGone.member));

    const participants = async (who: Person, threadId: string, other: Person) =>
      (
        await gqlAs<{ thread: { participants: Array<{ id: string; displayName: string }> } }>(
          platform,
          who,
          THREAD,
          { id: threadId },
        )
      ).thread.participants.find((p) => p.id === other.id)?.displayName;
    expect(await participants(blocked, blockedThread, blocker)).toBe(
      await participants(writer, goneThread, gone),
    );

    const found = async (who: Person, text: string) =>
      (await gqlAs<{ members: { totalCount: number } }>(platform, who, DIRECTORY, { text })).members
        .totalCount;
    expect(await found(bystander, 'Quillfeather')).toBe(1);
    expect(await found(blocked, 'Quillfeather')).toBe(0);
    expect(await found(writer, 'Vanishwell')).toBe(0);
  });
});
