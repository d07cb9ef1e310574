import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isUniqueViolation } from '#libs/database';
import { ForbiddenError, InputCheck, NotFoundError, ValidationError } from '#libs/errors';
import type { Viewer } from '#libs/identity';
import { checkBody, mentionedHandles } from './body.js';
import { MessageEdit } from './message-edit.entity.js';
import { MessageEvents, type MessagePayload } from './message-events.service.js';
import { Message } from './message.entity.js';
import { ThreadAccess } from './thread-access.service.js';

import { Thread } from './thread.entity.js';

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
   * Stores a message with the next seq of its thread. The thread row is locked for the insert, so seqs follow
   * commit order with no gaps. A retry with the same clientId returns the first message instead of a second.
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
    const earlier = await this.byClientId(viewer, input.clientId);
    if (earlier) return this.written(viewer, earlier);
    await this.access.require(viewer, input.threadId, 'post');
    try {
      const message = await this.dataSource.transaction((manager) =>
        this.append(manager, viewer.memberId, input),
      );
      return { message, payload: await this.events.publish(viewer, 'message:new', message) };
    } catch (error) {
      const raced =
        isUniqueViolation(error, 'messages_author_client_key') &&
        (await this.byClientId(viewer, input.clientId));
      if (raced) return this.written(viewer, raced);
      throw error;
    }
  }

  /** Appends to a thread inside the caller's transaction (also how a thread's first message is written). */
  async append(manager: EntityManager, authorId: string, input: PostMessage): Promise<Message> {
    const [thread] = await manager.query<Array<{ last_seq: number }>>(
      'SELECT last_seq FROM threads WHERE id = $1 FOR UPDATE',
      [input.threadId],
    );
    if (!thread) throw new NotFoundError('That thread');
    if (input.parentId) {
      const parent = await manager
        .getRepository(Message)
        .findOneBy({ id: input.parentId, threadId: input.threadId });
      if (!parent)
        throw new ValidationError({ parentId: 'You can only reply to a message in the same thread.' });
    }
    const seq = thread.last_seq + 1;
    const mentioned = await this.resolveMentions(manager, input.body);
    const message = await manager.getRepository(Message).save({
      threadId: input.threadId,
      seq,
      authorId,
      body: input.body,
      parentId: input.parentId ?? null,
      clientId: input.clientId ?? null,
      mentionedIds: mentioned,
      editedAt: null,
      deletedAt: null,
    });
    await manager.getRepository(Thread).update(input.threadId, {
      lastSeq: seq,
      messageCount: () => 'message_count + 1',
      lastActivityAt: message.createdAt,
    });
    // Writing a message means having read the thread up to it.
    await manager.query(
      `INSERT INTO thread_participants (thread_id, member_id, last_read_seq) VALUES ($1, $2, $3)
       ON CONFLICT (thread_id, member_id) DO UPDATE SET last_read_seq = GREATEST(thread_participants.last_read_seq, EXCLUDED.last_read_seq)`,
      [input.threadId, authorId, seq],
    );
    return message;
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
        mentionedIds: await this.resolveMentions(manager, body),
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

  private async resolveMentions(manager: EntityManager, body: string): Promise<string[]> {
    const handles = mentionedHandles(body);
    if (handles.length === 0) return [];
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT id FROM members WHERE handle = ANY($1::text[]) AND status = 'ACTIVE'`,
      [handles],
    );
    return rows.map((row) => row.id);
  }
}
