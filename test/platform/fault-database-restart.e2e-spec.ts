// Faults (a): PostgreSQL restarts while people write. An API process and a realtime process (built, as a deployment
// runs them) over a PostgreSQL server of this test's own, which the test stops for a few seconds and starts again
// while two typed clients send on the socket and a third writer posts through GraphQL.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { MessagePayload } from '#libs/client';
import { startControlledPostgres, type ControlledPostgres } from '../support/controlled-postgres.js';
import { startReplicas, type Person, type Replicas } from '../support/realtime-replicas.js';
import {
  hearBySeq,
  POST_MESSAGE as POST,
  storedMessages,
  Traffic,
  type Outcome,
} from '../support/thread-traffic.js';
import { until } from '../support/until.js';

/** What an error shown to people must never carry: the database's or the runtime's words. */
const INTERNALS =
  /ECONNREFUSED|ECONNRESET|terminating connection|Connection terminated|postgres|pg_|SQL|QueryFailed|TypeORM|at \w+ \(|\.js:\d+/i;
const OUTAGE_MS = 4_000;

describe('PostgreSQL restarting under traffic', () => {
  let db: ControlledPostgres;
  let deployment: Replicas;

  const ready = async (url: string) =>
    fetch(url, { signal: AbortSignal.timeout(5_000) }).then(
      (response) => response.status,
      () => 0,
    );

  beforeAll(async () => {
    db = await startControlledPostgres();
    deployment = await startReplicas(db, {
      replicas: 1,
      env: { REALTIME_SEND_LIMIT: '100000', JOBS_POLL_SECONDS: '0.5' },
      // A request that hangs fails the test instead of holding it.
      requestTimeoutMs: 20_000,
    });
  }, 120_000);

  afterAll(async () => {
    const codes = (await deployment?.stop()) ?? [];
    await db?.drop();
    expect(codes).toEqual([0, 0]);
  }, 30_000);

  /** A private group of `owner` with `others` in it, and a thread in it (with a first message). */
  const privateThread = (owner: Person, others: Person[]): Promise<string> =>
    deployment.privateThread(owner, others, { group: 'Restarts', title: 'Restart', body: 'Before' });
  const connect = (who: Person) =>
    deployment.connect({ url: deployment.replicaUrls[0], token: who.token, attempts: 8 });

  it('loses no acknowledged write, stores none twice, answers outage errors with a code, and recovers', async () => {
    const { person, must, apiUrl, api } = deployment;
    const [realtime] = deployment.replicas;
    const [realtimeUrl] = deployment.replicaUrls;
    const [ann, ben, cat] = [await person('Fault Ann'), await person('Fault Ben'), await person('Fault Cat')];
    const threadId = await privateThread(ann, [ben, cat]);

    const annClient = await connect(ann);
    const benClient = await connect(ben);
    const doubles: string[] = [];
    const heard = {
      ann: await hearBySeq(annClient, threadId, 'ann', doubles),
      ben: await hearBySeq(benClient, threadId, 'ben', doubles),
    };

    // The writers: each sends one write after another (a person types one message after another) until told to stop.
    const outage = { from: 0, to: 0 }; // set when PostgreSQL stops and starts
    const underOutage = (started: number, ended: number) =>
      outage.from > 0 && started <= (outage.to || Infinity) && ended >= outage.from;
    // Each outcome notes whether the attempt was under way (or made) while the database was down.
    const traffic = new Traffic(threadId, (outcome: Outcome) => ({
      ...outcome,
      duringOutage: underOutage(outcome.started, Date.now()),
    }));
    const outcomes = traffic.outcomes;
    traffic.socket(annClient, 'ann', (i) => `ann says ${i}`, 40);
    traffic.socket(benClient, 'ben', (i) => `ben says ${i}`, 40);
    // A person whose post failed waits a moment before the next.
    traffic.graphql(
      deployment.graphql,
      cat.token,
      'cat',
      (i) => `cat posts ${i}`,
      (o) => (o.ok ? 40 : 250),
    );

    await until(() => outcomes.filter((o) => o.ok).length >= 30, { what: 'traffic before the restart' });
    outage.from = Date.now();
    await db.stop();
    const readyWhileDown = await ready(`${apiUrl}/health/ready`);
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
    await db.start();
    outage.to = Date.now();
    // The API is ready again: its pool reconnects by itself.
    await until(async () => (await ready(`${apiUrl}/health/ready`)) === 200, {
      ms: 20_000,
      everyMs: 200,
      what: 'the API to be ready after the restart',
    });
    const readyAfterMs = Date.now() - outage.to;
    // Writes go on for a while after recovery, then stop.
    const afterRecovery = outcomes.length;
    await until(() => outcomes.slice(afterRecovery).filter((o) => o.ok).length >= 30, {
      ms: 30_000,
      what: 'writes to succeed after the restart',
    });
    await traffic.stop();

    // Neither process died, and both answer.
    for (const running of [api, realtime]) {
      const exitCode = running.child.exitCode;
      expect({ exitCode, output: exitCode === null ? '' : running.output() }).toEqual({
        exitCode: null,
        output: '',
      });
    }
    expect(readyWhileDown).toBe(503);
    expect(await ready(`${apiUrl}/health/ready`)).toBe(200);
    expect(await ready(`${realtimeUrl}/health/live`)).toBe(200);

    // Failures were coded, plain, quick and only around the outage; nothing hung.
    const failures = outcomes.filter((o) => !o.ok);
    for (const failure of failures) {
      expect(failure).toMatchObject({ duringOutage: true });
      // The server's code for a fault on its side (the socket client retries it), or the client giving up.
      expect(['INTERNAL_SERVER_ERROR', 'TIMEOUT']).toContain(failure.code);
      expect(failure.message).not.toMatch(INTERNALS);
    }
    expect(Math.max(...outcomes.map((o) => o.ms))).toBeLessThan(OUTAGE_MS + 15_000);
    const graphqlStatuses = outcomes.filter((o) => o.via === 'graphql').map((o) => o.status);
    expect(graphqlStatuses.every((status) => status === 200)).toBe(true);
    // The outage was seen: the GraphQL writer, which does not retry, failed at least once.
    expect(failures.filter((o) => o.via === 'graphql').length).toBeGreaterThan(0);

    // A person whose write failed tries it again, with the same clientId: it is stored once, whatever happened.
    for (const failure of failures) {
      if (failure.via === 'graphql') {
        const i = failure.clientId.slice('cat-'.length);
        const { postMessage } = await must<{ postMessage: { seq: number } }>(
          POST,
          { t: threadId, b: `cat posts ${i}`, c: failure.clientId },
          cat.token,
        );
        failure.seq = postMessage.seq;
      } else {
        const [name, i] = failure.clientId.split('-');
        const client = name === 'ann' ? annClient : benClient;
        failure.seq = (await client.send(threadId, `${name} says ${i}`, { clientId: failure.clientId })).seq;
      }
    }

    // Every write is in the database exactly once, with the seq its writer was told; seqs have no gap.
    const rows = await storedMessages(db, threadId);
    const stored = new Map(rows.filter((row) => row.client_id).map((row) => [row.client_id!, row]));
    expect(stored.size).toBe(rows.length - 1); // the thread's first message has no clientId
    expect(outcomes.length).toBe(rows.length - 1);
    for (const outcome of outcomes) expect(stored.get(outcome.clientId)?.seq).toBe(outcome.seq);

    // Clients go on: a new send works and is heard live by the other; a GraphQL message reaches both live, so the
    // realtime process hears the API again (the PostgreSQL adapter's LISTEN is back).
    const last = await annClient.send(threadId, 'After the restart', { clientId: 'ann-after' });
    const fromApi = await must<{ postMessage: { seq: number } }>(
      POST,
      { t: threadId, b: 'From the API after the restart', c: 'cat-after' },
      cat.token,
    );
    await until(() => heard.ben.has(last.seq) && heard.ben.has(fromApi.postMessage.seq), {
      what: 'Ben to hear both live',
    });
    await until(() => heard.ann.has(fromApi.postMessage.seq), { what: 'Ann to hear the API live' });

    // The job queue's workers (pg-boss, in the API) work again: a mention made now notifies Ann.
    const mention = await must<{ postMessage: { id: string } }>(
      'mutation($t: ID!, $b: String!) { postMessage(input: { threadId: $t, body: $b }) { id } }',
      { t: threadId, b: `Over to you @${ann.handle}` },
      cat.token,
    );
    await until(
      async () =>
        (
          await db.query('SELECT 1 FROM notifications WHERE recipient_id = $1 AND message_id = $2', [
            ann.id,
            mention.postMessage.id,
          ])
        ).length === 1,
      { what: 'the mention to notify Ann', ms: 20_000, everyMs: 200 },
    );

    const all = (
      await db.query<{ seq: number }>('SELECT seq FROM messages WHERE thread_id = $1 ORDER BY seq', [
        threadId,
      ])
    ).map((row) => row.seq);
    const sorted = (heard: Map<number, MessagePayload>) => [...heard.keys()].sort((a, b) => a - b);
    // Messages told while the realtime process was listening again (the adapter takes 1 to 3 s) were not heard live.
    const benMissedLive = all.filter((seq) => !heard.ben.has(seq));

    // Ben stayed connected throughout: the typed client asks for a gap that stays open, and then holds everything.
    await until(() => heard.ben.size === all.length, { what: 'Ben to fill his gaps', ms: 15_000 });
    expect(sorted(heard.ben)).toEqual(all);
    expect(benClient.lastSeq(threadId)).toBe(all.length);

    // Ann's connection drops: her catch-up gives everything too.
    const caughtUp = new Promise<void>((resolve) => annClient.on('caughtUp', resolve));
    annClient.socket.io.engine.close();
    await caughtUp;
    expect(sorted(heard.ann)).toEqual(all);
    expect(annClient.lastSeq(threadId)).toBe(all.length);
    expect(doubles).toEqual([]);

    const summary = {
      writes: outcomes.length,
      failedThenRetried: failures.length,
      failures: Object.fromEntries(
        [...new Set(failures.map((f) => `${f.via} ${f.code}: ${f.message}`))].map((kind) => [
          kind,
          failures.filter((f) => `${f.via} ${f.code}: ${f.message}` === kind).length,
        ]),
      ),
      slowestWriteMs: Math.max(...outcomes.map((o) => o.ms)),
      readyAfterRestartMs: readyAfterMs,
      benMissedLive,
    };
    console.log(`database restart: ${JSON.stringify(summary)}`);
  }, 120_000);

  // The PostgreSQL adapter used to keep each ended LISTEN client out of its pool of 4: after the fourth restart it
  // could take none, so the API's messages (and every other replica's) never reached this process's sockets again.
  it('keeps hearing the API through three more restarts', async () => {
    const { person, must, api } = deployment;
    const [realtime] = deployment.replicas;
    const [dee, eve] = [await person('Restart Dee'), await person('Restart Eve')];
    const threadId = await privateThread(dee, [eve]);
    const eveClient = await connect(eve);
    await eveClient.join(threadId);
    const heardLive = new Set<string>();
    eveClient.socket.on('message:new', (message) => heardLive.add(message.body));
    for (let restart = 1; restart <= 3; restart++) {
      await db.stop();
      await db.start();
      // Messages told while the realtime process is not yet listening again are not heard live: post until one is.
      let i = 0;
      await until(
        async () => {
          const body = `restart ${restart}, post ${++i}`;
          await must(
            'mutation($t: ID!, $b: String!) { postMessage(input: { threadId: $t, body: $b }) { id } }',
            {
              t: threadId,
              b: body,
            },
            dee.token,
          ).catch(() => undefined); // the API's pool may still be reconnecting
          await new Promise((resolve) => setTimeout(resolve, 250));
          return heardLive.has(body);
        },
        { ms: 20_000, everyMs: 0, what: `a message heard live after restart ${restart}` },
      );
    }
    expect(realtime.child.exitCode).toBeNull();
    expect(api.child.exitCode).toBeNull();
  }, 90_000);
});
