import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Ajv } from 'ajv';
import type { Socket } from 'socket.io-client';
import { parse } from 'yaml';
import { ThreadGateway } from '../../apps/realtime/src/thread.gateway.js';
import { MEMBER_PASSWORD, newMember } from '../support/member-factory.js';
import { socketOutcome, startTestPlatform, type TestPlatform } from '../support/test-platform.js';

interface ContractMessage {
  name: string;
  payload: unknown;
  'x-ack'?: unknown;
}
interface Contract {
  operations: Record<string, { action: 'send' | 'receive'; messages: Array<{ $ref: string }> }>;
  components: { messages: Record<string, ContractMessage> };
}

const contract = parse(readFileSync('schema/realtime.asyncapi.yaml', 'utf8')) as Contract;
const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
ajv.addSchema(contract, 'contract');
/** The contract's messages by direction: `receive` is what the service receives from clients. */
const messages = (action: 'send' | 'receive'): ContractMessage[] =>
  Object.values(contract.operations)
    .filter((operation) => operation.action === action)
    .map((operation) => contract.components.messages[operation.messages[0].$ref.split('/').pop()!]);
const messageKey = (name: string, action: 'send' | 'receive') =>
  Object.entries(contract.components.messages).find(
    ([key, m]) => m.name === name && contract.operations[key]?.action === action,
  )![0];
const validator = (path: string) => ajv.getSchema(`contract#/components/messages/${path}`)!;

describe('the running realtime service against schema/realtime.asyncapi.yaml', () => {
  let platform: TestPlatform;
  let sockets: { owner: Socket; member: Socket };
  let threadId: string;
  const received: Array<{ event: string; payload: unknown }> = [];

  beforeAll(async () => {
    platform = await startTestPlatform();
    const people = await Promise.all(
      ['Contract Owner', 'Contract Member'].map((displayName) => newMember(platform.db, { displayName })),
    );
    const [owner, member] = await Promise.all(
      people.map(async (p) => ({ ...p, token: await platform.login(p.email, MEMBER_PASSWORD) })),
    );
    const gql = <T>(query: string, variables: Record<string, unknown>, token: string) =>
      platform.graphql<T>(query, variables, token);
    const groupId = (
      await gql<{ createGroup: { id: string } }>(
        'mutation { createGroup(input: { name: "Contract Room" }) { id } }',
        {},
        owner.token,
      )
    ).data!.createGroup.id;
    await gql('mutation($g: ID!) { joinGroup(groupId: $g) { status } }', { g: groupId }, member.token);
    threadId = (
      await gql<{ createThread: { id: string } }>(
        'mutation($g: ID!) { createThread(input: { groupId: $g, title: "Contract", body: "First" }) { id } }',
        { g: groupId },
        owner.token,
      )
    ).data!.createThread.id;
    sockets = { owner: platform.connectSocket(owner.token), member: platform.connectSocket(member.token) };
    await Promise.all([socketOutcome(sockets.owner), socketOutcome(sockets.member)]);
    for (const m of messages('send'))
      sockets.member.on(m.name, (payload: unknown) => received.push({ event: m.name, payload }));
  });

  afterAll(() => platform.close());

  it('handles exactly the client events the contract lists', () => {
    const prototype = ThreadGateway.prototype as unknown as Record<string, unknown>;
    const handled = Object.getOwnPropertyNames(prototype)
      .map((name): unknown => Object.getOwnPropertyDescriptor(prototype, name)?.value)
      .filter((method): method is object => typeof method === 'function')
      .map((method) => Reflect.getMetadata('message', method) as unknown)
      .filter((name): name is string => typeof name === 'string');
    expect(handled.sort()).toEqual(
      messages('receive')
        .map((m) => m.name)
        .sort(),
    );
  });

  it('answers every client event, valid or not, with an acknowledgement of the contract’s shape', async () => {
    const call = (socket: Socket, event: string, payload: unknown) =>
      socket.timeout(5000).emitWithAck(event, payload) as Promise<unknown>;
    const check = (event: string, ack: unknown) => {
      const validate = validator(`${messageKey(event, 'receive')}/x-ack`);
      expect([event, validate(ack), validate.errors]).toEqual([event, true, null]);
    };
    check('thread:join', await call(sockets.member, 'thread:join', { threadId, afterSeq: 0 }));
    check('thread:join', await call(sockets.owner, 'thread:join', { threadId }));
    const sent = (await call(sockets.owner, 'message:send', {
      threadId,
      body: 'Contract message',
      clientId: 'k1',
    })) as { message: { id: string; seq: number } };
    check('message:send', sent);
    check(
      'message:edit',
      await call(sockets.owner, 'message:edit', { messageId: sent.message.id, body: 'Edited' }),
    );
    check(
      'reaction:toggle',
      await call(sockets.owner, 'reaction:toggle', { messageId: sent.message.id, emoji: '👍' }),
    );
    check('thread:read', await call(sockets.member, 'thread:read', { threadId, seq: sent.message.seq }));
    sockets.owner.emit('typing', { threadId });
    check('message:delete', await call(sockets.owner, 'message:delete', { messageId: sent.message.id }));
    for (const [event, bad] of [
      ['thread:join', { threadId: 'nope' }],
      ['message:send', { threadId, body: '' }],
      ['message:edit', {}],
      ['message:delete', { messageId: 'nope' }],
      ['reaction:toggle', { messageId: sent.message.id, emoji: '🍕' }],
      ['thread:read', { threadId, seq: -1 }],
    ] as const) {
      const ack = (await call(sockets.member, event, bad)) as { ok: boolean };
      expect([event, ack.ok]).toEqual([event, false]);
      check(event, ack);
    }
    check('thread:leave', await call(sockets.member, 'thread:leave', { threadId }));
  });

  it('sends events whose payloads match the contract', async () => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const events = new Set(received.map((r) => r.event));
    for (const event of [
      'message:new',
      'message:updated',
      'message:deleted',
      'reaction:updated',
      'typing',
      'presence',
    ])
      expect([event, events.has(event)]).toEqual([event, true]);
    for (const { event, payload } of received) {
      const validate = validator(`${messageKey(event, 'send')}/payload`);
      expect([event, validate(payload), validate.errors]).toEqual([event, true, null]);
    }
  });
});
