// Something the viewer may not see answers exactly as something that does not exist, whatever it is and whichever
// operation asks: an outsider comparing the answers for a random id and for a hidden group's id (its thread, event,
// message) learns nothing, on GraphQL and on sockets.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Socket } from 'socket.io-client';
import { createEventAs } from '../support/events.js';
import { gqlAs, signedInPerson, type Person } from '../support/people.js';
import { socketOutcome, startTestPlatform, type TestPlatform } from '../support/test-platform.js';

type Answer = { code: string | undefined; message: string | undefined };

describe('not found and not for you answer the same', () => {
  let platform: TestPlatform;
  let outsider: Person;
  let socket: Socket;
  const hidden = { groupId: '', threadId: '', eventId: '', messageId: '' };

  const graphql = async (query: string, variables: Record<string, unknown>): Promise<Answer> => {
    const { errors } = await platform.graphql(query, variables, outsider.token);
    return { code: errors?.[0]?.extensions.code, message: errors?.[0]?.message };
  };
  const socketCall = async (event: string, payload: object): Promise<Answer> => {
    const ack = (await socket.timeout(5000).emitWithAck(event, payload)) as {
      error?: { code: string; message: string };
    };
    return { code: ack.error?.code, message: ack.error?.message };
  };

  const OPERATIONS: Record<string, (id: () => string) => Promise<Answer>> = {
    'group(id)': (id) => graphql('query($id: ID) { group(id: $id) { id } }', { id: id() }),
    'thread(id)': (id) => graphql('query($id: ID!) { thread(id: $id) { id } }', { id: id() }),
    'event(id)': (id) => graphql('query($id: ID!) { event(id: $id) { id } }', { id: id() }),
    editMessage: (id) =>
      graphql('mutation($id: ID!) { editMessage(id: $id, body: "Mine now") { id } }', { id: id() }),
    postMessage: (id) =>
      graphql('mutation($t: ID!) { postMessage(input: { threadId: $t, body: "Hello?" }) { id } }', {
        t: id(),
      }),
    'socket thread:join': (id) => socketCall('thread:join', { threadId: id() }),
    'socket message:send': (id) => socketCall('message:send', { threadId: id(), body: 'Hello?' }),
    'socket message:edit': (id) => socketCall('message:edit', { messageId: id(), body: 'Mine now' }),
  };
  const HIDDEN_ID: Record<string, () => string> = {
    'group(id)': () => hidden.groupId,
    'thread(id)': () => hidden.threadId,
    'event(id)': () => hidden.eventId,
    editMessage: () => hidden.messageId,
    postMessage: () => hidden.threadId,
    'socket thread:join': () => hidden.threadId,
    'socket message:send': () => hidden.threadId,
    'socket message:edit': () => hidden.messageId,
  };

  beforeAll(async () => {
    platform = await startTestPlatform();
    const owner = await signedInPerson(platform, 'Hana Hidden');
    outsider = await signedInPerson(platform, 'Otto Outside');
    hidden.groupId = (
      await gqlAs<{ createGroup: { id: string } }>(
        platform,
        owner,
        'mutation { createGroup(input: { name: "Behind the curtain", visibility: HIDDEN }) { id } }',
      )
    ).createGroup.id;
    const { createThread } = await gqlAs<{ createThread: { id: string } }>(
      platform,
      owner,
      'mutation($g: ID!) { createThread(input: { groupId: $g, title: "Quiet", body: "Shh" }) { id } }',
      { g: hidden.groupId },
    );
    hidden.threadId = createThread.id;
    hidden.messageId = (
      await gqlAs<{ postMessage: { id: string } }>(
        platform,
        owner,
        'mutation($t: ID!) { postMessage(input: { threadId: $t, body: "Still quiet" }) { id } }',
        { t: hidden.threadId },
      )
    ).postMessage.id;
    hidden.eventId = (await createEventAs(platform, owner, { groupId: hidden.groupId })).id;
    socket = platform.connectSocket(outsider.token);
    await socketOutcome(socket);
  });

  afterAll(() => platform.close());

  it.each(Object.keys(OPERATIONS))('%s: a random id and a hidden one get the same answer', async (name) => {
    const missing = await OPERATIONS[name](() => randomUUID());
    const invisible = await OPERATIONS[name](HIDDEN_ID[name]);
    expect(missing.code).toBe('NOT_FOUND');
    expect(invisible).toEqual(missing);
  });

  it('uses the same words for every kind of thing and every operation', async () => {
    const answers = await Promise.all(Object.values(OPERATIONS).map((operation) => operation(randomUUID)));
    expect(new Set(answers.map((answer) => `${answer.code}: ${answer.message}`)).size).toBe(1);
  });
});
