import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildSchema } from 'graphql';
import type { Socket } from 'socket.io-client';
import { gqlAs, postAs, privateThread, signedInPerson, type Person } from '../support/people.js';
import { socketOutcome, startTestPlatform, type TestPlatform } from '../support/test-platform.js';
import { until } from '../support/until.js';

const TOKEN = 'metrics-token-for-the-test-scraper';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/**
 * The Prometheus text format (0.0.4), strictly: every line is a comment (`# HELP`, `# TYPE`) or a sample
 * `name{label="value",...} number`; anything else fails the test.
 */
function parseExposition(text: string): { samples: Sample[]; types: Map<string, string> } {
  const samples: Sample[] = [];
  const types = new Map<string, string>();
  // Values as Go's ParseFloat reads them (prom-client writes NaN as "Nan").
  const sampleLine = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (-?[0-9.]+(?:e[+-]?[0-9]+)?|nan|[+-]inf)$/i;
  const labelPair = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\.)*)"(?:,|$)/y;
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const type = /^# TYPE (\S+) (counter|gauge|histogram|summary|untyped)$/.exec(line);
    if (type) {
      types.set(type[1], type[2]);
      continue;
    }
    if (/^# HELP \S+ .*$/.test(line)) continue;
    const match = sampleLine.exec(line);
    if (!match) throw new Error(`not in the Prometheus text format: ${line}`);
    const labels: Record<string, string> = {};
    const rawLabels = match[2] ?? '';
    for (let at = 0; at < rawLabels.length; at = labelPair.lastIndex) {
      labelPair.lastIndex = at;
      const pair = labelPair.exec(rawLabels);
      if (!pair) throw new Error(`labels not in the Prometheus text format: ${line}`);
      labels[pair[1]] = pair[2];
    }
    samples.push({ name: match[1], labels, value: Number(match[3]) });
  }
  return { samples, types };
}

interface Scraped {
  text: string;
  samples: Sample[];
  types: Map<string, string>;
  /** The value of the one sample with this name and (at least) these labels; undefined when there is none. */
  value(name: string, labels?: Record<string, string>): number | undefined;
  /** Every sample of a metric. */
  all(name: string): Sample[];
}

describe('metrics', () => {
  let platform: TestPlatform;
  let owner: Person;
  let member: Person;
  let groupId: string;
  let threadId: string;
  const sockets: Socket[] = [];
  const schema = buildSchema(readFileSync('schema/schema.graphql', 'utf8'));

  const scrape = async (url: string): Promise<Scraped> => {
    const response = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    const { samples, types } = parseExposition(text);
    const matching = (name: string, labels: Record<string, string> = {}) =>
      samples.filter(
        (s) => s.name === name && Object.entries(labels).every(([key, value]) => s.labels[key] === value),
      );
    return {
      text,
      samples,
      types,
      all: (name) => matching(name),
      value: (name, labels = {}) => {
        const found = matching(name, labels);
        if (found.length > 1) throw new Error(`${found.length} samples of ${name} ${JSON.stringify(labels)}`);
        return found[0]?.value;
      },
    };
  };
  const both = () => Promise.all([scrape(platform.apiUrl), scrape(platform.realtimeUrl)]);
  const messagesStored = ([api, realtime]: Scraped[]) =>
    api.value('confer_messages_stored_total')! + realtime.value('confer_messages_stored_total')!;
  const connect = async (who: Person): Promise<Socket> => {
    const socket = platform.connectSocket(who.token);
    await socketOutcome(socket);
    sockets.push(socket);
    return socket;
  };
  const call = (socket: Socket, event: string, payload: object) =>
    socket.timeout(5000).emitWithAck(event, payload) as Promise<{ ok: boolean }>;

  beforeAll(async () => {
    platform = await startTestPlatform({ METRICS_TOKEN: TOKEN });
    owner = await signedInPerson(platform, 'Metrics Owner');
    member = await signedInPerson(platform, 'Metrics Member');
    ({ groupId, threadId } = await privateThread(platform, owner, [member], 'Metrics'));
  });

  afterAll(() => platform.close());

  it('counts every message stored, through GraphQL and on a socket, and no retried send twice', async () => {
    const before = messagesStored(await both());
    await postAs(platform, owner, threadId, 'One through GraphQL');
    await postAs(platform, member, threadId, 'Two through GraphQL', { clientId: 'gql-1' });
    await postAs(platform, member, threadId, 'Two through GraphQL', { clientId: 'gql-1' }); // a retry
    await gqlAs(
      platform,
      owner,
      'mutation($g: ID!) { createThread(input: { groupId: $g, title: "Counted", body: "Three, a first message" }) { id } }',
      { g: groupId },
    );
    const socket = await connect(member);
    for (const body of ['four', 'five', 'four'])
      expect(
        await call(socket, 'message:send', { threadId, body, clientId: `socket-${body}` }),
      ).toMatchObject({ ok: true });
    // 3 through GraphQL (a thread's first message too), 2 on the socket; each retried clientId answered the first
    // message without storing another.
    expect(messagesStored(await both()) - before).toBe(5);
  });

  it('times GraphQL operations by type and root field, and HTTP requests by route pattern and status class', async () => {
    await postAs(platform, owner, threadId, 'Timed');
    await gqlAs(platform, owner, '{ me { id } }');
    await gqlAs(platform, owner, '{ renamedByClient_5f3a: me { id } }');
    await gqlAs(platform, owner, 'fragment F on Query { regions { code } } query Named { ...F }');
    await platform.graphql('{ noSuchField_7c1e }', {}, owner.token); // fails validation
    await platform.graphql('{ unclosed', {}, owner.token); // does not parse
    const tooLarge = await fetch(`${platform.apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ me { id } } # ${'x'.repeat(200_000)}` }),
    });
    expect(tooLarge.status).toBe(413); // refused before routing: still labelled with /graphql
    for (const path of ['/health/ready', '/events/not-an-event.ics', '/no/such/path-9d2b', '/graphql-9d2b'])
      await fetch(`${platform.apiUrl}${path}`);
    const [api] = await both();

    const graphql = 'confer_graphql_operation_duration_seconds_count';
    expect(api.types.get('confer_graphql_operation_duration_seconds')).toBe('histogram');
    expect(api.value(graphql, { operation_type: 'query', root_field: 'me' })).toBeGreaterThanOrEqual(2);
    expect(api.value(graphql, { operation_type: 'query', root_field: 'regions' })).toBeGreaterThanOrEqual(1);
    expect(
      api.value(graphql, { operation_type: 'mutation', root_field: 'postMessage' }),
    ).toBeGreaterThanOrEqual(1);
    expect(api.value(graphql, { operation_type: 'mutation', root_field: 'login' })).toBeGreaterThanOrEqual(2);
    expect(api.value(graphql, { operation_type: 'other', root_field: 'other' })).toBeGreaterThanOrEqual(2);

    const http = 'confer_http_request_duration_seconds_count';
    expect(api.value(http, { method: 'POST', route: '/graphql', status_class: '2xx' })).toBeGreaterThan(0);
    expect(api.value(http, { method: 'POST', route: '/graphql', status_class: '4xx' })).toBe(3);
    expect(api.value(http, { method: 'GET', route: '/health/ready', status_class: '2xx' })).toBe(1);
    expect(api.value(http, { method: 'GET', route: '/events/:file', status_class: '4xx' })).toBe(1);
    expect(api.value(http, { method: 'GET', route: 'unmatched', status_class: '4xx' })).toBe(2);

    // Label values come from the schema and the routes, never from what a client wrote.
    for (const clientWords of ['renamedByClient', 'noSuchField', 'not-an-event', '9d2b', 'unclosed'])
      expect(api.text).not.toContain(clientWords);
    const roots = {
      query: Object.keys(schema.getQueryType()!.getFields()),
      mutation: Object.keys(schema.getMutationType()!.getFields()),
      other: [],
    };
    for (const sample of api.all(graphql))
      expect([...roots[sample.labels.operation_type as keyof typeof roots], 'other']).toContain(
        sample.labels.root_field,
      );
    expect(new Set(api.all(http).map((sample) => sample.labels.route))).toEqual(
      new Set(['/graphql', '/health/ready', '/events/:file', 'unmatched', '/metrics']),
    );
  });

  it('counts the sockets connected and times socket events by name', async () => {
    for (const socket of sockets.splice(0)) socket.disconnect();
    const ownerSocket = await connect(owner);
    const memberSocket = await connect(member);
    const connected = async () =>
      (await scrape(platform.realtimeUrl)).value('confer_realtime_sockets_connected');
    await until(async () => (await connected()) === 2, { what: 'two sockets counted' });

    expect(await call(ownerSocket, 'thread:join', { threadId })).toMatchObject({ ok: true });
    expect(await call(memberSocket, 'thread:join', { threadId })).toMatchObject({ ok: true });
    expect(await call(memberSocket, 'message:send', { threadId, body: 'live' })).toMatchObject({ ok: true });
    memberSocket.emit('typing', { threadId });
    memberSocket.emit('made-up:event-4e8a', { threadId }); // no handler: neither answered nor counted
    expect(await call(memberSocket, 'thread:leave', { threadId })).toMatchObject({ ok: true });

    const realtime = await scrape(platform.realtimeUrl);
    const events = 'confer_realtime_event_duration_seconds_count';
    expect(realtime.types.get('confer_realtime_event_duration_seconds')).toBe('histogram');
    expect(realtime.value(events, { event: 'thread:join' })).toBeGreaterThanOrEqual(2);
    expect(realtime.value(events, { event: 'message:send' })).toBeGreaterThanOrEqual(1);
    expect(realtime.value(events, { event: 'typing' })).toBeGreaterThanOrEqual(1);
    expect(realtime.value(events, { event: 'thread:leave' })).toBe(1);
    expect(realtime.text).not.toContain('made-up');
    expect(
      realtime.value('confer_http_request_duration_seconds_count', { route: '/metrics' }),
    ).toBeGreaterThan(0);

    memberSocket.disconnect();
    await until(async () => (await connected()) === 1, { what: 'the socket that left to be uncounted' });
  });

  it('shows the job queue depth, the database pool and the process on both apps, all prefixed confer_', async () => {
    for (const scraped of await both()) {
      for (const name of [
        'confer_db_pool_connections',
        'confer_db_pool_idle_connections',
        'confer_db_pool_waiting_clients',
        'confer_job_queue_depth',
      ])
        expect(scraped.types.get(name)).toBe('gauge');
      expect(scraped.value('confer_db_pool_connections')).toBeGreaterThanOrEqual(1);
      expect(scraped.value('confer_db_pool_waiting_clients')).toBe(0);
      const depth = scraped.all('confer_job_queue_depth');
      expect(new Set(depth.map((sample) => sample.labels.state))).toEqual(
        new Set(['created', 'retry', 'active']),
      );
      expect(depth.map((sample) => sample.labels.queue)).toContain('discussions.messages-written');
      for (const name of [
        'confer_process_cpu_user_seconds_total',
        'confer_process_resident_memory_bytes',
        'confer_nodejs_eventloop_lag_seconds',
        'confer_nodejs_heap_size_used_bytes',
      ])
        expect(scraped.value(name)).toBeDefined();
      expect(scraped.samples.filter((sample) => !sample.name.startsWith('confer_'))).toEqual([]);
    }
  });

  it('answers scrapes only with METRICS_TOKEN when it is set, on both apps', async () => {
    for (const url of [platform.apiUrl, platform.realtimeUrl]) {
      for (const authorization of [undefined, 'Bearer wrong-token', TOKEN, `Bearer ${TOKEN}x`]) {
        const response = await fetch(`${url}/metrics`, {
          headers: authorization ? { authorization } : {},
        });
        expect([url, authorization, response.status]).toEqual([url, authorization, 401]);
        expect(response.headers.get('www-authenticate')).toBe('Bearer');
        expect(await response.text()).not.toContain('confer_');
      }
    }
    // The API's security headers still stand before the route.
    const allowed = await fetch(`${platform.apiUrl}/metrics`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
