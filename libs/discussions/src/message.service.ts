import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isUniqueViolation, queryPrepared } from '#libs/database';
import { DomainEvents } from '#libs/domain-events';
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  InputCheck,
  NotFoundError,
  ValidationError,
} from '#libs/errors';
import type { Viewer } from '#libs/identity';
import { MessagesStored } from '#libs/metrics';
import { WriteLimits } from '#libs/rate-limits';
import { checkBody, mentionedHandles } from './body.js';
import { MessageEdit } from './message-edit.entity.js';
import { AppendQueue, type AppendedRow, type Written } from './message-appender.js';
import { MessageEvents } from './message-events.js';
import { Message } from './message.entity.js';
import { ThreadAccess } from './thread-access.js';
import { Thread, ThreadKind } from './thread.entity.js';

export interface PostMessage {
  threadId: string;
  body: string;
  parentId?: string | null;
  clientId?: string | null;
}

export const CLIENT_ID_MAX = 100;

/** Writing messages: post (idempotent on author and clientId), edit (history kept), delete (a tombstone). */
@Injectable()
export class MessageService {
  private readonly appends: AppendQueue;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(ThreadAccess) private readonly access: ThreadAccess,
    @Inject(MessageEvents) private readonly events: MessageEvents,
    @Inject(DomainEvents) private readonly domainEvents: DomainEvents,
    @Inject(MessagesStored) private readonly stored: MessagesStored,
    @Inject(WriteLimits) private readonly writeLimits: WriteLimits,
  ) {
    this.appends = new AppendQueue((text, values, items) =>
      items.some((item) => item.followUp)
        ? // The follow-up (who hears of them) is published in the same transaction: it exists if and only if the messages do.
          this.dataSource.transaction(async (manager) => {
            const rows = await manager.query<AppendedRow[]>(text, values);
            const messageIds = rows.filter((_, i) => items[i].followUp).map((row) => row.id);
            await this.domainEvents.publish(manager, 'discussions.messages-written', { messageIds });
            return rows;
          })
        : queryPrepared<AppendedRow>(this.dataSource, 'append-messages', text, values),
    );
  }

  /**
   * Stores a message with the next seq of its thread (`appendMessages`) and tells the thread. A retry with the same
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
    let thread: Thread;
    try {
      thread = await this.access.require(viewer, input.threadId, 'post');
    } catch (error) {
      // A retry of a send that was stored before the thread was locked or the member left: the first message.
      const earlier = error instanceof DomainError && (await this.earlier(viewer, input));
      if (earlier) return earlier;
      throw error;
    }
    try {
      // One statement (with the other sends to this thread that arrive meanwhile), no transaction around it; a
      // retried clientId fails it on the unique index (below).
      const written = await this.appends.append(input.threadId, {
        authorId: viewer.memberId,
        body: input.body,
        parentId: input.parentId ?? null,
        clientId: input.clientId ?? null,
        followUp:
          thread.kind === ThreadKind.DIRECT ||
          Boolean(input.parentId) ||
          mentionedHandles(input.body).length > 0,
      });
      this.stored.add();
      // Told right after this turn: the sender's acknowledgement (and those of the sends written with it) leave
      // first, so senders go on while the thread hears.
      setImmediate(() => this.events.tell('message:new', written.payload));
      return written;
    } catch (error) {
      const earlier =
        isUniqueViolation(error, 'messages_author_client_key') && (await this.earlier(viewer, input));
      if (earlier) return earlier;
      throw error;
    }
  }

  /**
   * The message this send already stored (same author and clientId), told to no one again. The same clientId
   * for another thread is a CONFLICT: client ids must be unique per author.
   */
  private async earlier(viewer: Viewer, input: PostMessage): Promise<Written | null> {
    const earlier = await this.byClientId(viewer, input.clientId);
    if (!earlier) return null;
    if (earlier.threadId !== input.threadId)
      throw new ConflictError('This clientId was already used for a message in another thread.');
    return this.written(viewer, earlier);
  }

  /** The author edits; the earlier body is kept in the history. */
  async editMessage(viewer: Viewer, messageId: string, body: string): Promise<Written> {
    checkBody(body);
    const message = await this.readable(viewer, messageId);
    if (message.authorId !== viewer.memberId) throw new ForbiddenError('Only the author can edit a message.');
    if (message.deletedAt) throw new ValidationError({ messageId: 'This message was deleted.' });
    if (message.body === body) return this.written(viewer, message);
    await this.writeLimits.spend('edit', viewer.memberId);
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
