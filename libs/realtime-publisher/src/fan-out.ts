import { Logger } from '@nestjs/common';
import { Emitter as PostgresEmitter } from '@socket.io/postgres-emitter';
import { Emitter as RedisEmitter } from '@socket.io/redis-emitter';
import pg from 'pg';
import { createClient } from 'redis';
import './postgres-emitter-compat.js';

/** Redis connection trouble is logged; the client reconnects by itself. */
const redisLogger = new Logger('Redis');

/** Where realtime events travel between processes: PostgreSQL by default, Redis when `REDIS_URL` is set. */
export interface FanOutSettings {
  databaseUrl: string;
  redisUrl?: string;
}

/** The table the PostgreSQL adapter keeps payloads in that are too large for NOTIFY (created by a migration). */
export const ATTACHMENTS_TABLE = 'socket_io_attachments';

/**
 * The Redis channel prefix of one deployment: every replica and emitter of a deployment (one database) shares it,
 * and two deployments (or two test databases) sharing one Redis never hear each other.
 */
export function fanOutKey(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  return `confer:${url.hostname}:${url.port || '5432'}${url.pathname}`;
}

/** What both official emitters offer: events to rooms, and making the sockets in rooms leave or disconnect. */
export interface RoomOperator {
  emit(event: string, ...args: unknown[]): unknown;
  except(rooms: string | string[]): RoomOperator;
  socketsLeave(rooms: string | string[]): unknown;
  disconnectSockets(close?: boolean): unknown;
}
export interface RoomEmitter {
  to(room: string | string[]): RoomOperator;
  in(room: string | string[]): RoomOperator;
}

export interface OpenEmitter {
  emitter: RoomEmitter;
  close(): Promise<void>;
}

/** socket.io's emitter for the configured fan-out, on its own connections (never inside a write transaction). */
export async function openEmitter(settings: FanOutSettings): Promise<OpenEmitter> {
  if (settings.redisUrl) {
    const client = createClient({ url: settings.redisUrl });
    client.on('error', (error: Error) => redisLogger.warn(`Redis: ${error.message}`));
    await client.connect();
    return {
      emitter: new RedisEmitter(client, { key: fanOutKey(settings.databaseUrl) }) as unknown as RoomEmitter,
      // close(), not destroy(): commands under way finish instead of failing unhandled as the process stops.
      close: () => client.close(),
    };
  }
  const pool = new pg.Pool({ connectionString: settings.databaseUrl, max: 2 });
  pool.on('error', () => undefined);
  return {
    emitter: new PostgresEmitter(pool, '/', { tableName: ATTACHMENTS_TABLE }) as unknown as RoomEmitter,
    close: () => pool.end(),
  };
}
