// One API and two realtime processes, as a deployment runs them, with each of socket.io's official adapters:
// PostgreSQL (the default) and Redis (REDIS_URL; the machine's server, see test/support/redis.ts).
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

describe.each(adapters)('two realtime replicas behind one API, fan-out through $adapter', ({ env }) => {
  let db: TestDatabase;
  const processes: Run[] = [];
  const clients: ConferClient[] = [];
  let apiUrl: string;
  let replicaUrls: string[];

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
  const client = async (who: Person, replica: number) => {
    const connected = await ConferClient.connect({ url: replicaUrls[replica], token: who.token });
    clients.push(connected);
    return connected;
  };
  beforeAll(async () => {
    await buildDist();
    db = await createTestDatabase();
    const [apiPort, ...realtimePorts] = [await freePort(), await freePort(), await freePort()];
    const common: Record<string, string> = {
      ...env,
      DATABASE_URL: db.url,
      JWT_SECRET: 'replica-test-secret-that-is-long-enough-for-hs256',
      API_PORT: String(apiPort),
    };
    const api = run('dist/apps/api/src/main.js', baseEnv(common));
    const replicas = realtimePorts.map((port) =>
      run('dist/apps/realtime/src/main.js', baseEnv({ ...common, REALTIME_PORT: String(port) })),
    );
    processes.push(api, ...replicas);
    apiUrl = `http://127.0.0.1:${apiPort}`;
    replicaUrls = realtimePorts.map((port) => `http://127.0.0.1:${port}`);
    await waitForHealthy(api, `${apiUrl}/health/ready`);
    await Promise.all(replicas.map((replica, i) => waitForHealthy(replica, `${replicaUrls[i]}/health/live`)));
  }, 120_000);

  afterAll(async () => {
    clients.forEach((c) => c.close());
    const codes = await Promise.all(processes.map((p) => p.stop()));
    await db.drop();
    expect(codes).toEqual([0, 0, 0]);
  }, 30_000);

  it('delivers messages, edits, reactions, typing and presence to members on both replicas, and nothing to outsiders', async () => {
    const [ann, ben, cat] = [
      await person('Replica Ann'),
      await person('Replica Ben'),
      await person('Replica Cat'),
    ];
    const { createGroup } = await graphql<{ createGroup: { id: string } }>(
      'mutation { createGroup(input: { name: "Replicas", visibility: PRIVATE }) { id } }',
      {},
      ann.token,
    );
    await graphql(
      'mutation($g: ID!, $m: ID!) { inviteToGroup(groupId: $g, memberId: $m) { status } }',
      { g: createGroup.id, m: ben.id },
      ann.token,
    );
    await graphql(
      'mutation($g: ID!) { acceptGroupInvitation(groupId: $g) { status } }',
      { g: createGroup.id },
      ben.token,
    );
    const { createThread } = await graphql<{ createThread: { id: string } }>(
      'mutation($g: ID!) { createThread(input: { groupId: $g, title: "Across", body: "Start" }) { id } }',
      { g: createGroup.id },
      ann.token,
    );
    const threadId = createThread.id;

    const annClient = await client(ann, 0);
    const benClient = await client(ben, 1);
    const catClient = await client(cat, 1);
    const heard = { ann: [] as MessagePayload[], ben: [] as MessagePayload[], cat: [] as MessagePayload[] };
    annClient.on('message', (m) => heard.ann.push(m));
    benClient.on('message', (m) => heard.ben.push(m));
    catClient.socket.on('message:new', (m) => heard.cat.push(m));
    const presence: string[][] = [];
    annClient.on('presence', (event) => presence.push(event.memberIds));

    await annClient.join(threadId);
    await benClient.join(threadId);
    await expect(catClient.join(threadId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await until(() => presence.at(-1)?.length === 2, { what: 'presence of both' });
    expect(presence.at(-1)).toEqual([ann.id, ben.id].sort());

    // Through GraphQL (the API's emitter) to both replicas.
    await graphql(
      'mutation($t: ID!) { postMessage(input: { threadId: $t, body: "From the API" }) { id } }',
      { t: threadId },
      ben.token,
    );
    // From a socket on replica 0 to replica 1, and back.
    const fromAnn = await annClient.send(threadId, 'From replica one');
    const fromBen = await benClient.send(threadId, 'From replica two');
    await until(() => heard.ann.length === 3 && heard.ben.length === 3, { what: 'three messages each' });
    expect(heard.ann.map((m) => m.body)).toEqual(heard.ben.map((m) => m.body));
    expect(heard.ben.map((m) => m.body).sort()).toEqual([
      'From replica one',
      'From replica two',
      'From the API',
    ]);

    const updates: string[] = [];
    benClient.on('messageUpdated', (m) => updates.push(m.body));
    const reactions: number[] = [];
    benClient.on('reactions', (r) => reactions.push(r.reactions.length));
    const typing: string[] = [];
    benClient.on('typing', (t) => typing.push(t.memberId));
    await annClient.edit(fromAnn.id, 'From replica one, edited');
    await annClient.react(fromBen.id, '👍');
    annClient.typing(threadId);
    await until(() => updates.length === 1 && reactions.length === 1 && typing.length === 1, {
      what: 'edit, reaction, typing',
    });
    expect(updates).toEqual(['From replica one, edited']);
    expect(typing).toEqual([ann.id]);

    benClient.close();
    await until(() => presence.at(-1)?.length === 1, { what: 'presence after Ben left' });
    expect(presence.at(-1)).toEqual([ann.id]);
    expect(heard.cat).toEqual([]);
  }, 60_000);
});
