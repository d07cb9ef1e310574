import { isUniqueViolation } from '#libs/database';
import { NotFoundError, ValidationError } from '#libs/errors';
import { mentionedHandles } from './body.js';
import { MessageEvents } from './message-events.js';
import { Message } from './message.entity.js';
import type { MessagePayload } from './message-events.js';

/** One message to append: who writes what, in reply to what, with which client id. */
export interface Appending {
  authorId: string;
  body: string;
  parentId: string | null;
  clientId: string | null;
  /** Someone may have to be told (a mention, a reply, a direct message): a follow-up job goes with the append. */
  followUp?: boolean;
}

/** A message just written, and how sockets are told of it (the GraphQL `Message` shape). */
export interface Written {
  message: Message;
  payload: MessagePayload;
}

/** Runs the append statement with its values (a prepared statement, or a transaction's query) for these items. */
export type AppendStatement = (text: string, values: unknown[], items: Appending[]) => Promise<AppendedRow[]>;

/** The most messages one statement appends. */
const MAX_BATCH = 50;

/**
 * Appends messages to one thread in one statement: the thread row's update takes the next seqs and holds the row
 * until commit, so seqs follow commit order with no gaps; the messages, their mentions and the authors' read
 * markers are written with it, and the authors' names come back for the payloads. When the statement appends
 * nothing, the thread is gone or a reply's parent is not in it.
 */
export async function appendMessages(
  run: AppendStatement,
  threadId: string,
  items: Appending[],
): Promise<Written[]> {
  const rows = await run(
    APPEND_MESSAGES,
    [
      threadId,
      items.map((item) => item.authorId),
      items.map((item) => item.body),
      items.map((item) => item.parentId),
      items.map((item) => item.clientId),
      items.map((item) => mentionedHandles(item.body).join(' ')),
    ],
    items,
  );
  if (rows.length === 0) {
    throw items.some((item) => item.parentId)
      ? new ValidationError({ parentId: 'You can only reply to a message in the same thread.' })
      : new NotFoundError('That thread');
  }
  if (rows.length !== items.length) throw new Error(`Appended ${rows.length} messages of ${items.length}.`);
  return rows.map((row) => {
    const message = Object.assign(new Message(), {
      id: row.id,
      threadId: row.thread_id,
      seq: row.seq,
      authorId: row.author_id,
      body: row.body,
      parentId: row.parent_id,
      clientId: row.client_id,
      mentionedIds: row.mentioned_ids,
      createdAt: row.created_at,
      editedAt: null,
      deletedAt: null,
      hiddenAt: null,
    });
    const author = { id: row.author_id, handle: row.author_handle, displayName: row.author_display_name };
    return { message, payload: MessageEvents.payload(message, author) };
  });
}

/** Whether a failed batch failed because of one of its messages, so that the others may go on without it. */
function oneMessagesFault(error: unknown): boolean {
  return error instanceof ValidationError || isUniqueViolation(error, 'messages_author_client_key');
}

interface Waiting {
  item: Appending;
  resolve: (written: Written) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for busy threads. Sends to one thread are written one statement at a time anyway (the thread row is
 * the lock); while one statement runs, the sends that arrive for the same thread wait here and then go together in
 * the next statement, in arrival order. One commit then carries many messages. If a batch fails (a retried client
 * id, a bad parent), each of its messages is tried alone, so one bad send never fails the others.
 */
export class AppendQueue {
  private readonly waiting = new Map<string, Waiting[]>();

  constructor(private readonly run: AppendStatement) {}

  append(threadId: string, item: Appending): Promise<Written> {
    return new Promise((resolve, reject) => {
      const queue = this.waiting.get(threadId);
      if (queue) {
        queue.push({ item, resolve, reject });
        return;
      }
      this.waiting.set(threadId, [{ item, resolve, reject }]);
      void this.drain(threadId);
    });
  }

  private async drain(threadId: string): Promise<void> {
    const queue = this.waiting.get(threadId)!;
    while (queue.length > 0) {
      const batch = queue.splice(0, MAX_BATCH);
      try {
        const written = await appendMessages(
          this.run,
          threadId,
          batch.map((w) => w.item),
        );
        batch.forEach((w, i) => w.resolve(written[i]));
      } catch (error) {
        // One message's fault (a retried client id, a bad parent): try each alone. Anything else (the database
        // gone mid-statement) fails them all: trying again might store twice what the lost answer had committed.
        if (batch.length > 1 && oneMessagesFault(error)) await this.oneByOne(threadId, batch);
        else batch.forEach((w) => w.reject(error));
      }
    }
    this.waiting.delete(threadId);
  }

  private async oneByOne(threadId: string, batch: Waiting[]): Promise<void> {
    for (const w of batch) {
      try {
        const [written] = await appendMessages(this.run, threadId, [w.item]);
        w.resolve(written);
      } catch (error) {
        w.reject(error);
      }
    }
  }
}

export interface AppendedRow {
  id: string;
  thread_id: string;
  seq: number;
  author_id: string;
  body: string;
  parent_id: string | null;
  client_id: string | null;
  mentioned_ids: string[];
  created_at: Date;
  author_handle: string;
  author_display_name: string;
}

// $1 thread; arrays, one entry per message: $2 authors, $3 bodies, $4 parents (or null), $5 client ids (or null),
// $6 mentioned handles (space-separated).
const APPEND_MESSAGES = `
WITH input AS (
  SELECT * FROM unnest($2::uuid[], $3::text[], $4::uuid[], $5::text[], $6::text[]) WITH ORDINALITY
    AS i(author_id, body, parent_id, client_id, mentions, n)
), thread AS (
  UPDATE threads
     SET last_seq = last_seq + (SELECT count(*) FROM input),
         message_count = message_count + (SELECT count(*) FROM input),
         -- An indexed column that keeps its value lets PostgreSQL update the row in place (HOT): a busy thread
         -- is one row written hundreds of times a second. Activity to the second orders threads well enough.
         last_activity_at = CASE WHEN now() - last_activity_at < interval '1 second' THEN last_activity_at ELSE now() END
   WHERE id = $1
     AND NOT EXISTS (
       SELECT 1 FROM input
        WHERE input.parent_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM messages p WHERE p.id = input.parent_id AND p.thread_id = $1))
  RETURNING id, last_seq
), message AS (
  INSERT INTO messages (thread_id, seq, author_id, body, parent_id, client_id, mentioned_ids)
  SELECT thread.id, thread.last_seq - (SELECT count(*) FROM input) + input.n, input.author_id, input.body,
         input.parent_id, input.client_id,
         COALESCE((SELECT array_agg(m.id) FROM members m
                    WHERE m.handle = ANY(string_to_array(input.mentions, ' ')) AND m.status = 'ACTIVE'), '{}')
    FROM thread, input
  RETURNING id, thread_id, seq, author_id, body, parent_id, client_id, mentioned_ids, created_at
), read_marker AS (
  INSERT INTO thread_participants (thread_id, member_id, last_read_seq)
  SELECT thread_id, author_id, max(seq) FROM message GROUP BY thread_id, author_id
  ON CONFLICT (thread_id, member_id)
  DO UPDATE SET last_read_seq = GREATEST(thread_participants.last_read_seq, EXCLUDED.last_read_seq)
)
SELECT message.*, author.handle AS author_handle, author.display_name AS author_display_name
  FROM message JOIN members author ON author.id = message.author_id
 ORDER BY message.seq`;
