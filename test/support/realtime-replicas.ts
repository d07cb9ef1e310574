// One API process and realtime replicas (built, as a deployment runs them) on a test's database, with what the
// tests do to them: GraphQL over HTTP, members signed in, private threads, typed clients on the replicas.
import { ConferClient, type ConferClientOptions } from '#libs/client';
import { freePort } from '#libs/database';
import { baseEnv, buildDist, run, waitForHealthy, type Run } from './built-processes.js';
import { MEMBER_PASSWORD, newMember } from './member-factory.js';
import { redisForTests } from './redis.js';
import type { TestDatabase } from './test-database.js';

export interface Person {
  id: string;
  handle: string;
  token: string;
}

export type GraphqlError = { message: string; extensions?: { code?: string } };

export interface GraphqlAnswer<T> {
  status: number;
  data?: T | null;
  errors?: GraphqlError[];
}

/** GraphQL over HTTP to the API: the status and the body, errors included. */
export type Graphql = <T>(
  query: string,
  variables: Record<string, unknown>,
  token?: string,
) => Promise<GraphqlAnswer<T>>;

export interface Replicas {
  api: Run;
  /** The realtime processes, in the order of `replicaUrls`. */
  replicas: Run[];
  apiUrl: string;
  replicaUrls: string[];
  graphql: Graphql;
  /** GraphQL over HTTP to the API: the data; throws on errors. */
  must: <T>(query: string, variables: Record<string, unknown>, token?: string) => Promise<T>;
  /** A new member, signed in through GraphQL. */
  person: (displayName: string) => Promise<Person>;
  /** A private group of `owner` with `others` in it (invited, then accepting), and a thread in it; answers its id. */
  privateThread: (
    owner: Person,
    others: Person[],
    names: { group: string; title: string; body: string },
  ) => Promise<string>;
  /** A typed client (closed by `stop`). */
  connect: (options: ConferClientOptions) => Promise<ConferClient>;
  /** Closes the clients and stops the processes; answers their exit codes, the API's first. */
  stop: () => Promise<Array<number | null>>;
}

/**
 * socket.io's official adapters, to run the replicas with each: PostgreSQL (the default) and Redis (REDIS_URL; the
 * machine's server, see redis.ts) where there is one.
 */
export async function fanOutAdapters(): Promise<Array<{ adapter: string; env: Record<string, string> }>> {
  const redisUrl = await redisForTests();
  return [
    { adapter: 'PostgreSQL', env: {} },
    ...(redisUrl ? [{ adapter: 'Redis', env: { REDIS_URL: redisUrl } }] : []),
  ];
}

/**
 * Builds dist/, starts the API and `replicas` realtime processes on `db` with `env`, and waits until all answer
 * their health checks (if one does not, stops them all). `requestTimeoutMs` fails a GraphQL request that hangs.
 */
export async function startReplicas(
  db: TestDatabase,
  {
    replicas = 2,
    env = {},
    requestTimeoutMs,
  }: { replicas?: number; env?: Record<string, string>; requestTimeoutMs?: number },
): Promise<Replicas> {
  await buildDist();
  const apiPort = await freePort();
  const realtimePorts: number[] = [];
  for (let i = 0; i < replicas; i++) realtimePorts.push(await freePort());
  const common: Record<string, string> = {
    JWT_SECRET: 'replica-test-secret-that-is-long-enough-for-hs256',
    ...env,
    DATABASE_URL: db.url,
    API_PORT: String(apiPort),
  };
  const api = run('dist/apps/api/src/main.js', baseEnv(common));
  const realtimes = realtimePorts.map((port) =>
    run('dist/apps/realtime/src/main.js', baseEnv({ ...common, REALTIME_PORT: String(port) })),
  );
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const replicaUrls = realtimePorts.map((port) => `http://127.0.0.1:${port}`);
  const clients: ConferClient[] = [];
  const stop = async () => {
    clients.forEach((client) => client.close());
    return Promise.all([api, ...realtimes].map((p) => p.stop()));
  };
  try {
    await waitForHealthy(api, `${apiUrl}/health/ready`);
    await Promise.all(
      realtimes.map((replica, i) => waitForHealthy(replica, `${replicaUrls[i]}/health/live`)),
    );
  } catch (error) {
    await stop();
    throw error;
  }

  const graphql = async <T>(query: string, variables: Record<string, unknown>, token?: string) => {
    const response = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: requestTimeoutMs ? AbortSignal.timeout(requestTimeoutMs) : undefined,
    });
    const body = (await response.json()) as { data?: T | null; errors?: GraphqlError[] };
    return { status: response.status, ...body };
  };
  const must = async <T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> => {
    const result = await graphql<T>(query, variables, token);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!;
  };

  return {
    api,
    replicas: realtimes,
    apiUrl,
    replicaUrls,
    graphql,
    must,
    person: async (displayName) => {
      const created = await newMember(db, { displayName });
      const { login } = await must<{ login: { accessToken: string } }>(
        'mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }',
        { e: created.email, p: MEMBER_PASSWORD },
      );
      return { id: created.id, handle: created.handle, token: login.accessToken };
    },
    privateThread: async (owner, others, names) => {
      const { createGroup } = await must<{ createGroup: { id: string } }>(
        'mutation($n: String!) { createGroup(input: { name: $n, visibility: PRIVATE }) { id } }',
        { n: names.group },
        owner.token,
      );
      for (const other of others) {
        await must(
          'mutation($g: ID!, $m: ID!) { inviteToGroup(groupId: $g, memberId: $m) { status } }',
          { g: createGroup.id, m: other.id },
          owner.token,
        );
        await must(
          'mutation($g: ID!) { acceptGroupInvitation(groupId: $g) { status } }',
          { g: createGroup.id },
          other.token,
        );
      }
      const { createThread } = await must<{ createThread: { id: string } }>(
        'mutation($g: ID!, $t: String!, $b: String!) { createThread(input: { groupId: $g, title: $t, body: $b }) { id } }',
        { g: createGroup.id, t: names.title, b: names.body },
        owner.token,
      );
      return createThread.id;
    },
    connect: async (options) => {
      const client = await ConferClient.connect(options);
      clients.push(client);
      return client;
    },
    stop,
  };
}
