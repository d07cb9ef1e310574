// Faults (b): a realtime replica dies (SIGKILL) while messages flow. One API and two realtime processes (built, as a
// deployment runs them), with each of socket.io's official adapters; the typed clients know both replicas.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ConferClient, MessagePayload } from '#libs/client';
import { fanOutAdapters, startReplicas, type Person, type Replicas } from '../support/realtime-replicas.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { hearBySeq, storedMessages, Traffic } from '../support/thread-traffic.js';
import { until } from '../support/until.js';

const adapters = await fanOutAdapters();

describe.each(adapters)('a realtime replica killed under traffic, fan-out through $adapter', ({ env }) => {
  let db: TestDatabase;
  let deployment: Replicas;

  beforeAll(async () => {
    db = await createTestDatabase();
    deployment = await startReplicas(db, { env: { ...env, REALTIME_SEND_LIMIT: '100000' } });
  }, 120_000);

  afterAll(async () => {
    const codes = (await deployment?.stop()) ?? [];
    await db?.drop();
    expect(codes).toEqual([0, null, 0]); // the killed replica has no exit code (a signal ended it)
  }, 30_000);

  it('moves the dead replica’s clients to the other, which catch up with nothing missing and nothing twice', async () => {
    const { person, replicas, replicaUrls } = deployment;
    const [ann, ben, cat, dan] = [
      await person('Killed Ann'),
      await person('Killed Ben'),
      await person('Survivor Cat'),
      await person('Poster Dan'),
    ];
    const threadId = await deployment.privateThread(ann, [ben, cat, dan], {
      group: 'Replica faults',
      title: 'Kill',
      body: 'Before',
    });

    // Ann and Ben on replica 1 (then 2), Cat on replica 2 (then 1). Each hears into a map by seq; twice is a fault.
    const doubles: string[] = [];
    const heard = new Map<string, Map<number, MessagePayload>>();
    const connect = async (name: string, who: Person, urls: string[]) => {
      const client = await deployment.connect({
        url: urls,
        token: who.token,
        ackTimeoutMs: 2_000,
        attempts: 8,
      });
      heard.set(name, await hearBySeq(client, threadId, name, doubles));
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
    const traffic = new Traffic(threadId);
    traffic.socket(annClient, 'ann', (i) => `ann ${i}`, 20);
    traffic.socket(benClient, 'ben', (i) => `ben ${i}`, 20);
    traffic.socket(catClient, 'cat', (i) => `cat ${i}`, 20);
    traffic.graphql(deployment.graphql, dan.token, 'dan', (i) => `dan ${i}`, 20);

    await until(() => traffic.acknowledged.size >= 40, { what: 'traffic before the kill' });
    const killedAt = Date.now();
    replicas[0].child.kill('SIGKILL');
    await Promise.all([annBack, benBack]);
    const movedAfterMs = Date.now() - killedAt;
    const afterMove = traffic.acknowledged.size;
    await until(() => traffic.acknowledged.size >= afterMove + 40, { what: 'traffic after the move' });
    await traffic.stop();

    // Every send was acknowledged in the end (retried across the move) and is stored once, with the seq it was told.
    const failed = traffic.outcomes.filter((o) => !o.ok).map((o) => `${o.clientId}: ${o.message}`);
    expect(failed).toEqual([]);
    const acknowledged = traffic.acknowledged;
    const rows = await storedMessages(db, threadId);
    const all = rows.map((row) => row.seq);
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
    await until(() => [...heard.values()].every((into) => into.has(last.seq)), {
      what: 'the last message',
    });
    console.log(
      `replica killed: ${JSON.stringify({ messages: all.length, movedAfterMs, missedLiveBeforeGapCheck: missedLive })}`,
    );
  }, 90_000);
});
