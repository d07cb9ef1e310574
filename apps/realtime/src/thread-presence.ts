import { Logger } from '@nestjs/common';
import type { ConferServer } from './connection.gateway.js';

const THREAD_ROOM_PREFIX = 'thread:';
/** Joins and leaves within this window are told as one `presence` event. */
export const PRESENCE_SETTLE_MS = 50;

/**
 * Who is in a thread now. Whenever a socket of this replica joins or leaves a thread's room (a join, a leave, a
 * disconnect, or access ending through the emitter), the thread is told `presence {threadId, memberIds}`: the
 * members with a socket in the room on any replica (asked of every replica through the adapter).
 */
export class ThreadPresence {
  private readonly logger = new Logger('Presence');
  private readonly pending = new Map<string, NodeJS.Timeout>();
  /** Rooms whose presence is being asked of every replica now, and those that changed meanwhile. */
  private readonly telling = new Set<string>();
  private readonly again = new Set<string>();

  constructor(private readonly server: ConferServer) {
    const adapter = server.of('/').adapter;
    const changed = (room: string) => {
      if (room.startsWith(THREAD_ROOM_PREFIX)) this.schedule(room);
    };
    adapter.on('join-room', changed);
    adapter.on('leave-room', changed);
  }

  /** Stops telling (on shutdown). */
  close(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }

  private schedule(room: string): void {
    if (this.pending.has(room)) return;
    if (this.telling.has(room)) {
      this.again.add(room); // told once more when the answer under way is out, so the last word is the latest
      return;
    }
    const timer = setTimeout(() => {
      this.pending.delete(room);
      this.telling.add(room);
      this.tell(room)
        .catch((error: unknown) => this.logger.warn(`Presence of ${room} not sent: ${String(error)}`))
        .finally(() => {
          this.telling.delete(room);
          if (this.again.delete(room)) this.schedule(room);
        });
    }, PRESENCE_SETTLE_MS);
    timer.unref();
    this.pending.set(room, timer);
  }

  private async tell(room: string): Promise<void> {
    const sockets = await this.server.in(room).fetchSockets();
    const memberIds = [...new Set(sockets.map((socket) => socket.data.viewer.memberId))].sort();
    this.server.to(room).emit('presence', { threadId: room.slice(THREAD_ROOM_PREFIX.length), memberIds });
  }
}
