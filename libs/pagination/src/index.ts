import { isUuid, ValidationError } from '#libs/errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** `first` as asked, within 1..100 (API.md: asking for more is BAD_USER_INPUT). */
export function pageSize(first: number | null | undefined, field = 'first'): number {
  if (first === undefined || first === null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new ValidationError({ [field]: `Ask for 1 to ${MAX_PAGE_SIZE} items at a time.` });
  }
  return first;
}

/** Opaque cursors: base64url JSON of the keyset position. */
export function encodeCursor(position: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

export function decodeCursor<T extends Record<string, unknown>>(
  cursor: string | null | undefined,
  isValid: (value: Record<string, unknown>) => value is T,
  field = 'after',
): T | undefined {
  if (cursor === undefined || cursor === null) return undefined;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (value && typeof value === 'object' && isValid(value as Record<string, unknown>)) return value as T;
  } catch {
    // fall through
  }
  throw new ValidationError({ [field]: 'This cursor is not valid. Start again from the first page.' });
}

export interface Page<T> {
  items: Array<{ cursor: string; node: T }>;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/**
 * The keyset position of lists ordered by latest activity: the time (UTC, microseconds) and the id; `rank` for lists
 * with a leading order of their own (pinned threads first: rank 1, then the rest: 0).
 */
export interface ActivityCursor extends Record<string, unknown> {
  at: string;
  id: string;
  rank?: number;
}

/** A time as the activity lists write it (UTC, to the microsecond). */
const ACTIVITY_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/;

/** Only what the lists themselves wrote: a forged cursor is refused as BAD_USER_INPUT before it reaches SQL. */
export const isActivityCursor = (v: Record<string, unknown>): v is ActivityCursor =>
  typeof v.at === 'string' &&
  ACTIVITY_TIME.test(v.at) &&
  !Number.isNaN(Date.parse(`${v.at}Z`)) &&
  typeof v.id === 'string' &&
  isUuid(v.id) &&
  (v.rank === undefined || v.rank === 0 || v.rank === 1);

/**
 * A page of a list ordered by latest activity, from the keyset rows (`size + 1` of them asked, to know whether more
 * follow): the items of the page are loaded by id in one call of `load`, and kept in the rows' order.
 */
export async function activityPage<T extends { id: string }>(
  rows: Array<{ id: string; at: string; rank?: number }>,
  size: number,
  after: ActivityCursor | undefined,
  load: (ids: string[]) => Promise<T[]>,
): Promise<Page<T>> {
  const page = rows.slice(0, size);
  const byId = new Map(
    (page.length ? await load(page.map((row) => row.id)) : []).map((item) => [item.id, item]),
  );
  return {
    items: page.map((row) => ({
      cursor: encodeCursor(
        row.rank === undefined ? { at: row.at, id: row.id } : { rank: row.rank, at: row.at, id: row.id },
      ),
      node: byId.get(row.id)!,
    })),
    hasNextPage: rows.length > size,
    hasPreviousPage: after !== undefined,
  };
}
