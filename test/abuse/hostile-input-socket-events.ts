// The socket-events part of test/abuse/hostile-input.e2e-spec.ts: random and hostile payloads thrown at every client event
// of schema/realtime.asyncapi.yaml, then each property of each event in turn. Always a coded acknowledgement, the
// socket stays open (unless an event is over the limit), nothing written when refused.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { Socket } from 'socket.io-client';
import { parse } from 'yaml';
import {
  changedTables,
  describe as shown,
  errorProblems,
  type WireError,
} from '../support/hostile-checks.js';
import { EVENT_LIMIT, EXPLORE, RUNS, within, type HostileHarness } from '../support/hostile-harness.js';
import {
  HOSTILE_IDS,
  HOSTILE_INTS,
  HOSTILE_TEXT,
  WRONG_TYPES,
  hostileText,
  hugeString,
} from '../support/hostile-scalars.js';
import { UnknownInputType } from '../support/hostile-values.js';
import type { ViewerSet } from '../support/hostile-world.js';
import { socketOutcome } from '../support/test-platform.js';

/** The socket-events describe block, in the describe block of `h` (hostile-harness.ts). */
export function describeSocketEvents(h: HostileHarness) {
  const { timed, fingerprint, noteUnnamed, report, check, found } = h;

  describe('socket events: a coded acknowledgement, the socket stays, nothing written when refused', () => {
    interface ContractMessage {
      name: string;
      payload: {
        type?: string;
        required?: string[];
        properties?: Record<string, { type?: string | string[] }>;
      };
      'x-ack'?: unknown;
    }
    const contract = parse(readFileSync('schema/realtime.asyncapi.yaml', 'utf8')) as {
      operations: Record<string, { action: string; messages: Array<{ $ref: string }> }>;
      components: { messages: Record<string, ContractMessage> };
    };
    const clientEvents = Object.values(contract.operations)
      .filter((operation) => operation.action === 'receive')
      .map((operation) => contract.components.messages[operation.messages[0].$ref.split('/').pop()!]);

    /** Hostile values for a payload property, by its JSON-schema type and name. */
    const propertyValue = (
      name: string,
      type: string | string[] | undefined,
      set: ViewerSet,
    ): fc.Arbitrary<unknown> => {
      const types = Array.isArray(type) ? type : [type];
      const wrong = { weight: 2, arbitrary: fc.constantFrom(...WRONG_TYPES) };
      const absent = { weight: 1, arbitrary: fc.constant(undefined) };
      if (types.includes('string')) {
        const pool = /thread/i.test(name)
          ? set.pools.threads
          : /message|parent/i.test(name)
            ? set.pools.messages
            : name === 'emoji'
              ? ['👍', '❤️', '🎉', '💩']
              : ['Hello there', 'c-1'];
        const own = /thread/i.test(name)
          ? [set.ownThread]
          : /message|parent/i.test(name)
            ? set.ownMessages
            : [];
        return fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...pool, ...own) },
          { weight: 4, arbitrary: hostileText(pool) },
          { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_IDS) },
          // Over the 64 KiB event limit now and then: the socket may be closed for it, nothing else.
          { weight: 1, arbitrary: hugeString() },
          { weight: 1, arbitrary: fc.constant('x'.repeat(70_000)) },
          {
            weight: 1,
            arbitrary: fc.array(fc.constantFrom(...pool, ...own), { minLength: 1, maxLength: 3 }),
          },
          { weight: 1, arbitrary: fc.constant(Buffer.from(pool[0])) },
          ...(types.includes('null') ? [{ weight: 1, arbitrary: fc.constant(null) }] : []),
          wrong,
          absent,
        );
      }
      if (types.includes('integer'))
        return fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_INTS) },
          {
            weight: 3,
            arbitrary: fc.constantFrom(
              2 ** 31,
              2 ** 53,
              1e20,
              1e308,
              -1e308,
              -0.5,
              0.5,
              Number.MAX_SAFE_INTEGER,
              -Number.MAX_SAFE_INTEGER,
            ),
          },
          { weight: 1, arbitrary: fc.integer() },
          { weight: 1, arbitrary: fc.double() },
          wrong,
          absent,
        );
      throw new UnknownInputType(`no hostile values for ${name} (${String(type)})`);
    };

    const payloadOf = (message: ContractMessage, set: ViewerSet): fc.Arbitrary<unknown[]> => {
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [name, property] of Object.entries(message.payload.properties ?? {}))
        model[name] = propertyValue(name, property.type, set);
      const object = fc
        .tuple(
          fc.record(model, { requiredKeys: [] }),
          fc.option(fc.constantFrom('__proto__', 'constructor', 'toString', 'extra'), { nil: undefined }),
          fc.anything({ maxDepth: 2 }),
        )
        .map(([value, key, extra]) => {
          const payload = Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
          if (key) Object.defineProperty(payload, key, { value: extra, enumerable: true, writable: true });
          return payload;
        });
      const notAnObject = fc.oneof(
        fc.constantFrom(null, 0, -1, 1e308, '', 'thread', '\u0000', true, false, [], [null], [[[]]]),
        fc.constant(set.ownThread),
        fc.constant([{ threadId: set.ownThread }]),
        fc.constant({ threadId: { threadId: set.ownThread } }),
        fc.constant(Buffer.from('\u0000binary')),
        fc.anything({ maxDepth: 3 }),
        fc.constantFrom(...HOSTILE_TEXT),
      );
      return fc.oneof(
        { weight: 6, arbitrary: object.map((payload) => [payload]) },
        { weight: 2, arbitrary: notAnObject.map((payload) => [payload]) },
        { weight: 1, arbitrary: fc.constant<unknown[]>([]) },
        { weight: 1, arbitrary: fc.tuple(object, fc.anything({ maxDepth: 1 })) },
      );
    };

    /** Waits for the acknowledgement, the socket closing, or 5 s (`ack` false: sends with no acknowledgement). */
    const emit = (socket: Socket, event: string, args: unknown[], ack = true) =>
      new Promise<{ ack?: unknown; closed?: string; timedOut?: boolean }>((resolve) => {
        const timer = setTimeout(() => finish({ timedOut: true }), 5_000);
        const onClose = (reason: string) => finish({ closed: reason });
        const finish = (outcome: { ack?: unknown; closed?: string; timedOut?: boolean }) => {
          clearTimeout(timer);
          socket.off('disconnect', onClose);
          resolve(outcome);
        };
        socket.once('disconnect', onClose);
        if (ack) socket.emit(event, ...args, (answer: unknown) => finish({ ack: answer }));
        else {
          socket.emit(event, ...args);
          // The socket must still answer: thread:leave of nothing always does.
          socket.emit('thread:leave', { threadId: 'probe' }, (answer: unknown) => finish({ ack: answer }));
        }
      });

    const connected = async (token: string) => {
      const socket = h.platform.connectSocket(token);
      await socketOutcome(socket);
      return socket;
    };

    it('has hostile payloads for every client event of the socket contract', async () => {
      const set = await timed('viewers', () => h.world.viewers());
      const missing: string[] = [];
      for (const message of clientEvents) {
        try {
          payloadOf(message, set);
          for (const property of Object.keys(message.payload.properties ?? {}))
            validProperty(property, set, 0);
        } catch (error) {
          if (!(error instanceof UnknownInputType)) throw error;
          missing.push(`${message.name}: ${error.message}`);
        }
      }
      expect(missing).toEqual([]);
      expect(clientEvents.map((m) => m.name).sort()).toEqual(
        [
          'message:delete',
          'message:edit',
          'message:send',
          'reaction:toggle',
          'thread:join',
          'thread:leave',
          'thread:read',
          'typing',
        ].sort(),
      );
    });

    /** A socket of the member's, in the set's thread; replaced when the server closes it. */
    const memberSocket = async (set: ViewerSet) => {
      const socket = await connected(set.member.token);
      await socket.emitWithAck('thread:join', { threadId: set.ownThread });
      return { socket };
    };

    /** Emits `args` and judges what comes of it: a coded acknowledgement, the socket still open, nothing written. */
    const judgeEmit = async (
      held: { socket: Socket },
      set: ViewerSet,
      name: string,
      args: unknown[],
      acknowledged: boolean,
    ): Promise<string[]> => {
      const problems: string[] = [];
      const bytes = Buffer.byteLength(JSON.stringify([name, ...args]) ?? '');
      const before = await fingerprint();
      const outcome = await emit(held.socket, name, args, acknowledged);
      let failed = true;
      if (outcome.closed !== undefined || !held.socket.connected) {
        if (bytes <= EVENT_LIMIT - 100)
          problems.push(
            `the socket was closed (${outcome.closed ?? 'disconnected'}) by an event of ${bytes} bytes`,
          );
        held.socket = (await memberSocket(set)).socket;
      } else if (outcome.timedOut) {
        problems.push(`no acknowledgement within 5 s (an event of ${bytes} bytes)`);
      } else {
        const ack = outcome.ack as { ok?: unknown; error?: WireError & { code?: unknown; fields?: unknown } };
        if (ack?.ok === true) failed = false;
        else if (ack?.ok === false && ack.error) {
          problems.push(
            ...errorProblems(
              { message: ack.error.message, extensions: { code: ack.error.code, fields: ack.error.fields } },
              noteUnnamed(name),
            ),
          );
        } else problems.push(`an acknowledgement that is neither ok nor a coded error: ${shown(ack)}`);
      }
      if (failed) {
        const changed = changedTables(before, await fingerprint());
        if (changed.length) problems.push(`a refused event wrote to ${changed.join(', ')}`);
      }
      return problems;
    };

    /** The realtime process still answers: its health, and a new socket joining a thread. */
    const stillAnswers = async (set: ViewerSet) => {
      const live = await fetch(`${h.platform.realtimeUrl}/health/live`);
      expect(live.status).toBe(200);
      const fresh = await connected(set.member.token);
      await expect(fresh.emitWithAck('thread:join', { threadId: set.ownThread })).resolves.toMatchObject({
        ok: true,
      });
      fresh.disconnect();
    };

    it.each(clientEvents.map((m) => [m.name, m] as const))(
      '%s',
      async (name, message) => {
        const set = await timed('viewers', () => h.world.viewers());
        const held = await memberSocket(set);
        const acknowledged = message['x-ack'] !== undefined;
        const property = fc.asyncProperty(payloadOf(message, set), async (args) => {
          report(name, 'member (socket)', args, await judgeEmit(held, set, name, args, acknowledged));
        });
        await check(name, property, RUNS * 2);
        await stillAnswers(set);
        held.socket.disconnect();
      },
      120_000,
    );

    /** A valid payload's value for a property of the contract, by its name. */
    const validProperty = (property: string, set: ViewerSet, n: number): unknown => {
      const values: Record<string, unknown> = {
        threadId: set.ownThread,
        messageId: set.ownMessages[0],
        parentId: set.ownMessages[0],
        body: 'Hello there',
        clientId: `sweep-${n}`,
        afterSeq: 0,
        seq: 1,
        emoji: '👍',
      };
      if (!(property in values))
        throw new UnknownInputType(`no valid value for the socket property ${property}`);
      return values[property];
    };

    it.each(clientEvents.map((m) => [m.name, m] as const))(
      'every property in turn: %s',
      async (name, message) => {
        const set = await timed('viewers', () => h.world.viewers());
        const held = await memberSocket(set);
        const acknowledged = message['x-ack'] !== undefined;
        const properties = Object.keys(message.payload.properties ?? {});
        let n = 0;
        const valid = () => Object.fromEntries(properties.map((p) => [p, validProperty(p, set, n++)]));
        const tries: unknown[][] = [[], [null], ['thread'], [42], [[valid()]], [valid(), valid()]];
        for (const property of properties) {
          const good = validProperty(property, set, n++);
          for (const value of [
            within(good, '\u0000'),
            within(good, '\ud800'),
            '',
            2 ** 31,
            1e20,
            -1,
            1.5,
            true,
            null,
            {},
            [good],
            [good, good],
            { toString: 'x' },
            Buffer.from(String(good)),
            'x'.repeat(70_000),
          ])
            tries.push([{ ...valid(), [property]: value }]);
          const { [property]: _left, ...without } = valid();
          tries.push([without]);
        }
        const problems: string[] = [];
        for (const args of tries) {
          const seen = await judgeEmit(held, set, name, args, acknowledged);
          if (seen.length) problems.push(`${seen.join('; ')} with ${shown(args).slice(0, 300)}`);
        }
        if (EXPLORE) {
          for (const problem of problems)
            found.push({
              where: `${name} (every property)`,
              role: 'member (socket)',
              input: '',
              problems: [problem],
            });
        } else expect(problems).toEqual([]);
        await stillAnswers(set);
        held.socket.disconnect();
      },
      60_000,
    );
  });
}
