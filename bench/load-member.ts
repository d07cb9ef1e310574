// A load-generator process of bench/load.ts: simulates the members it is given, each as the web app would be used on
// a busy evening. Each member connects a socket (the typed client, libs/client), opens the app (me, unread count),
// their group's page and a thread (its last 30 messages, then joins it live from there), and then, after a pause to
// think (exponential, mean LOAD_THINK_MS), does one thing at a time: writes in the thread (typing first), reacts,
// scrolls up, switches thread, opens the group again, searches the directory, looks at events, RSVPs, reads
// notifications, marks the thread read. Every operation's latency and failure is recorded by name; so is the time a
// message took from its sender's send to each other member's screen ("delivery").
//
// IPC in: { kind: 'start', members, fixtures } then { kind: 'measure' } (from then on samples count) and
// { kind: 'stop' } (no new actions; in-flight ones finish; after LOAD_SETTLE_MS, the report goes back).
import { ConferClient } from '#libs/client';
import type { MessagePayload } from '#libs/realtime-contract';
import { graphqlAt } from './graphql-client.js';
import type { LoadFixtures } from './load-fixtures.js';
import {
  DIRECTORY,
  directoryFilter,
  EVENTS,
  GROUP_PAGE,
  ME,
  NOTIFICATIONS,
  OLDER_MESSAGES,
  RSVP,
  THREAD_PAGE,
} from './load-operations.js';

export interface LoadMember {
  index: number;
  token: string;
  memberId: string;
}

export type LoadCommand =
  | {
      kind: 'start';
      members: LoadMember[];
      fixtures: Pick<LoadFixtures, 'groups' | 'groupSize' | 'regionCodes' | 'topicSlugs'>;
    }
  | { kind: 'measure' }
  | { kind: 'stop' };

export interface LoadReport {
  samples: Record<string, number[]>;
  errors: Record<string, number>;
  errorExamples: string[];
  /** Acknowledged sends (while measuring or not): clientIds, to count them in the database. */
  sentClientIds: string[];
  /** Per member still connected at the end: the thread it had open and the seq up to which it holds every message. */
  holdings: Array<{ threadId: string; contiguous: number }>;
  connected: number;
}

const apiUrl = process.env.LOAD_API_URL!;
const realtimeUrls = process.env.LOAD_REALTIME_URLS!.split(',');
const thinkMs = Number(process.env.LOAD_THINK_MS ?? 10_000);
const rampMs = Number(process.env.LOAD_RAMP_MS ?? 60_000);
const settleMs = Number(process.env.LOAD_SETTLE_MS ?? 8_000);

const report: LoadReport = {
  samples: {},
  errors: {},
  errorExamples: [],
  sentClientIds: [],
  holdings: [],
  connected: 0,
};
let measuring = false;
let stopping = false;
let stopped: () => void = () => undefined;
const whenStopped = new Promise<void>((resolve) => (stopped = resolve));

function record(name: string, ms: number): void {
  if (measuring) (report.samples[name] ??= []).push(ms);
}

function failed(name: string, error: unknown): void {
  if (!measuring) return;
  report.errors[name] = (report.errors[name] ?? 0) + 1;
  if (report.errorExamples.length < 20) report.errorExamples.push(`${name}: ${String(error).slice(0, 300)}`);
}

/** Runs one operation, timing it; a failure is counted and the member goes on (as a person would retry later). */
async function timed<T>(name: string, work: () => Promise<T>): Promise<T | undefined> {
  const started = performance.now();
  try {
    const result = await work();
    record(name, performance.now() - started);
    return result;
  } catch (error) {
    failed(name, error);
    return undefined;
  }
}

const graphql = graphqlAt(`${apiUrl}/graphql`);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** A member's pause to read and think: exponential, mean LOAD_THINK_MS; cut short when the run stops. */
const pause = () => Promise.race([sleep(-Math.log(1 - Math.random()) * thinkMs), whenStopped]);
const pick = <T>(list: T[]): T => list[Math.floor(Math.random() * list.length)];

/** What a member does next, and how often (weights add up to 100). */
const ACTIONS = [
  ['write', 28],
  ['react', 10],
  ['scrollUp', 5],
  ['switchThread', 10],
  ['openGroup', 10],
  ['directory', 10],
  ['events', 9],
  ['rsvp', 5],
  ['notifications', 8],
  ['markRead', 5],
] as const;
type Action = (typeof ACTIONS)[number][0];

function nextAction(): Action {
  let roll = Math.random() * 100;
  for (const [action, weight] of ACTIONS) {
    roll -= weight;
    if (roll < 0) return action;
  }
  return 'write';
}

type ThreadPage = {
  thread: {
    messages: {
      edges: Array<{ node: { id: string; seq: number } }>;
      pageInfo: { hasPreviousPage: boolean; startCursor: string | null };
    };
  };
};

async function live(member: LoadMember, fixtures: Extract<LoadCommand, { kind: 'start' }>['fixtures']) {
  await Promise.race([sleep(Math.random() * rampMs), whenStopped]);
  if (stopping) return;
  const group = fixtures.groups[Math.floor(member.index / fixtures.groupSize)];
  const urls = realtimeUrls.map((_, i) => realtimeUrls[(member.index + i) % realtimeUrls.length]);
  const client = await timed('connect', () => ConferClient.connect({ url: urls, token: member.token }));
  if (!client) return;
  report.connected++;
  client.on('message', (message: MessagePayload) => {
    const sentAt = /\[t=(\d+)\]/.exec(message.body)?.[1];
    if (sentAt && message.author?.id !== member.memberId) record('delivery', Date.now() - Number(sentAt));
  });
  const gql = <T>(query: string, variables?: Record<string, unknown>) =>
    graphql<T>(query, variables, member.token);

  let threadId = '';
  let recent: string[] = [];
  let olderCursor: string | null = null;
  const openThread = async (id: string) => {
    const page = await timed('openThread', async () => {
      const answer = await gql<ThreadPage>(THREAD_PAGE, { id });
      const edges = answer.thread.messages.edges;
      if (threadId && threadId !== id) await client.leave(threadId);
      await client.join(id, edges.at(-1)?.node.seq ?? 0);
      return answer;
    });
    if (!page) return;
    threadId = id;
    recent = page.thread.messages.edges.map((edge) => edge.node.id);
    olderCursor = page.thread.messages.pageInfo.hasPreviousPage
      ? page.thread.messages.pageInfo.startCursor
      : null;
  };

  await timed('me', () => gql(ME));
  await timed('openGroup', () => gql(GROUP_PAGE, { id: group.id }));
  await openThread(pick(group.threadIds));
  client.on('message', (message) => {
    if (message.threadId === threadId) recent = [...recent.slice(-29), message.id];
  });

  let n = member.index;
  while (!stopping) {
    await pause();
    if (stopping) break;
    n++;
    switch (nextAction()) {
      case 'write': {
        client.typing(threadId);
        await sleep(1000 + Math.random() * 2000); // typing a short message
        const clientId = globalThis.crypto.randomUUID();
        const sent = await timed('send', () =>
          client.send(
            threadId,
            `Thanks, that helps with our work on ${pick(fixtures.topicSlugs)} [t=${Date.now()}]`,
            {
              clientId,
            },
          ),
        );
        if (sent) report.sentClientIds.push(clientId);
        break;
      }
      case 'react':
        if (recent.length) await timed('react', () => client.react(pick(recent), pick(['👍', '❤️', '🙏'])));
        break;
      case 'scrollUp':
        if (olderCursor) {
          const older = await timed('scrollUp', () =>
            gql<ThreadPage>(OLDER_MESSAGES, { id: threadId, before: olderCursor }),
          );
          if (older) olderCursor = older.thread.messages.pageInfo.startCursor;
        }
        break;
      case 'switchThread':
        await openThread(pick(group.threadIds));
        break;
      case 'openGroup':
        await timed('openGroup', () => gql(GROUP_PAGE, { id: group.id }));
        break;
      case 'directory':
        await timed('directory', () =>
          gql(DIRECTORY, directoryFilter(n, fixtures.regionCodes, fixtures.topicSlugs)),
        );
        break;
      case 'events':
        await timed('events', () =>
          gql(EVENTS, { filter: n % 2 ? { regions: [group.regionCode] } : { groupId: group.id } }),
        );
        break;
      case 'rsvp':
        await timed('rsvp', () =>
          gql(RSVP, { id: pick(group.eventIds), status: Math.random() < 0.7 ? 'GOING' : 'NOT_GOING' }),
        );
        break;
      case 'notifications':
        await timed('notifications', () => gql(NOTIFICATIONS));
        break;
      case 'markRead': {
        const seq = client.lastSeq(threadId);
        if (seq > 0) await timed('markRead', () => client.markRead(threadId, seq));
        break;
      }
    }
  }
  await sleep(settleMs); // messages still on their way arrive; gaps are filled
  report.holdings.push({ threadId, contiguous: client.lastSeq(threadId) });
  client.close();
}

process.on('message', (command: LoadCommand) => {
  if (command.kind === 'measure') measuring = true;
  if (command.kind === 'stop') {
    stopping = true;
    stopped();
  }
  if (command.kind !== 'start') return;
  const { members, fixtures } = command;
  void Promise.all(members.map((member) => live(member, fixtures))).then(() => {
    process.send!(report, () => process.exit(0));
  });
});
process.send!('ready');
