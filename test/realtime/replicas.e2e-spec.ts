// One API and two realtime processes, as a deployment runs them, with each of socket.io's official adapters:
// PostgreSQL (the default) and Redis (REDIS_URL; the machine's server, see test/support/redis.ts).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ConferClient, MessagePayload } from '#libs/client';
import { fanOutAdapters, startReplicas, type Person, type Replicas } from '../support/realtime-replicas.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { until } from '../support/until.js';

const adapters = await fanOutAdapters();

describe.each(adapters)('two realtime replicas behind one API, fan-out through $adapter', ({ env }) => {
  let db: TestDatabase;
  let deployment: Replicas;

  const client = (who: Person, replica: number): Promise<ConferClient> =>
    deployment.connect({ url: deployment.replicaUrls[replica], token: who.token });
  beforeAll(async () => {
    db = await createTestDatabase();
    deployment = await startReplicas(db, { env });
  }, 120_000);

  afterAll(async () => {
    const codes = (await deployment?.stop()) ?? [];
    await db?.drop();
    expect(codes).toEqual([0, 0, 0]);
  }, 30_000);

  it('delivers messages, edits, reactions, typing and presence to members on both replicas, and nothing to outsiders', async () => {
    const { must, person } = deployment;
    const [ann, ben, cat] = [
      await person('Replica Ann'),
      await person('Replica Ben'),
      await person('Replica Cat'),
    ];
    const threadId = await deployment.privateThread(ann, [ben], {
      group: 'Replicas',
      title: 'Across',
      body: 'Start',
    });

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
    await must(
      'mutation($t: ID!) { postMessage(input: { threadId: $t, body: "From the API" }) { id } }',
      { t: threadId },
      ben.token,
    );
    // From a socket on replica 0 to replica 1, and back.
    const fromAnn = await annClient.send(threadId, 'From replica one');
    const fromBen = await benClient.send(threadId, 'From replica two');
    await until(() => heard.ann.length === 3 && heard.ben.length === 3, { what: 'three messages each' });
    // Live messages from different origins may arrive in different orders on the two replicas (each is told
    // after its commit); a thread shows them by seq, which is the order they were written, the same for both.
    const bySeq = (messages: MessagePayload[]) =>
      [...messages].sort((a, b) => a.seq - b.seq).map((m) => `${m.seq} ${m.body}`);
    expect(bySeq(heard.ann)).toEqual(bySeq(heard.ben));
    expect(bySeq(heard.ben).map((line) => line.replace(/^\d+ /, ''))).toEqual([
      'From the API',
      'From replica one',
      'From replica two',
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

  it('takes readers out of a thread on both replicas at once when its PUBLIC group turns PRIVATE', async () => {
    const { must, person } = deployment;
    const [owner, member, near, far] = [
      await person('Open Owner'),
      await person('Open Member'),
      await person('Reader Near'),
      await person('Reader Far'),
    ];
    const { createGroup } = await must<{ createGroup: { id: string } }>(
      'mutation { createGroup(input: { name: "Open Replicas", visibility: PUBLIC }) { id } }',
      {},
      owner.token,
    );
    await must(
      'mutation($g: ID!) { joinGroup(groupId: $g) { status } }',
      { g: createGroup.id },
      member.token,
    );
    const { createThread } = await must<{ createThread: { id: string } }>(
      'mutation($g: ID!) { createThread(input: { groupId: $g, title: "Open", body: "Hi" }) { id } }',
      { g: createGroup.id },
      owner.token,
    );
    const threadId = createThread.id;
    const ownerClient = await client(owner, 0);
    const heard = new Map<string, string[]>();
    for (const [who, replica] of [
      [member, 1],
      [near, 0],
      [far, 1],
    ] as const) {
      const listener = await client(who, replica);
      const bodies: string[] = [];
      listener.on('message', (m) => bodies.push(m.body));
      heard.set(who.id, bodies);
      await listener.join(threadId);
    }
    await ownerClient.join(threadId);
    await ownerClient.send(threadId, 'While public');
    await until(() => [...heard.values()].every((bodies) => bodies.includes('While public')), {
      what: 'everyone hearing the public thread',
    });

    await must(
      'mutation($g: ID!) { updateGroup(id: $g, input: { visibility: PRIVATE }) { id } }',
      { g: createGroup.id },
      owner.token,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    await ownerClient.send(threadId, 'Members only');
    await until(() => heard.get(member.id)!.includes('Members only'), { what: 'the member hearing it' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(heard.get(near.id)).toEqual(['While public']);
    expect(heard.get(far.id)).toEqual(['While public']);
  }, 60_000);
});
