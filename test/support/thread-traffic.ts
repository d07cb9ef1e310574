// Writes to one thread under a fault, as people make them: writers each sending one message after another (on a
// socket or through GraphQL) until told to stop, each write's outcome as its writer saw it; what each client heard,
// by seq; and what the database stored.
import { expect } from '@jest/globals';
import type { ConferClient, ConferError, MessagePayload } from '#libs/client';
import type { TestDatabase } from './test-database.js';
import type { Graphql, GraphqlAnswer } from './realtime-replicas.js';

/** One write's outcome, as its writer saw it. */
export interface Outcome {
  clientId: string;
  via: 'socket' | 'graphql';
  ok: boolean;
  seq?: number;
  code?: string;
  message?: string;
  /** The HTTP status of a GraphQL write. */
  status?: number;
  /** When it was made (Date.now()), and how long its answer took. */
  started: number;
  ms: number;
}

export const POST_MESSAGE =
  'mutation($t: ID!, $b: String!, $c: String) { postMessage(input: { threadId: $t, body: $b, clientId: $c }) { id seq } }';

/**
 * Writers to one thread, each writing one message after another (clientIds `${name}-0`, `${name}-1`, …) until
 * `stop()`. `note` adds what a test wants to know of each outcome when it is made.
 */
export class Traffic<O extends Outcome = Outcome> {
  readonly outcomes: O[] = [];
  private writing = true;
  private readonly writers: Array<Promise<void>> = [];

  constructor(
    private readonly threadId: string,
    private readonly note: (outcome: Outcome) => O = (outcome) => outcome as O,
  ) {}

  /** Sends `body(i)` on `client`'s socket, `pauseMs` after each answer. */
  socket(client: ConferClient, name: string, body: (i: number) => string, pauseMs: number): void {
    this.writer(name, pauseMs, async (clientId, i) => {
      const started = Date.now();
      try {
        const message = await client.send(this.threadId, body(i), { clientId });
        return { clientId, via: 'socket', ok: true, seq: message.seq, started, ms: Date.now() - started };
      } catch (error) {
        const { code, message } = error as ConferError;
        return { clientId, via: 'socket', ok: false, code, message, started, ms: Date.now() - started };
      }
    });
  }

  /**
   * Posts `body(i)` as `token` through `graphql`, `pauseMs` (or `pauseMs(outcome)`) after each answer. A request
   * that fails outright (no answer) is a failed write with status 0.
   */
  graphql(
    graphql: Graphql,
    token: string,
    name: string,
    body: (i: number) => string,
    pauseMs: number | ((outcome: O) => number),
  ): void {
    this.writer(name, pauseMs, async (clientId, i) => {
      const started = Date.now();
      const result = await graphql<{ postMessage: { seq: number } }>(
        POST_MESSAGE,
        { t: this.threadId, b: body(i), c: clientId },
        token,
      ).catch((error: Error): GraphqlAnswer<never> => ({ status: 0, errors: [{ message: error.message }] }));
      const error = result.errors?.[0];
      return {
        clientId,
        via: 'graphql',
        ok: !result.errors && Boolean(result.data?.postMessage),
        seq: result.data?.postMessage?.seq,
        code: error?.extensions?.code,
        message: error?.message,
        status: result.status,
        started,
        ms: Date.now() - started,
      };
    });
  }

  /** The writes acknowledged so far: clientId to the seq its writer was told. */
  get acknowledged(): Map<string, number> {
    return new Map(this.outcomes.filter((o) => o.ok).map((o) => [o.clientId, o.seq!]));
  }

  /** Stops the writers and waits for each one's last write. */
  async stop(): Promise<void> {
    this.writing = false;
    await Promise.all(this.writers);
  }

  private writer(
    name: string,
    pauseMs: number | ((outcome: O) => number),
    write: (clientId: string, i: number) => Promise<Outcome>,
  ): void {
    const run = async () => {
      for (let i = 0; this.writing; i++) {
        const outcome = this.note(await write(`${name}-${i}`, i));
        this.outcomes.push(outcome);
        const pause = typeof pauseMs === 'number' ? pauseMs : pauseMs(outcome);
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
    };
    this.writers.push(run());
  }
}

/**
 * Hears `client`'s messages of `threadId` into a map by seq, live or caught up, from its join on (what the join
 * answers included); a seq heard twice is a fault, noted in `doubles`.
 */
export async function hearBySeq(
  client: ConferClient,
  threadId: string,
  name: string,
  doubles: string[],
): Promise<Map<number, MessagePayload>> {
  const into = new Map<number, MessagePayload>();
  client.on('message', (message) => {
    if (message.threadId !== threadId) return;
    if (into.has(message.seq)) doubles.push(`${name} heard seq ${message.seq} twice`);
    into.set(message.seq, message);
  });
  for (const message of await client.join(threadId)) into.set(message.seq, message);
  return into;
}

/** The thread's stored messages by seq, asserting the seqs run 1, 2, 3… without a gap. */
export async function storedMessages(
  db: TestDatabase,
  threadId: string,
): Promise<Array<{ seq: number; client_id: string | null }>> {
  const rows = await db.query<{ seq: number; client_id: string | null }>(
    'SELECT seq, client_id FROM messages WHERE thread_id = $1 ORDER BY seq',
    [threadId],
  );
  expect(rows.map((row) => row.seq)).toEqual(rows.map((_, i) => i + 1));
  return rows;
}
