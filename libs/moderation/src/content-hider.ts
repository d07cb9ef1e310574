import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Message, MessageEvents, ThreadRoomsOnAccessLoss } from '#libs/discussions';
import { ValidationError } from '#libs/errors';
import type { Viewer } from '#libs/identity';
import { RealtimePublisher, threadRoom } from '#libs/realtime-publisher';
import { ReportSubject } from './report.entity.js';

/** How long after `thread:hidden` the sockets leave the thread's room. */
const LEAVE_AFTER_MS = 1_000;

const TABLES: Partial<Record<ReportSubject, string>> = {
  [ReportSubject.MESSAGE]: 'messages',
  [ReportSubject.THREAD]: 'threads',
  [ReportSubject.EVENT]: 'events',
  [ReportSubject.GROUP]: 'groups',
};

/**
 * Hides reported content (and shows it again): a hidden message reads as a tombstone for everyone, and its thread's
 * sockets are told at once; a hidden thread, event or group is gone for everyone but moderators and admins.
 */
@Injectable()
export class ContentHider {
  constructor(
    @Inject(MessageEvents) private readonly messages: MessageEvents,
    @Inject(RealtimePublisher) private readonly realtime: RealtimePublisher,
    @Inject(ThreadRoomsOnAccessLoss) private readonly threadRooms: ThreadRoomsOnAccessLoss,
  ) {}

  /** In the caller's transaction; answers what to tell sockets once it commits. */
  async setHidden(
    manager: EntityManager,
    type: ReportSubject,
    id: string,
    hidden: boolean,
  ): Promise<(viewer: Viewer) => Promise<void>> {
    const table = TABLES[type];
    if (!table) throw new ValidationError({ action: 'A member is not hidden: suspend them instead.' });
    await manager.query(`UPDATE ${table} SET hidden_at = ${hidden ? 'now()' : 'NULL'} WHERE id = $1`, [id]);
    if (type === ReportSubject.MESSAGE) {
      const message = await manager.getRepository(Message).findOneByOrFail({ id });
      return async (viewer) => {
        await this.messages.publish(viewer, 'message:updated', message);
      };
    }
    if (type === ReportSubject.THREAD && hidden) {
      return () => {
        this.realtime.emit(threadRoom(id), 'thread:hidden', { threadId: id });
        // Emitted events and room changes travel apart between replicas and may overtake each other: the sockets
        // leave the room a moment after they were told, so that the telling reaches them.
        setTimeout(() => this.realtime.leave(threadRoom(id), [threadRoom(id)]), LEAVE_AFTER_MS).unref();
        return Promise.resolve();
      };
    }
    // A hidden group: its threads' sockets leave at once, but admins'.
    if (type === ReportSubject.GROUP && hidden) return () => this.threadRooms.groupHidden(id);
    return () => Promise.resolve();
  }
}
