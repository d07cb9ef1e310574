import { Inject, Injectable } from '@nestjs/common';
import type { Viewer } from '#libs/identity';
import { ProfileReader } from '#libs/members';
import { RealtimePublisher, threadRoom } from '#libs/realtime-publisher';
import type { MessagePayload } from '#libs/realtime-contract';
import type { Message } from './message.entity.js';

export type { MessagePayload };

export type MessageEvent = 'message:new' | 'message:updated' | 'message:deleted';

/**
 * What the thread's sockets are told after a change commits, whichever transport made it: the same payload
 * for a message written through GraphQL as for one sent on a socket, on every realtime replica.
 */
@Injectable()
export class MessageEvents {
  constructor(
    @Inject(ProfileReader) private readonly profiles: ProfileReader,
    @Inject(RealtimePublisher) private readonly publisher: RealtimePublisher,
  ) {}

  async publish(viewer: Viewer, event: MessageEvent, message: Message): Promise<MessagePayload> {
    const [payload] = await this.payloads(viewer, [message]);
    this.tell(event, payload);
    return payload;
  }

  /** Tells the thread's sockets of a payload already made. */
  tell(event: MessageEvent, payload: MessagePayload): void {
    this.publisher.emit(threadRoom(payload.threadId), event, payload);
  }

  reactionsChanged(message: Message, reactions: Array<{ emoji: string; count: number }>): void {
    this.publisher.emit(threadRoom(message.threadId), 'reaction:updated', {
      messageId: message.id,
      threadId: message.threadId,
      reactions,
    });
  }

  /** Payloads for several messages, with their authors' names: one query for any number. */
  async payloads(viewer: Viewer, messages: Message[]): Promise<MessagePayload[]> {
    const authorIds = [...new Set(messages.flatMap((m) => (m.authorId ? [m.authorId] : [])))];
    const authors = new Map((await this.profiles.viewMany(viewer, authorIds)).map((v) => [v.id, v]));
    return messages.map((m) => {
      const author = m.authorId ? authors.get(m.authorId) : undefined;
      return MessageEvents.payload(
        m,
        author ? { id: author.id, handle: author.handle, displayName: author.displayName } : null,
      );
    });
  }

  /** The payload of a message whose author's names are known. */
  static payload(m: Message, author: MessagePayload['author']): MessagePayload {
    return {
      id: m.id,
      seq: m.seq,
      threadId: m.threadId,
      // A message hidden by a moderator reads like a deleted one, marked as hidden.
      body: m.deletedAt || m.hiddenAt ? '' : m.body,
      parentId: m.parentId,
      createdAt: m.createdAt.toISOString(),
      editedAt: m.editedAt?.toISOString() ?? null,
      deleted: m.deletedAt !== null,
      hidden: m.hiddenAt != null,
      author,
    };
  }
}
