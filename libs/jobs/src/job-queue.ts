import { setMaxListeners } from 'node:events';
import { Logger } from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';

/** What a job's handler is given: its data, and which attempt this is (0 the first). */
export interface JobRun<T> {
  id: string;
  data: T;
  attempt: number;
}

export type JobHandler<T> = (job: JobRun<T>) => Promise<void>;

export interface JobDefinition {
  /** Attempts after the first before the job is given up (default 5). */
  retryLimit?: number;
  /** Seconds before the first retry; doubled at each later one (default 5 s: 5, 10, 20, 40, 80). */
  retryDelay?: number;
  /** At most one waiting job per `singletonKey` in this queue (pg-boss's `short` policy). */
  onePerKey?: boolean;
}

export interface EnqueueOptions {
  /** Enqueue inside this transaction: the job exists only if the change that causes it commits. */
  manager?: EntityManager;
  /** In a queue defined `onePerKey`: enqueuing again while one with this key waits adds nothing (answers null). */
  singletonKey?: string;
  /** Not before then. */
  startAfter?: Date;
}

export interface JobQueueOptions {
  /** Run the handlers of this process's definitions (workers); false to only enqueue. */
  work: boolean;
  /** How often an idle worker looks for jobs (seconds, at least 0.5; default 2). */
  pollingIntervalSeconds?: number;
}

/**
 * A little longer than the period of pg-boss's worker-ending monitor (manager.offWork: delay(1000)), which its
 * scheduler's own worker still starts when pg-boss stops.
 */
const OFF_WORK_MONITOR_MS = 1_500;

/** At most this many jobs of a queue are fetched at a time. */
const BATCH_SIZE = 20;

/** The job queues of this process that were started and have not finished stopping (tests check none outlives them). */
const running = new Set<JobQueue>();

/** The job queues started and not yet stopped: a test file must stop every queue it starts before it ends. */
export function runningJobQueues(): ReadonlySet<JobQueue> {
  return running;
}

/**
 * The durable job queue (pg-boss, in the `pgboss` schema of Confer's database) for what happens after a request:
 * e-mail, notification fan-out, digests, reminders. A job enqueued with a transaction's manager commits or rolls
 * back with the change that causes it, so a process dying after commit loses nothing: a worker (in any process)
 * runs it. Failed jobs are retried with exponential backoff; handlers must be idempotent (a job may run again after
 * a crash mid-run).
 */
export class JobQueue {
  private readonly logger = new Logger('Jobs');
  private readonly boss: PgBoss;
  private readonly queues = new Map<string, Promise<void>>();
  private readonly definitions = new Map<string, JobDefinition>();
  private creating: Promise<unknown> = Promise.resolve();
  private started: Promise<unknown> | undefined;
  private stopped: Promise<void> | undefined;
  /** This process's worker loops, one per defined queue (none in a process that only enqueues). */
  private readonly loops = new Set<Promise<void>>();
  /** Set when stop() begins: the loops end after the batch in hand. */
  private stopping = false;
  /** Cuts the idle loops' pauses short when stopping (one listener per idle loop: no limit to warn about). */
  private readonly idle = unlimited(new AbortController());

  constructor(
    readonly databaseUrl: string,
    private readonly options: JobQueueOptions,
  ) {
    this.boss = new PgBoss({
      connectionString: databaseUrl,
      max: 4,
      application_name: 'confer-jobs',
      // Maintenance (expiry, retention) runs where the workers run.
      supervise: options.work,
      schedule: options.work,
    });
    this.boss.on('error', (error: Error) => this.logger.error(`Job queue: ${error.message}`));
  }

  /** Creates or updates pg-boss's schema (an advisory lock keeps replicas from racing) and starts. */
  start(): Promise<unknown> {
    if (!this.started) {
      running.add(this);
      this.started = this.boss.start();
    }
    return this.started;
  }

  /**
   * Starts pg-boss and creates every defined queue, so that no enqueue inside a caller's transaction (holding its
   * row locks) waits for pg-boss's first start or a queue's creation. Called at application bootstrap.
   */
  async ready(): Promise<void> {
    await this.start();
    await Promise.all([...this.definitions.keys()].map((name) => this.queue(name)));
  }

  /**
   * Stops taking jobs, lets running handlers finish (up to `timeoutMs`), and closes the connections. Calling it again
   * waits for the same stop: pg-boss answers a second stop at once, while the first is still closing.
   */
  stop(timeoutMs = 10_000): Promise<void> {
    if (!this.started) return Promise.resolve();
    this.stopped ??= this.stopStarted(timeoutMs);
    return this.stopped;
  }

  private async stopStarted(timeoutMs: number): Promise<void> {
    try {
      await this.started;
      // The loops first: each ends after the batch in hand (its jobs completed or failed), while the connections
      // are still open. One stuck past the timeout is left to pg-boss's expiry, which retries its job elsewhere.
      this.stopping = true;
      this.idle.abort();
      let timer: NodeJS.Timeout | undefined;
      const ended = await Promise.race([
        Promise.allSettled(this.loops).then(() => true),
        new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs))),
      ]);
      clearTimeout(timer);
      if (!ended) this.logger.warn(`A job handler was still running ${timeoutMs} ms after the stop began`);
      await this.boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
      // pg-boss's scheduler has a worker of its own, and stopping it leaves a monitor (manager.offWork) that looks
      // every second, with a fresh delay(), whether it has ended: it must see it ended before stop() answers, or it
      // goes on past the process's (or a test file's) end. That worker ended with the connections; one look settles it.
      if (this.options.work) await new Promise((resolve) => setTimeout(resolve, OFF_WORK_MONITOR_MS));
    } finally {
      running.delete(this);
    }
  }

  /** Declares a queue with its retry policy and, in a process that works, its handler (jobs one after another). */
  async define<T extends object>(
    name: string,
    handler: JobHandler<T>,
    definition: JobDefinition = {},
  ): Promise<void> {
    this.definitions.set(name, definition);
    if (!this.options.work) return; // a process that only enqueues creates its queues in ready()
    await this.queue(name);
    this.loops.add(
      this.work(name, handler).catch((error) =>
        this.logger.error(`Job queue ${name} stopped: ${String(error)}`),
      ),
    );
  }

  /**
   * Fetches up to BATCH_SIZE jobs of the queue, runs them one after another, and waits a polling interval when there
   * were none. Our own loop over pg-boss's fetch/complete/fail rather than its `work()`: pg-boss 10 ends its workers
   * through a monitor that polls with timers after stop() has answered, while this loop is over when stop() answers.
   */
  private async work<T extends object>(name: string, handler: JobHandler<T>): Promise<void> {
    const intervalMs = Math.max(0.5, this.options.pollingIntervalSeconds ?? 2) * 1000;
    while (!this.stopping) {
      const began = Date.now();
      let jobs: Array<PgBoss.JobWithMetadata<T>> = [];
      try {
        jobs = await this.boss.fetch<T>(name, { batchSize: BATCH_SIZE, includeMetadata: true });
      } catch (error) {
        if (!this.stopping) this.logger.error(`Job queue ${name}: ${String(error)}`);
      }
      if (jobs.length > 0) await this.runBatch(name, handler, jobs);
      // A full batch suggests more are waiting: fetch again at once; else look again an interval after this look.
      const pauseMs = intervalMs - (Date.now() - began);
      if (jobs.length < BATCH_SIZE && pauseMs > 100 && !this.stopping) await this.pause(pauseMs);
    }
  }

  private pause(ms: number): Promise<void> {
    const signal = this.idle.signal;
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal.addEventListener('abort', done);
    });
  }

  private async runBatch<T extends object>(
    name: string,
    handler: JobHandler<T>,
    jobs: Array<PgBoss.JobWithMetadata<T>>,
  ): Promise<void> {
    const done: string[] = [];
    for (const job of jobs) {
      try {
        await handler({ id: job.id, data: job.data, attempt: job.retryCount });
        done.push(job.id);
      } catch (error) {
        this.logger.warn(`Job ${name} ${job.id} failed (attempt ${job.retryCount + 1}): ${String(error)}`);
        await this.settle(() =>
          this.boss.fail(name, job.id, {
            message: error instanceof Error ? error.message : String(error),
          }),
        );
      }
    }
    if (done.length > 0) await this.settle(() => this.boss.complete(name, done));
  }

  /** Completing or failing a job that cannot be recorded now leaves it to pg-boss's expiry (it runs again). */
  private async settle(record: () => Promise<unknown>): Promise<void> {
    try {
      await record();
    } catch (error) {
      this.logger.error(`Job queue: could not record a job's outcome: ${String(error)}`);
    }
  }

  /** Runs `name` on a cron schedule (in `tz`), from a process that works; replicas share one schedule. */
  async schedule(name: string, cron: string, tz = 'Europe/London'): Promise<void> {
    if (!this.options.work) return;
    await this.queue(name);
    await this.boss.schedule(name, cron, {}, { tz });
  }

  /** Adds a job; with `manager`, inside that transaction. Answers the job id (null when a singleton already waits). */
  async enqueue<T extends object>(
    name: string,
    data: T,
    options: EnqueueOptions = {},
  ): Promise<string | null> {
    await this.queue(name);
    const manager = options.manager;
    return this.boss.send(name, data, {
      singletonKey: options.singletonKey,
      startAfter: options.startAfter,
      db: manager
        ? { executeSql: async (text, values) => ({ rows: rowsOf(await manager.query(text, values)) }) }
        : undefined,
    });
  }

  /**
   * Creates the queue once (pg-boss's create is idempotent). Creating a queue attaches a partition to pg-boss's job
   * table, and two at once deadlock: this process creates them one after another, and retries a deadlock with
   * another process.
   */
  private queue(name: string): Promise<void> {
    let created = this.queues.get(name);
    if (!created) {
      const definition = this.definitions.get(name) ?? {};
      const next: Promise<void> = this.creating
        .catch(() => undefined)
        .then(() => this.start())
        .then(() =>
          retryDeadlock(() =>
            this.boss.createQueue(name, {
              name,
              retryLimit: definition.retryLimit ?? 5,
              retryDelay: definition.retryDelay ?? 5,
              retryBackoff: true,
              policy: definition.onePerKey ? 'short' : 'standard',
            }),
          ),
        );
      this.creating = next;
      this.queues.set(name, next);
      created = next;
    }
    return created;
  }
}

function unlimited(controller: AbortController): AbortController {
  setMaxListeners(0, controller.signal);
  return controller;
}

async function retryDeadlock(work: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if ((error as { code?: string }).code !== '40P01' || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

/** TypeORM answers an INSERT or UPDATE as [rows, count]; pg-boss wants the rows. */
function rowsOf(result: unknown): unknown[] {
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  )
    return result[0] as unknown[];
  return Array.isArray(result) ? result : [];
}
