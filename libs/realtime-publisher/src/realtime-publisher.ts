import { Inject, Injectable, Module, type DynamicModule, type OnModuleDestroy } from '@nestjs/common';
import { openEmitter, type FanOutSettings, type OpenEmitter, type RoomEmitter } from './fan-out.js';

const OPEN_EMITTER = Symbol('OPEN_EMITTER');

/**
 * How domains reach sockets: events go to rooms on every realtime replica through socket.io's emitter for the
 * configured adapter (PostgreSQL NOTIFY or Redis PUBLISH, on its own connection). Call it after commit.
 * Inside a realtime process the socket server itself takes over (`deliverThrough`): its own sockets hear at once,
 * and the adapter tells the other replicas.
 */
@Injectable()
export class RealtimePublisher implements OnModuleDestroy {
  private server: RoomEmitter | undefined;

  constructor(@Inject(OPEN_EMITTER) private readonly open: OpenEmitter) {}

  /** In a realtime process: publish through its socket.io server (local sockets first, then the adapter). */
  deliverThrough(server: RoomEmitter): void {
    this.server = server;
  }

  emit(room: string, event: string, payload: unknown): void {
    this.rooms.to(room).emit(event, payload);
  }

  /** Makes the sockets in `room` leave `rooms` (access to them ended). */
  leave(room: string, rooms: string[]): void {
    if (rooms.length) void this.rooms.in(room).socketsLeave(rooms);
  }

  /** Makes every socket in `rooms` leave them, except the sockets in `keep` (those who may still read). */
  leaveAllBut(rooms: string[], keep: string[]): void {
    if (rooms.length === 0) return;
    const inRooms = this.rooms.in(rooms);
    void (keep.length ? inRooms.except(keep) : inRooms).socketsLeave(rooms);
  }

  /** Closes the sockets in `room` (access ended), except those in `except`. */
  disconnect(room: string, except?: string): void {
    const sockets = this.rooms.in(room);
    void (except ? sockets.except(except) : sockets).disconnectSockets(true);
  }

  private get rooms(): RoomEmitter {
    return this.server ?? this.open.emitter;
  }

  async onModuleDestroy(): Promise<void> {
    await this.open.close();
  }
}

@Module({})
export class RealtimePublisherModule {
  static forRoot(settings: FanOutSettings): DynamicModule {
    return {
      module: RealtimePublisherModule,
      global: true,
      providers: [{ provide: OPEN_EMITTER, useFactory: () => openEmitter(settings) }, RealtimePublisher],
      exports: [RealtimePublisher],
    };
  }
}
