// What test/abuse/hostile-input.e2e-spec.ts asserts of every answer to hostile input: a coded error (never
// INTERNAL_SERVER_ERROR), no internals in the words, and nothing written when it failed (a fingerprint of the tables).
import type { TestDatabase } from './test-database.js';

/** The codes of the public contract (docs/API.md) that an answer to bad input may carry. */
export const ANSWER_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
]);

/** Words that only internals use: SQL errors, TypeORM, stack frames, file paths. */
export const LEAKS =
  /QueryFailedError|EntityNotFound|TypeORM|invalid input syntax|violates|duplicate key|out of range for type|value too long|null value in column|invalid byte sequence|relation "|column "|syntax error at|\bat [\w$.<>]+ \(|\.[jt]s:\d+|\/work\/|node_modules|ECONN|stack ?trace/i;

/**
 * The tables a mutation or socket event could write, fingerprinted whole (so that an insert, update or delete
 * anywhere shows). Left out, because they are written when a request fails on purpose or after a
 * request by a worker: `notifications` (written by the job queue's workers after a successful call, which may
 * land while a later call fails), `throttle_counters` (failures count), `outbox_emails` and the job queue. Columns
 * the workers write are left out: `mailed_at` (invitations and reset links, set when the mail job runs).
 */
export const FINGERPRINTED: Record<string, string[]> = {
  members: [],
  member_profiles: [],
  member_consents: [],
  member_blocks: [],
  groups: [],
  group_memberships: [],
  threads: [],
  thread_participants: [],
  messages: [],
  message_edits: [],
  message_reactions: [],
  events: [],
  event_rsvps: [],
  event_announcements: [],
  reports: [],
  pairing_requests: [],
  invitations: ['mailed_at'],
  audit_log: [],
  cohorts: [],
  topics: [],
  regions: [],
  calendar_feeds: [],
  notification_preferences: [],
  password_reset_tokens: ['mailed_at'],
  sessions: [],
  refresh_tokens: [],
};

export type Fingerprint = Record<string, string>;

export function fingerprinter(db: TestDatabase, tables: Record<string, string[]> = FINGERPRINTED) {
  // A table whose columns are all compared: its row count and the newest transaction that wrote a row (xmin), so
  // that any insert, update or delete shows, cheaply. A table with columns left out: a hash of its rows without them.
  const parts = Object.entries(tables).map(([table, skip]) => {
    if (skip.length === 0)
      return `'${table}', (SELECT count(*) || ':' || coalesce(max(xmin::text::bigint), 0) FROM ${table})`;
    const row = `to_jsonb(t)${skip.map((column) => ` - '${column}'`).join('')}`;
    return `'${table}', (SELECT count(*) || ':' || coalesce(sum(hashtextextended((${row})::text, 0)::numeric), 0) FROM ${table} t)`;
  });
  const sql = `SELECT json_build_object(${parts.join(', ')}) AS f`;
  return async (): Promise<Fingerprint> => (await db.query<{ f: Fingerprint }>(sql))[0].f;
}

/** The tables whose fingerprints differ (leaving out `exempt`). */
export function changedTables(
  before: Fingerprint,
  after: Fingerprint,
  exempt: readonly string[] = [],
): string[] {
  return Object.keys(before).filter((table) => !exempt.includes(table) && before[table] !== after[table]);
}

export interface WireError {
  message?: unknown;
  extensions?: { code?: unknown; fields?: unknown; [key: string]: unknown };
}

/**
 * What is wrong with one error of an answer (empty: nothing). A BAD_USER_INPUT that names no field
 * (`extensions.fields`) is told to `unnamed` instead: the contract asks for it, but it is no 500.
 */
export function errorProblems(
  error: WireError,
  unnamed: (message: string) => void = () => undefined,
): string[] {
  const problems: string[] = [];
  const code = error.extensions?.code;
  if (typeof code !== 'string')
    problems.push(`an error without a code: ${JSON.stringify(error).slice(0, 300)}`);
  else if (!ANSWER_CODES.has(code)) problems.push(`${code}: ${String(error.message)}`);
  if (typeof error.message !== 'string') problems.push('an error without a message');
  else if (LEAKS.test(error.message))
    problems.push(`a message that shows internals: ${error.message.slice(0, 300)}`);
  if (code === 'BAD_USER_INPUT') {
    const fields = error.extensions?.fields;
    if (fields === null || typeof fields !== 'object' || Object.keys(fields).length === 0)
      unnamed(String(error.message));
  }
  return problems;
}

/** A message's reason with the names and values it quotes taken out, so that messages of one kind read alike. */
export function messageShape(message: string): string {
  const reason = message.includes('; ') ? message.slice(message.indexOf('; ') + 2) : message;
  return reason
    .replace(/ ?Did you mean .*$/s, '')
    .replace(/"[^"]*"/g, '"…"')
    .replace(/: .*$/s, '')
    .replace(/\d+/g, 'n')
    .slice(0, 120);
}

/** A short account of a value for a report: long strings shortened, odd characters visible. */
export function describe(value: unknown): string {
  // JSON escapes NUL and the other control characters; the invisible ones it leaves are escaped here.
  const text =
    JSON.stringify(value, (_key, v: unknown) => {
      if (typeof v !== 'string') return v;
      return v.length > 80 ? `${v.slice(0, 40)}…(${v.length} chars)…${v.slice(-10)}` : v;
    }) ?? String(value);
  return text.replace(
    /[\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
