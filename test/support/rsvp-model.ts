// A simple model of an event's places and FIFO waitlist, and a reader of the stored state that checks every
// invariant: shared by the RSVP storm and the property-based tests.
import { RsvpStatus } from '#libs/events';
import type { TestDatabase } from './test-database.js';

export interface Answer {
  status: string;
  waitlistPosition: number | null;
}

export interface StoredRow {
  memberId: string;
  status: RsvpStatus;
  seq: string | null;
  position: number | null;
}

/** An event's row and its RSVPs, read in one statement (one snapshot). */
export interface Stored {
  capacity: number | null;
  goingCount: number;
  waitlistCount: number;
  counter: string;
  rows: StoredRow[];
  /** Member ids, by status; `waitlist` in ticket order. */
  going: string[];
  waitlist: string[];
  notGoing: string[];
}

/** The state the FIFO model keeps, in member indices (`going` and `notGoing` sorted, `waitlist` in order). */
export interface ModelState {
  capacity: number | null;
  going: number[];
  waitlist: number[];
  notGoing: number[];
}

export type Command =
  | { kind: 'going'; who: number }
  | { kind: 'notGoing'; who: number }
  | { kind: 'capacity'; places: number | null };

export type Outcome =
  | { kind: 'answer'; status: RsvpStatus; waitlistPosition: number | null }
  | { kind: 'capacity'; capacity: number | null; goingCount: number; waitlistCount: number }
  | { kind: 'refused' };

export const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

/** One command applied to the model: the state after it and what the caller is answered. */
export function step(state: ModelState, command: Command): { next: ModelState; outcome: Outcome } {
  const next: ModelState = {
    capacity: state.capacity,
    going: [...state.going],
    waitlist: [...state.waitlist],
    notGoing: [...state.notGoing],
  };
  const room = () => next.capacity === null || next.going.length < next.capacity;
  const fill = () => {
    while (next.waitlist.length > 0 && room()) next.going.push(next.waitlist.shift()!);
  };
  const done = (outcome: Outcome) => ({
    next: { ...next, going: sorted(next.going), notGoing: sorted(next.notGoing) },
    outcome,
  });
  switch (command.kind) {
    case 'going': {
      const who = command.who;
      if (next.going.includes(who))
        return done({ kind: 'answer', status: RsvpStatus.GOING, waitlistPosition: null });
      const at = next.waitlist.indexOf(who);
      if (at >= 0) return done({ kind: 'answer', status: RsvpStatus.WAITLISTED, waitlistPosition: at + 1 });
      next.notGoing = next.notGoing.filter((m) => m !== who);
      if (room()) {
        next.going.push(who);
        return done({ kind: 'answer', status: RsvpStatus.GOING, waitlistPosition: null });
      }
      next.waitlist.push(who);
      return done({ kind: 'answer', status: RsvpStatus.WAITLISTED, waitlistPosition: next.waitlist.length });
    }
    case 'notGoing': {
      const who = command.who;
      const wasGoing = next.going.includes(who);
      next.going = next.going.filter((m) => m !== who);
      next.waitlist = next.waitlist.filter((m) => m !== who);
      if (!next.notGoing.includes(who)) next.notGoing.push(who);
      if (wasGoing) fill();
      return done({ kind: 'answer', status: RsvpStatus.NOT_GOING, waitlistPosition: null });
    }
    case 'capacity': {
      if (command.places !== null && command.places < next.going.length) return done({ kind: 'refused' });
      next.capacity = command.places;
      fill();
      return done({
        kind: 'capacity',
        capacity: next.capacity,
        goingCount: next.going.length,
        waitlistCount: next.waitlist.length,
      });
    }
  }
}

export function permutations<T>(xs: T[]): T[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) =>
    permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest]),
  );
}

export const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The event's row and RSVPs, with every invariant checked; throws naming `when` and the state. */
export async function inspectEvent(db: TestDatabase, eventId: string, when: string): Promise<Stored> {
  const [row] = await db.query<{
    capacity: number | null;
    going_count: number;
    waitlist_count: number;
    counter: string;
    rows: StoredRow[] | null;
  }>(
    `SELECT e.capacity, e.going_count, e.waitlist_count, e.waitlist_counter::text AS counter,
            (SELECT json_agg(json_build_object(
                      'memberId', r.member_id, 'status', r.status, 'seq', r.waitlist_seq::text,
                      -- the position as RsvpService.answersOf counts it
                      'position', CASE WHEN r.status = 'WAITLISTED' THEN
                        (SELECT count(*)::int FROM event_rsvps w
                          WHERE w.event_id = r.event_id AND w.status = 'WAITLISTED'
                            AND w.waitlist_seq <= r.waitlist_seq) END)
                      ORDER BY r.waitlist_seq NULLS LAST, r.member_id)
               FROM event_rsvps r WHERE r.event_id = e.id) AS rows
       FROM events e WHERE e.id = $1`,
    [eventId],
  );
  const rows = row.rows ?? [];
  const of = (status: RsvpStatus) => rows.filter((r) => r.status === status);
  const waiting = of(RsvpStatus.WAITLISTED);
  const stored: Stored = {
    capacity: row.capacity,
    goingCount: row.going_count,
    waitlistCount: row.waitlist_count,
    counter: row.counter,
    rows,
    going: of(RsvpStatus.GOING).map((r) => r.memberId),
    waitlist: waiting.map((r) => r.memberId),
    notGoing: of(RsvpStatus.NOT_GOING).map((r) => r.memberId),
  };
  const problems: string[] = [];
  const require = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
  };
  require(stored.goingCount ===
    stored.going.length, `going_count ${stored.goingCount} ≠ ${stored.going.length} rows`);
  require(stored.waitlistCount ===
    stored.waitlist.length, `waitlist_count ${stored.waitlistCount} ≠ ${stored.waitlist.length} rows`);
  require(stored.capacity === null ||
    stored.going.length <= stored.capacity, `${stored.going.length} going for ${stored.capacity} places`);
  require(stored.waitlist.length === 0 ||
    (stored.capacity !== null &&
      stored.going.length ===
        stored.capacity), `${stored.waitlist.length} waiting while ${stored.going.length} go for ${stored.capacity} places`);
  require(same(
    waiting.map((r) => r.position),
    waiting.map((_, i) => i + 1),
  ), `waitlist positions ${JSON.stringify(waiting.map((r) => r.position))}, not 1..${waiting.length}`);
  require(waiting.every(
    (r) => r.seq !== null && BigInt(r.seq) <= BigInt(stored.counter),
  ), `a waiting ticket missing or above the counter ${stored.counter}`);
  require(new Set(waiting.map((r) => r.seq)).size === waiting.length, 'two waiting members share a ticket');
  require(rows.every(
    (r) => (r.status === RsvpStatus.WAITLISTED) === (r.seq !== null),
  ), 'a ticket on a row that is not waiting');
  require(new Set(rows.map((r) => r.memberId)).size === rows.length, 'a member with two rows');
  if (problems.length > 0)
    throw new Error(
      `${when}: ${problems.join('; ')}\nstored: ${JSON.stringify({ ...stored, rows: undefined })}`,
    );
  return stored;
}
