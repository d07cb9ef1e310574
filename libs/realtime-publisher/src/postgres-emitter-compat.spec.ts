import { describe, expect, it } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { Emitter } from '@socket.io/postgres-emitter';
import pg from 'pg';
import { freePort } from '#libs/database';
import './postgres-emitter-compat.js';

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
