// Fan-out: one sender, 50 receivers in one thread, 2,000 messages with up to 32 in flight. Confer (API and realtime
// each in its own process, authenticated, validated, stored) against a bare socket.io relay (bench/relay-server.ts)
// in its own process, measured in the same run; the clients run in this process.
// Run: npm run bench:fanout   (DATABASE_URL to use a server of your own; else an embedded PostgreSQL)
import type { ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';
import { ConferClient } from '#libs/client';
import { freePort } from '#libs/database';
import { seedMembers } from '#libs/platform';
import { benchDatabase, cpuMeter, signInSeeded, startConfer, startProcess } from './platform.js';
import { machine, summarize } from './stats.js';

const RECEIVERS = 50;
const MESSAGES = Number(process.env.MESSAGES ?? 2_000);
const IN_FLIGHT = 32;
const ROUNDS = Number(process.env.ROUNDS ?? 3);

interface Target {
  name: string;
  /** The server processes, by name, whose CPU is reported. */
  processes: Record<string, number>;
  /** Sends message `i` and resolves on its acknowledgement. */
  send(i: number): Promise<void>;
  /** Calls `handler(i)` for each message `i` a receiver hears, until the returned function is called. */
  receivers: Array<{ onMessage(handler: (i: number) => void): () => void }>;
  close(): void;
}

interface Result {
  name: string;
  /** CPU seconds each process used during the run. */
  cpu: Record<string, number>;
  deliveries: number;
  lost: number;
  seconds: number;
  perSecond: number;
  latency: ReturnType<typeof summarize>;
}

async function measure(target: Target, messages = MESSAGES): Promise<Result> {
  const MESSAGES = messages;
  const sentAt = new Array<number>(MESSAGES);
  const latencies: number[] = [];
  const heard = target.receivers.map(() => new Set<number>());
  let deliveries = 0;
  let resolveAll!: () => void;
  const all = new Promise<void>((resolve) => (resolveAll = resolve));
  const stop = target.receivers.map((receiver, r) =>
    receiver.onMessage((i) => {
      if (heard[r].has(i)) return;
      heard[r].add(i);
      latencies.push(performance.now() - sentAt[i]);
      if (++deliveries === MESSAGES * RECEIVERS) resolveAll();
    }),
  );
  const cpuUsed = cpuMeter({ clients: process.pid, ...target.processes });
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < MESSAGES) {
        const i = next++;
        sentAt[i] = performance.now();
        await target.send(i);
      }
    }),
  );
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, 30_000).unref());
  await Promise.race([all, timeout]);
  const seconds = (performance.now() - started) / 1000;
  stop.forEach((unsubscribe) => unsubscribe());
  return {
    name: target.name,
    cpu: cpuUsed(),
    deliveries,
    lost: MESSAGES * RECEIVERS - deliveries,
    seconds,
    perSecond: deliveries / seconds,
    latency: summarize(latencies),
  };
}

async function relayTarget(): Promise<{ target: Target; process: ChildProcess }> {
  const port = await freePort();
  const child = await startProcess('dist/bench/relay-server.js', { PORT: String(port) });
  const connect = () =>
    new Promise<Socket>((resolve) => {
      const socket = io(`http://127.0.0.1:${port}`, { transports: ['websocket'] });
      socket.once('connect', () => resolve(socket));
    });
  const sender = await connect();
  const receivers = await Promise.all(Array.from({ length: RECEIVERS }, connect));
  await Promise.all(receivers.map((socket) => socket.emitWithAck('join', 'room')));
  return {
    process: child,
    target: {
      name: 'bare socket.io relay',
      processes: { relay: child.pid! },
      send: async (i) => {
        await sender.emitWithAck('send', { room: 'room', message: { i, body: `Message ${i}` } });
      },
      receivers: receivers.map((socket) => ({
        onMessage: (handler) => {
          const listener = (message: { i: number }) => handler(message.i);
          socket.on('message', listener);
          return () => socket.off('message', listener);
        },
      })),
      close: () => [sender, ...receivers].forEach((socket) => socket.disconnect()),
    },
  };
}

async function conferTarget(databaseUrl: string): Promise<{ target: Target; stop: () => Promise<void> }> {
  await seedMembers(databaseUrl, { members: RECEIVERS + 1, seed: 7 });
  const confer = await startConfer(databaseUrl, {
    realtime: true,
    env: { REALTIME_SEND_LIMIT: '1000000' }, // one sender sending 2,000 at once is the point of this benchmark
  });
  const { graphql } = confer;
  const tokens = await signInSeeded(graphql, { seed: 7, count: RECEIVERS + 1 });
  const { createGroup } = await graphql<{ createGroup: { id: string } }>(
    'mutation { createGroup(input: { name: "Fan-out bench", visibility: PUBLIC }) { id } }',
    {},
    tokens[0],
  );
  for (const token of tokens.slice(1))
    await graphql('mutation($g: ID!) { joinGroup(groupId: $g) { status } }', { g: createGroup.id }, token);
  const { createThread } = await graphql<{ createThread: { id: string } }>(
    'mutation($g: ID!) { createThread(input: { groupId: $g, title: "Fan-out", body: "Start" }) { id } }',
    { g: createGroup.id },
    tokens[0],
  );
  const threadId = createThread.id;
  const [sender, ...receivers] = await Promise.all(
    tokens.map((token) => ConferClient.connect({ url: confer.realtimeUrl, token })),
  );
  await Promise.all(receivers.map((client) => client.join(threadId)));
  return {
    stop: confer.stop,
    target: {
      name: 'Confer (authenticated, stored)',
      processes: { api: confer.api.pid!, realtime: confer.realtime!.pid! },
      send: async (i) => {
        await sender.send(threadId, `Message ${i}`);
      },
      receivers: receivers.map((client) => ({
        onMessage: (handler) =>
          client.on('message', (message) => {
            if (message.body.startsWith('Message ')) handler(Number(message.body.slice(8)));
          }),
      })),
      close: () => [sender, ...receivers].forEach((client) => client.close()),
    },
  };
}

const database = await benchDatabase('fanout');

console.log(`Machine: ${machine()}; ${new Date().toISOString()}; database: ${database.name}`);
console.log(`${RECEIVERS} receivers, ${MESSAGES} messages, up to ${IN_FLIGHT} in flight`);
const relay = await relayTarget();
const confer = await conferTarget(database.url);
// Warm-up, not counted: both servers and the clients get their code compiled before the measured rounds.
await measure(relay.target, 500);
await measure(confer.target, 500);
const results: Result[] = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const target of [relay.target, confer.target]) {
    const result = await measure(target);
    results.push(result);
    console.log(
      `${result.name.padEnd(32)} ${result.perSecond.toFixed(0).padStart(7)} deliveries/s in ${result.seconds.toFixed(2)} s, ` +
        `lost ${result.lost}, latency ${JSON.stringify(result.latency)}, CPU s ${JSON.stringify(result.cpu)}`,
    );
  }
}
const rates = (name: string) =>
  results
    .filter((r) => r.name === name)
    .map((r) => r.perSecond)
    .sort((a, b) => a - b);
const median = (xs: number[]) => xs[Math.floor(xs.length / 2)];
const [relayRates, conferRates] = [rates(relay.target.name), rates(confer.target.name)];
console.log(
  `Confer / relay: best ${(Math.max(...conferRates) / Math.max(...relayRates)).toFixed(2)}x, ` +
    `median ${(median(conferRates) / median(relayRates)).toFixed(2)}x (target at least 0.5x); ` +
    `lost in all: ${results.reduce((n, r) => n + r.lost, 0)}`,
);

relay.target.close();
confer.target.close();
relay.process.kill('SIGTERM');
await confer.stop();
await database.close();
