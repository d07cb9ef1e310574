import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { MetricsRegistry } from './metrics-registry.js';

/** The parts of node-postgres's Pool that tell how busy it is. */
interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** Jobs not yet done, by queue and state; queue names are the code's own (pg-boss's `queue` table), a fixed set. */
const QUEUE_DEPTH = `
SELECT q.name AS queue, s.state::text AS state, count(j.id)::int AS count
  FROM pgboss.queue q
 CROSS JOIN unnest(ARRAY['created', 'retry', 'active']::pgboss.job_state[]) AS s(state)
  LEFT JOIN pgboss.job j ON j.name = q.name AND j.state = s.state
 GROUP BY q.name, s.state`;

/**
 * Gauges read when Prometheus scrapes, never in between: the TypeORM connection pool (open, idle, and queries
 * waiting for a connection) and the job queue's depth (one query). A scrape while the database is away shows the
 * pool and leaves the depth out, rather than failing.
 */
export function registerDatabaseMetrics(metrics: MetricsRegistry, dataSource: DataSource): void {
  const logger = new Logger('Metrics');
  const pool = (): PoolCounts | undefined => (dataSource.driver as unknown as { master?: PoolCounts }).master;
  metrics.gauge({
    name: 'confer_db_pool_connections',
    help: "Connections open in this process's database pool (TypeORM's).",
    collect() {
      this.set(pool()?.totalCount ?? 0);
    },
  });
  metrics.gauge({
    name: 'confer_db_pool_idle_connections',
    help: "Open connections of this process's database pool that are idle.",
    collect() {
      this.set(pool()?.idleCount ?? 0);
    },
  });
  metrics.gauge({
    name: 'confer_db_pool_waiting_clients',
    help: "Queries waiting for a connection of this process's database pool (it is full).",
    collect() {
      this.set(pool()?.waitingCount ?? 0);
    },
  });
  metrics.gauge({
    name: 'confer_job_queue_depth',
    help: 'Jobs waiting (created), waiting to retry (retry) or running (active), by queue.',
    labelNames: ['queue', 'state'] as const,
    async collect() {
      this.reset();
      if (!dataSource.isInitialized) return;
      try {
        const rows =
          await dataSource.query<Array<{ queue: string; state: string; count: number }>>(QUEUE_DEPTH);
        for (const row of rows) this.set({ queue: row.queue, state: row.state }, row.count);
      } catch (error) {
        // Before pg-boss has made its schema, or while the database is away.
        logger.warn(`Job queue depth not read: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  });
}
