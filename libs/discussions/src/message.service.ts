import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isUniqueViolation, queryPrepared } from '#libs/database';
import { ForbiddenError, InputCheck, NotFoundError, ValidationError } from '#libs/errors';
import type { Viewer } from '#libs/identity';
import { checkBody, mentionedHandles } from './body.js';
import { MessageEdit } from './message-edit.entity.js';
import { MessageEvents, type MessagePayload } from './message-events.service.js';
import { Message } from './message.entity.js';
import { ThreadAccess } from './thread-access.service.js';

export interface PostMessage {
  threadId: string;
  body: string;
  parentId?: string | null;
  clientId?: string | null;
}

export const CLIENT_ID_MAX = 100;

/** A message just written, and how sockets were told of it (the GraphQL `Message` shape). */
export interface Written {
  message: Message;
  payload: MessagePayload;
}

/** Writing messages: post (idempotent on author and clientId), edit (history kept), delete (a tombstone). */
@Injectable()
export class MessageService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(ThreadAccess) private readonly access: ThreadAccess,
    @Inject(MessageEvents) private readonly events: MessageEvents,
  ) {}

  /**
   * Stores a message with the next seq of its thread (`append`) and tells the thread. A retry with the same
   * clientId returns the first message instead of a second, and tells no one again.
   */
  async postMessage(viewer: Viewer, input: PostMessage): Promise<Written> {
    checkBody(input.body);
    new InputCheck()
      .uuid(input.parentId, 'parentId')
      .require(
        !input.clientId || input.clientId.length <= CLIENT_ID_MAX,
        'clientId',
        `At most ${CLIENT_ID_MAX} characters.`,
      )
      .throwIfInvalid();
    await this.access.require(viewer, input.threadId, 'post');
    try {
      // One statement, so no transaction around it; a retried clientId fails it on the unique index (below).
      const written = await this.append(
        (values) => queryPrepared<AppendedRow>(this.dataSource, 'append-message', APPEND_MESSAGE, values),
        viewer.memberId,
        input,
      );
      this.events.tell('message:new', written.payload);
      return written;
    } catch (error) {
      const raced =
        isUniqueViolation(error, 'messages_author_client_key') &&
        (await this.byClientId(viewer, input.clientId));
      if (raced) return this.written(viewer, raced);
      throw error;
    }
  }

  /**
   * Appends to a thread in one statement (also inside the caller's transaction, as for a thread's first message):
   * the thread row's update takes the next seq and holds the row until commit, so seqs follow commit order with no
   * gaps; the message, its mentions and the author's read marker are written with it, and the author's names come
   * back for the payload.
   */
  async append(
    run: EntityManager | ((values: unknown[]) => Promise<AppendedRow[]>),
    authorId: string,
    input: PostMessage,
  ): Promise<Written> {
    const execute =
      typeof run === 'function'
        ? run
        : (values: unknown[]) => run.query<AppendedRow[]>(APPEND_MESSAGE, values);
    const rows = await execute([
      input.threadId,
      authorId,
      input.body,
      input.parentId ?? null,
      input.clientId ?? null,
      mentionedHandles(input.body),
    ]);
    const row = rows[0];
    if (!row) {
      const [thread] = await this.dataSource.query<unknown[]>('SELECT 1 FROM threads WHERE id = $1', [
        input.threadId,
      ]);
      if (!thread) throw new NotFoundError('That thread');
      throw new ValidationError({ parentId: 'You can only reply to a message in the same thread.' });
    }
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
    });
    const author = { id: authorId, handle: row.author_handle, displayName: row.author_display_name };
    return { message, payload: MessageEvents.payload(message, author) };
  }

  /** The author edits; the earlier body is kept in the history. */
  async editMessage(viewer: Viewer, messageId: string, body: string): Promise<Written> {
    checkBody(body);
    const message = await this.readable(viewer, messageId);
    if (message.authorId !== viewer.memberId) throw new ForbiddenError('Only the author can edit a message.');
    if (message.deletedAt) throw new ValidationError({ messageId: 'This message was deleted.' });
    if (message.body === body) return this.written(viewer, message);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(MessageEdit).insert({ messageId, previousBody: message.body });
      await manager.getRepository(Message).update(messageId, {
        body,
        editedAt: new Date(),
        mentionedIds: await this.resolveMentionsForEdit(manager, body),
      });
    });
    const edited = await this.dataSource.getRepository(Message).findOneByOrFail({ id: messageId });
    return { message: edited, payload: await this.events.publish(viewer, 'message:updated', edited) };
  }

  /** The author or a moderator deletes: the body and its history go; a tombstone keeps the thread whole. Idempotent. */
  async deleteMessage(viewer: Viewer, messageId: string): Promise<Written> {
    const message = await this.readable(viewer, messageId);
    if (message.deletedAt) return this.written(viewer, message);
    if (message.authorId !== viewer.memberId) await this.access.require(viewer, message.threadId, 'moderate');
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(MessageEdit).delete({ messageId });
      await manager
        .getRepository(Message)
        .update(messageId, { body: '', deletedAt: new Date(), mentionedIds: [] });
    });
    const deleted = await this.dataSource.getRepository(Message).findOneByOrFail({ id: messageId });
    return { message: deleted, payload: await this.events.publish(viewer, 'message:deleted', deleted) };
  }

  /** Stores how far the viewer has read (it never goes back). */
  async markThreadRead(viewer: Viewer, threadId: string, seq: number): Promise<number> {
    new InputCheck().require(Number.isInteger(seq) && seq >= 0, 'seq', 'A message number.').throwIfInvalid();
    const thread = await this.access.require(viewer, threadId, 'read');
    const upTo = Math.min(seq, thread.lastSeq);
    const [row] = await this.dataSource.query<Array<{ last_read_seq: number }>>(
      `INSERT INTO thread_participants (thread_id, member_id, last_read_seq) VALUES ($1, $2, $3)
       ON CONFLICT (thread_id, member_id) DO UPDATE SET last_read_seq = GREATEST(thread_participants.last_read_seq, EXCLUDED.last_read_seq)
       RETURNING last_read_seq`,
      [threadId, viewer.memberId, upTo],
    );
    return row.last_read_seq;
  }

  async readable(viewer: Viewer, messageId: string): Promise<Message> {
    new InputCheck().uuid(messageId, 'messageId').throwIfInvalid();
    const message = await this.dataSource.getRepository(Message).findOneBy({ id: messageId });
    if (!message) throw new NotFoundError('That message');
    await this.access.require(viewer, message.threadId, 'read');
    return message;
  }

  /** A message written earlier (a retry, an edit that changes nothing): told to no one again. */
  private async written(viewer: Viewer, message: Message): Promise<Written> {
    const [payload] = await this.events.payloads(viewer, [message]);
    return { message, payload };
  }

  private async byClientId(viewer: Viewer, clientId: string | null | undefined): Promise<Message | null> {
    if (!clientId) return null;
    return this.dataSource.getRepository(Message).findOneBy({ authorId: viewer.memberId, clientId });
  }

  private async resolveMentionsForEdit(manager: EntityManager, body: string): Promise<string[]> {
    const handles = mentionedHandles(body);
    if (handles.length === 0) return [];
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT id FROM members WHERE handle = ANY($1::text[]) AND status = 'ACTIVE'`,
      [handles],
    );
    return rows.map((row) => row.id);
  }
}

interface AppendedRow {
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

// $1 thread, $2 author, $3 body, $4 parent (or null), $5 clientId (or null), $6 mentioned handles.
const APPEND_MESSAGE = `
WITH thread AS (
  UPDATE threads
     SET last_seq = last_seq + 1, message_count = message_count + 1,
         -- An indexed column that keeps its value lets PostgreSQL update the row in place (HOT): a busy thread
         -- is one row written hundreds of times a second. Activity to the second orders threads well enough.
         last_activity_at = CASE WHEN now() - last_activity_at < interval '1 second' THEN last_activity_at ELSE now() END
   WHERE id = $1
     AND ($4::uuid IS NULL OR EXISTS (SELECT 1 FROM messages p WHERE p.id = $4::uuid AND p.thread_id = $1))
  RETURNING id, last_seq
), message AS (
  INSERT INTO messages (thread_id, seq, author_id, body, parent_id, client_id, mentioned_ids)
  SELECT thread.id, thread.last_seq, $2, $3, $4::uuid, $5,
         COALESCE((SELECT array_agg(id) FROM members WHERE handle = ANY($6::text[]) AND status = 'ACTIVE'), '{}')
    FROM thread
  RETURNING id, thread_id, seq, author_id, body, parent_id, client_id, mentioned_ids, created_at
), read_marker AS (
  INSERT INTO thread_participants (thread_id, member_id, last_read_seq)
  SELECT thread_id, author_id, seq FROM message
  ON CONFLICT (thread_id, member_id)
  DO UPDATE SET last_read_seq = GREATEST(thread_participants.last_read_seq, EXCLUDED.last_read_seq)
)
SELECT message.*, author.handle AS author_handle, author.display_name AS author_display_name
  FROM message JOIN members author ON author.id = message.author_id`;
