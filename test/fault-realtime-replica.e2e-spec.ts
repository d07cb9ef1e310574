// Faults (b): a realtime replica dies (SIGKILL) while messages flow. One API and two realtime processes (built, as a
// deployment runs them), with each of socket.io's official adapters; the typed clients know both replicas.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ConferClient, type MessagePayload } from '#libs/client';
import { freePort } from '#libs/database';
import { baseEnv, buildDist, run, waitForHealthy, type Run } from './support/built-processes.js';
import { MEMBER_PASSWORD, newMember } from './support/member-factory.js';
import { redisForTests } from './support/redis.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';
import { until } from './support/until.js';

type Person = { id: string; token: string };

const redisUrl = await redisForTests();

const adapters: Array<{ adapter: string; env: Record<string, string> }> = [
  { adapter: 'PostgreSQL', env: {} },
  ...(redisUrl ? [{ adapter: 'Redis', env: { REDIS_URL: redisUrl } }] : []),
];

describe.each(adapters)('a realtime replica killed under traffic, fan-out through $adapter', ({ env }) => {
  let db: TestDatabase;
  let api: Run;
  let replicas: Run[];
  let apiUrl: string;
  let replicaUrls: string[];
  const clients: ConferClient[] = [];

  const graphql = async <T>(query: string, variables: Record<string, unknown>, token?: string) => {
    const response = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data: T; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const person = async (displayName: string): Promise<Person> => {
    const created = await newMember(db, { displayName });
    const { login } = await graphql<{ login: { accessToken: string } }>(
      'mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }',
      { e: created.email, p: MEMBER_PASSWORD },
    );
    return { id: created.id, token: login.accessToken };
  };

  beforeAll(async () => {
    await buildDist();
    db = await createTestDatabase();
    const [apiPort, ...realtimePorts] = [await freePort(), await freePort(), await freePort()];
    const common: Record<string, string> = {
      ...env,
      DATABASE_URL: db.url,
      JWT_SECRET: 'replica-fault-secret-that-is-long-enough-for-hs256',
      API_PORT: String(apiPort),
      REALTIME_SEND_LIMIT: '100000',
    };
    api = run('dist/apps/api/src/main.js', baseEnv(common));
    replicas = realtimePorts.map((port) =>
      run('dist/apps/realtime/src/main.js', baseEnv({ ...common, REALTIME_PORT: String(port) })),
    );
    apiUrl = `http://127.0.0.1:${apiPort}`;
    replicaUrls = realtimePorts.map((port) => `http://127.0.0.1:${port}`);
    await waitForHealthy(api, `${apiUrl}/health/ready`);
    await Promise.all(replicas.map((replica, i) => waitForHealthy(replica, `${replicaUrls[i]}/health/live`)));
  }, 120_000);

  afterAll(async () => {
    clients.forEach((client) => client.close());
    const codes = await Promise.all([api, ...replicas].map((p) => p.stop()));
    await db.drop();
    expect(codes).toEqual([0, null, 0]); // the killed replica has no exit code (a signal ended it)
  }, 30_000);

  it('moves the dead replica’s clients to the other, which catch up with nothing missing and nothing twice', async () => {
    const [ann, ben, cat, dan] = [
      await person('Killed Ann'),
      await person('Killed Ben'),
      await person('Survivor Cat'),
      await person('Poster Dan'),
    ];
    const { createGroup } = await graphql<{ createGroup: { id: string } }>(
      'mutation { createGroup(input: { name: "Replica faults", visibility: PRIVATE }) { id } }',
      {},
      ann.token,
    );
    for (const other of [ben, cat, dan]) {
      await graphql(
        'mutation($g: ID!, $m: ID!) { inviteToGroup(groupId: $g, memberId: $m) { status } }',
        { g: createGroup.id, m: other.id },
        ann.token,
      );
      await graphql(
        'mutation($g: ID!) { acceptGroupInvitation(groupId: $g) { status } }',
        { g: createGroup.id },
        other.token,
      );
    }
    const { createThread } = await graphql<{ createThread: { id: string } }>(
      'mutation($g: ID!) { createThread(input: { groupId: $g, title: "Kill", body: "Before" }) { id } }',
      { g: createGroup.id },
      ann.token,
    );
    const threadId = createThread.id;

    // Ann and Ben on replica 1 (then 2), Cat on replica 2 (then 1). Each hears into a map by seq; twice is a fault.
    const doubles: string[] = [];
    const heard = new Map<string, Map<number, MessagePayload>>();
    const connect = async (name: string, who: Person, urls: string[]) => {
      const client = await ConferClient.connect({
        url: urls,
        token: who.token,
        ackTimeoutMs: 2_000,
        attempts: 8,
      });
      clients.push(client);
      const into = new Map<number, MessagePayload>();
      heard.set(name, into);
      client.on('message', (message) => {
        if (message.threadId !== threadId) return;
        if (into.has(message.seq)) doubles.push(`${name} heard seq ${message.seq} twice`);
        into.set(message.seq, message);
      });
      for (const message of await client.join(threadId)) into.set(message.seq, message);
      return client;
    };
    const [first, second] = replicaUrls;
    const annClient = await connect('ann', ann, [first, second]);
    const benClient = await connect('ben', ben, [first, second]);
    const catClient = await connect('cat', cat, [second, first]);
    const caughtUp = (client: ConferClient) => new Promise<void>((resolve) => client.on('caughtUp', resolve));
    const annBack = caughtUp(annClient);
    const benBack = caughtUp(benClient);

    // Sends one after another from each client, and GraphQL posts from Dan, until told to stop.
    let sending = true;
    const acknowledged = new Map<string, number>(); // clientId -> seq
    const failed: string[] = [];
    const socketSender = async (client: ConferClient, name: string) => {
      for (let i = 0; sending; i++) {
        const clientId = `${name}-${i}`;
        await client.send(threadId, `${name} ${i}`, { clientId }).then(
          (message) => acknowledged.set(clientId, message.seq),
          (error: Error) => failed.push(`${clientId}: ${error.message}`),
        );
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    const graphqlSender = async () => {
      for (let i = 0; sending; i++) {
        const clientId = `dan-${i}`;
        await graphql<{ postMessage: { seq: number } }>(
          'mutation($t: ID!, $b: String!, $c: String) { postMessage(input: { threadId: $t, body: $b, clientId: $c }) { seq } }',
          { t: threadId, b: `dan ${i}`, c: clientId },
          dan.token,
        ).then(
          (data) => acknowledged.set(clientId, data.postMessage.seq),
          (error: Error) => failed.push(`${clientId}: ${error.message}`),
        );
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    const senders = Promise.all([
      socketSender(annClient, 'ann'),
      socketSender(benClient, 'ben'),
      socketSender(catClient, 'cat'),
      graphqlSender(),
    ]);

    await until(() => acknowledged.size >= 40, { what: 'traffic before the kill' });
    const killedAt = Date.now();
    replicas[0].child.kill('SIGKILL');
    await Promise.all([annBack, benBack]);
    const movedAfterMs = Date.now() - killedAt;
    const afterMove = acknowledged.size;
    await until(() => acknowledged.size >= afterMove + 40, { what: 'traffic after the move' });
    sending = false;
    await senders;

    // Every send was acknowledged in the end (retried across the move) and is stored once, with the seq it was told.
    expect(failed).toEqual([]);
    const rows = await db.query<{ seq: number; client_id: string | null }>(
      'SELECT seq, client_id FROM messages WHERE thread_id = $1 ORDER BY seq',
      [threadId],
    );
    const all = rows.map((row) => row.seq);
    expect(all).toEqual(rows.map((_, i) => i + 1));
    expect(rows.length).toBe(acknowledged.size + 1); // and the thread's first message
    for (const row of rows.slice(1)) expect(acknowledged.get(row.client_id!)).toBe(row.seq);

    // Replica 1 is dead, so Ann and Ben are connected to replica 2 now; all three clients hold every message, once.
    expect(replicas[0].child.signalCode).toBe('SIGKILL');
    expect([annClient, benClient, catClient].map((client) => client.socket.connected)).toEqual([
      true,
      true,
      true,
    ]);
    const missedLive = Object.fromEntries(
      [...heard].map(([name, into]) => [name, all.filter((seq) => !into.has(seq)).length]),
    );
    await until(() => [...heard.values()].every((into) => into.size === all.length), {
      what: 'every client to hold every message',
      ms: 15_000,
    });
    for (const [name, into] of heard) {
      expect({ name, seqs: [...into.keys()].sort((a, b) => a - b) }).toEqual({ name, seqs: all });
    }
    for (const client of [annClient, benClient, catClient]) expect(client.lastSeq(threadId)).toBe(all.length);
    expect(doubles).toEqual([]);

    // And they go on: a new message reaches everyone live.
    const last = await annClient.send(threadId, 'Still here', { clientId: 'ann-last' });
    await until(() => [...heard.values()].every((into) => into.has(last.seq)), { what: 'the last message' });
    console.log(
      `replica killed: ${JSON.stringify({ messages: all.length, movedAfterMs, missedLiveBeforeGapCheck: missedLive })}`,
    );
  }, 90_000);
});
