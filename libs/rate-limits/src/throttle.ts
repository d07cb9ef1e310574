import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { queryPrepared } from '#libs/database';
import { RateLimitedError } from '#libs/errors';

/** One thing counted in fixed windows: at most `limit` in `windowSeconds`. */
export interface Limit {
  /** What is counted, e.g. `login-account:sam@nhs.net` or `report:<memberId>`. */
  key: string;
  limit: number;
  windowSeconds: number;
  /** What the person refused is told; given the wait in words ("12 minutes"). */
  message?: (wait: string) => string;
}

/** A counter after a hit: how many in its window, and the seconds until the window ends. */
export interface Count {
  /** The key as stored (a key longer than 200 characters is shortened with its hash). */
  key: string;
  count: number;
  retryAfter: number;
  /** The window the hit was counted in (opaque): `undo` takes it back from that window only. */
  window: string;
}

interface CountRow {
  key: string;
  count: number;
  retry_after: number;
  window: string;
}

const DEFAULT_MESSAGE = (wait: string) => `Too many attempts. Please try again in ${wait}.`;

// One statement per hit, shared by every replica: a window that has ended starts again at 1.
const HIT = `
  INSERT INTO throttle_counters AS t (key, window_start, count, expires_at)
  SELECT u.key, now(), 1, now() + make_interval(secs => u.seconds)
    FROM unnest($1::text[], $2::int[]) AS u(key, seconds)
   ORDER BY u.key
  ON CONFLICT (key) DO UPDATE SET
    window_start = CASE WHEN t.expires_at <= now() THEN now() ELSE t.window_start END,
    count = CASE WHEN t.expires_at <= now() THEN 1 ELSE t.count + 1 END,
    expires_at = CASE WHEN t.expires_at <= now() THEN EXCLUDED.expires_at ELSE t.expires_at END
  RETURNING t.key, t.count, t.window_start::text AS window,
    greatest(1, ceil(extract(epoch FROM t.expires_at - now())))::int AS retry_after`;

const UNDO = `
  UPDATE throttle_counters t SET count = greatest(t.count - 1, 0)
    FROM unnest($1::text[], $2::timestamptz[]) AS u(key, window_start)
   WHERE t.key = u.key AND t.window_start = u.window_start`;

/**
 * Fixed-window counters in PostgreSQL (`throttle_counters`), so every replica of every app shares them: login
 * failures per account and per address, registrations, password resets, invitations, reports, messages. A counter
 * lives until its window ends; `sweep` (a job every ten minutes) deletes those that have.
 */
@Injectable()
export class Throttle {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Counts one against each limit, in one statement; answers each counter as it now stands. */
  async hit(limits: Limit[]): Promise<Count[]> {
    const unique = new Map(limits.map((limit) => [storedKey(limit.key), limit.windowSeconds]));
    const rows = await queryPrepared<CountRow>(this.dataSource, 'throttle-hit', HIT, [
      [...unique.keys()],
      [...unique.values()],
    ]);
    return rows.map((row) => ({
      key: row.key,
      count: row.count,
      retryAfter: row.retry_after,
      window: row.window,
    }));
  }

  /** The counters of these keys in their current windows, counting nothing (a key not counted is absent). */
  async peek(keys: string[]): Promise<Map<string, { count: number; retryAfter: number }>> {
    const rows = await this.dataSource.query<CountRow[]>(
      `SELECT key, count, greatest(1, ceil(extract(epoch FROM expires_at - now())))::int AS retry_after
         FROM throttle_counters WHERE key = ANY($1::text[]) AND expires_at > now()`,
      [keys.map(storedKey)],
    );
    const byStoredKey = new Map(
      rows.map((row) => [row.key, { count: row.count, retryAfter: row.retry_after }]),
    );
    return new Map(
      keys.flatMap((key) => {
        const count = byStoredKey.get(storedKey(key));
        return count ? [[key, count] as const] : [];
      }),
    );
  }

  /** Takes hits back (an attempt that turned out not to count), each from the window it was counted in. */
  async undo(counts: Count[]): Promise<void> {
    if (counts.length === 0) return;
    await queryPrepared(this.dataSource, 'throttle-undo', UNDO, [
      counts.map((count) => count.key),
      counts.map((count) => count.window),
    ]);
  }

  /**
   * Counts one for `key`, or throws RATE_LIMITED (with `retryAfter`) when `limit` are already counted in the
   * current window of `windowSeconds`. What other domains call before an action they limit, e.g.
   * `await throttle.require(\`report:${viewer.memberId}\`, 10, 3600)`.
   */
  require(key: string, limit: number, windowSeconds: number, message?: Limit['message']): Promise<void> {
    return this.requireAll([{ key, limit, windowSeconds, message }]);
  }

  /** Counts one against each limit; when any is over, takes them all back and throws RATE_LIMITED. */
  async requireAll(limits: Limit[]): Promise<void> {
    const counts = await this.hit(limits);
    const refusal = refusalOf(limits, counts);
    if (!refusal) return;
    await this.undo(counts);
    throw refusal;
  }

  /**
   * Runs `attempt` under limits that count its failures only, e.g. wrong passwords. Each limit is counted before
   * the attempt (so that attempts made at once cannot pass it together), kept when the attempt throws an error
   * that `failed` accepts, and taken back otherwise. When a limit is already reached nothing runs: RATE_LIMITED,
   * unless `letThrough` answers true (a right secret, checked cheaply), which then runs uncounted.
   */
  async limitFailures<T>(
    limits: Limit[],
    attempt: () => Promise<T>,
    failed: (error: unknown) => boolean = () => true,
    letThrough?: () => Promise<boolean>,
  ): Promise<T> {
    const counts = await this.hit(limits);
    const refusal = refusalOf(limits, counts);
    if (refusal) {
      await this.undo(counts);
      if (!letThrough || !(await letThrough())) throw refusal;
      return attempt();
    }
    let result: T;
    try {
      result = await attempt();
    } catch (error) {
      if (!failed(error)) await this.undo(counts);
      throw error;
    }
    await this.undo(counts);
    return result;
  }

  /** Forgets these counters (e.g. an account's failed sign-ins once its password is reset). */
  async clear(keys: string[]): Promise<void> {
    await this.dataSource.query('DELETE FROM throttle_counters WHERE key = ANY($1::text[])', [
      keys.map(storedKey),
    ]);
  }

  /** Forgets every counter whose key starts with `prefix` (keep such keys under 200 characters: see storedKey). */
  async clearStartingWith(prefix: string): Promise<void> {
    await this.dataSource.query('DELETE FROM throttle_counters WHERE starts_with(key, $1)', [prefix]);
  }

  /** Deletes the counters whose window has ended; answers how many. */
  async sweep(): Promise<number> {
    const [{ deleted }] = await this.dataSource.query<Array<{ deleted: number }>>(
      `WITH gone AS (DELETE FROM throttle_counters WHERE expires_at <= now() RETURNING 1)
       SELECT count(*)::int AS deleted FROM gone`,
    );
    return deleted;
  }
}

/** A key as stored: a long one (an e-mail address of any length comes from outside) by its start and its hash. */
function storedKey(key: string): string {
  if (key.length <= 200) return key;
  return `${key.slice(0, 100)}#${createHash('sha256').update(key).digest('base64url')}`;
}

/** The refusal for the limit that is over (the one with the longest wait, when several are), if any. */
function refusalOf(limits: Limit[], counts: Count[]): RateLimitedError | undefined {
  let refusal: { limit: Limit; count: Count } | undefined;
  for (const count of counts) {
    const limit = limits.find((candidate) => storedKey(candidate.key) === count.key);
    if (!limit || count.count <= limit.limit) continue;
    if (!refusal || count.retryAfter > refusal.count.retryAfter) refusal = { limit, count };
  }
  if (!refusal) return undefined;
  const message = refusal.limit.message ?? DEFAULT_MESSAGE;
  return new RateLimitedError(refusal.count.retryAfter, message(waitInWords(refusal.count.retryAfter)));
}

/** "a few seconds", "a minute", "12 minutes", "about 2 hours": how long to wait, in words. */
export function waitInWords(seconds: number): string {
  if (seconds < 45) return 'a few seconds';
  const minutes = Math.ceil(seconds / 60);
  if (minutes === 1) return 'a minute';
  if (minutes < 90) return `${minutes} minutes`;
  return `about ${Math.round(minutes / 60)} hours`;
}
