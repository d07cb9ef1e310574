import { describe, expect, it } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { BroadcastOperator, Emitter } from '@socket.io/postgres-emitter';
import pg from 'pg';
import { freePort } from '#libs/database';
import './postgres-emitter-compat.js';
import { packageVersions } from '../../../test/support/package-versions.js';

describe('the PostgreSQL emitter while the database is down', () => {
  Logger.overrideLogger(false); // the warning the fix logs

  it('tries a publish once, instead of publishing its error to the room again and again', async () => {
    // Nothing listens on this port: every connection is refused at once, as while PostgreSQL restarts.
    const pool = new pg.Pool({
      connectionString: `postgres://postgres@127.0.0.1:${await freePort()}/none`,
      max: 2,
    });
    pool.on('error', () => undefined);
    const sent: unknown[][] = [];
    const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<unknown>;
    (pool as unknown as { query: typeof query }).query = (...args: unknown[]) => {
      sent.push(args);
      return query(...args);
    };
    try {
      new Emitter(pool, '/').to('thread:1').emit('message:new', { seq: 1 });
      await new Promise((resolve) => setTimeout(resolve, 500));
      // Without the fix: thousands of publishes, each of the last error (an 'error' event to the thread's sockets).
      expect(sent).toHaveLength(1);
      expect(JSON.stringify(sent[0])).toContain('message:new');
    } finally {
      await pool.end();
    }
  });
});

describe('the library internals postgres-emitter-compat.ts patches', () => {
  const recheck =
    'postgres-emitter-compat.ts patches BroadcastOperator.prototype.publish and .emit of @socket.io/postgres-emitter 0.1.1. ' +
    'After an upgrade, re-check that messages still lack `nsp` and that a failed publish still emits an "error" event, ' +
    'then update the patch (or remove it) and the pinned version here and in package.json.';

  it('is the exact version the patch was written for, pinned in package.json', () => {
    expect({ ...packageVersions('@socket.io/postgres-emitter'), recheck }).toEqual({
      installed: '0.1.1',
      wanted: '0.1.1',
      recheck,
    });
  });

  it('still has the methods the patch wraps, and the patch adds the namespace to what is published', async () => {
    const operator = BroadcastOperator.prototype as unknown as Record<string, unknown>;
    expect({ publish: typeof operator.publish, emit: typeof operator.emit, recheck }).toEqual({
      publish: 'function',
      emit: 'function',
      recheck,
    });
    const published: unknown[] = [];
    const pool = { query: (...args: unknown[]) => (published.push(args), Promise.resolve()) };
    new Emitter(pool as unknown as pg.Pool, '/custom').to('thread:1').emit('message:new', { seq: 1 });
    await new Promise((resolve) => setImmediate(resolve));
    expect(JSON.stringify(published)).toContain(String.raw`\"nsp\":\"/custom\"`);
  });
});
