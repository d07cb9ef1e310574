import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { JobQueue, type JobRun } from '#libs/jobs';
import { openDataSource } from '../support/service-module.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { until } from '../support/until.js';

type Note = { note: string };

describe('the durable job queue (pg-boss on PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  const queues: JobQueue[] = [];

  const queue = (work: boolean) => {
    const created = new JobQueue(db.url, { work, pollingIntervalSeconds: 0.5 });
    queues.push(created);
    return created;
  };
  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await openDataSource(db);
  });

  afterAll(async () => {
    await Promise.all(queues.map((q) => q.stop(1_000)));
    await dataSource.destroy();
    await db.drop();
  });

  it('runs a job enqueued in a transaction that commits, and never one whose transaction rolls back', async () => {
    const jobs = queue(true);
    const ran: string[] = [];
    await jobs.define<Note>('test-transactional', ({ data }) => {
      ran.push(data.note);
      return Promise.resolve();
    });
    await dataSource.transaction((manager) =>
      jobs.enqueue<Note>('test-transactional', { note: 'committed' }, { manager }),
    );
    await dataSource
      .transaction(async (manager) => {
        await jobs.enqueue<Note>('test-transactional', { note: 'rolled back' }, { manager });
        throw new Error('the change fails');
      })
      .catch(() => undefined);
    await until(() => ran.length === 1, { ms: 15_000 });
    await new Promise((resolve) => setTimeout(resolve, 1_500)); // a second poll finds nothing more
    expect(ran).toEqual(['committed']);
  });

  it('loses nothing when the process that enqueued dies before any worker ran the job', async () => {
    const enqueuing = queue(false); // an API replica without workers
    await dataSource.transaction((manager) =>
      enqueuing.enqueue<Note>('test-durable', { note: 'kept' }, { manager }),
    );
    await enqueuing.stop(); // gone, as if killed after commit
    const worker = queue(true); // `npm run start:worker`, later
    const ran: string[] = [];
    await worker.define<Note>('test-durable', ({ data }) => {
      ran.push(data.note);
      return Promise.resolve();
    });
    await until(() => ran.length === 1, { ms: 15_000 });
    expect(ran).toEqual(['kept']);
  });

  it('retries a failing job with growing delays, then it succeeds once', async () => {
    const jobs = queue(true);
    const runs: Array<{ attempt: number; at: number }> = [];
    await jobs.define<Note>(
      'test-retry',
      ({ attempt }: JobRun<Note>) => {
        runs.push({ attempt, at: Date.now() });
        return runs.length < 3 ? Promise.reject(new Error('SMTP server unavailable')) : Promise.resolve();
      },
      { retryLimit: 3, retryDelay: 1 },
    );
    await jobs.enqueue<Note>('test-retry', { note: 'flaky' });
    await until(() => runs.length === 3, { ms: 20_000 });
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(runs.map((r) => r.attempt)).toEqual([0, 1, 2]);
    const [first, second] = [runs[1].at - runs[0].at, runs[2].at - runs[1].at];
    expect(first).toBeGreaterThanOrEqual(900);
    expect(second).toBeGreaterThan(first); // backoff
  }, 40_000);

  it('works through a burst in a few polls, and one failing job does not fail the others fetched with it', async () => {
    const jobs = queue(true);
    const ran: number[] = [];
    await jobs.define<{ n: number }>(
      'test-burst',
      ({ data }) => {
        if (data.n === 7) return Promise.reject(new Error('this one fails'));
        ran.push(data.n);
        return Promise.resolve();
      },
      { retryLimit: 0 },
    );
    const started = Date.now();
    await Promise.all(Array.from({ length: 30 }, (_, n) => jobs.enqueue('test-burst', { n })));
    await until(() => ran.length === 29, { ms: 15_000 });
    expect(Date.now() - started).toBeLessThan(4_000); // 0.5 s polls of up to 20 jobs, not one job per poll
    expect(ran.sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, n) => n).filter((n) => n !== 7));
    const [failed] = await db.query<{ state: string }>(
      `SELECT state FROM pgboss.job WHERE name = 'test-burst' AND data->>'n' = '7'`,
    );
    expect(failed.state).toBe('failed');
  });

  it('keeps one waiting job per singleton key: enqueuing it again adds nothing', async () => {
    const enqueuing = queue(false);
    const record = ({ data }: JobRun<Note>) => {
      ran.push(data.note);
      return Promise.resolve();
    };
    const ran: string[] = [];
    await enqueuing.define<Note>('test-singleton', record, { onePerKey: true });
    const first = await enqueuing.enqueue<Note>(
      'test-singleton',
      { note: 'a' },
      { singletonKey: 'digest:ann' },
    );
    const again = await enqueuing.enqueue<Note>(
      'test-singleton',
      { note: 'a' },
      { singletonKey: 'digest:ann' },
    );
    expect(first).toEqual(expect.any(String));
    expect(again).toBeNull();
    const worker = queue(true);
    await worker.define<Note>('test-singleton', record, { onePerKey: true });
    await until(() => ran.length === 1, { ms: 15_000 });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(ran).toEqual(['a']);
  });

  it('answers stop() after the job in hand has finished and been recorded, and runs nothing more afterwards', async () => {
    const jobs = queue(true);
    const ran: string[] = [];
    let release: () => void = () => undefined;
    await jobs.define<Note>('test-stop', async ({ data }) => {
      ran.push(`began ${data.note}`);
      if (data.note === 'slow') await new Promise<void>((resolve) => (release = resolve));
      ran.push(`ended ${data.note}`);
    });
    await jobs.enqueue<Note>('test-stop', { note: 'slow' });
    await until(() => ran.length === 1, { ms: 15_000 });
    const stopped = jobs.stop(10_000).then(() => ran.push('stopped'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await jobs.enqueue<Note>('test-stop', { note: 'after' }).catch(() => undefined); // the queue is going
    release();
    await stopped;
    await new Promise((resolve) => setTimeout(resolve, 1_500)); // a worker still polling would take 'after' now
    expect(ran).toEqual(['began slow', 'ended slow', 'stopped']);
    const states = await db.query<{ note: string; state: string }>(
      `SELECT data->>'note' AS note, state FROM pgboss.job WHERE name = 'test-stop' ORDER BY created_on`,
    );
    expect(states.find((s) => s.note === 'slow')?.state).toBe('completed');
    expect(states.find((s) => s.note === 'after')?.state ?? 'not enqueued').not.toBe('completed');
  });
});
