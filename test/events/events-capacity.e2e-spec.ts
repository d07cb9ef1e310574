// RSVPs under concurrency: a storm of GOING at a small event through GraphQL, with cancellations, promotions and
// capacity changes in the middle of it; every invariant checked on the stored state (support/rsvp-model.ts).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { SessionService } from '#libs/identity';
import { createEventAs } from '../support/events.js';
import { newMember } from '../support/member-factory.js';
import { signedInPerson, type Person } from '../support/people.js';
import { inspectEvent, type Answer } from '../support/rsvp-model.js';
import { startTestPlatform, type TestPlatform } from '../support/test-platform.js';
import { until } from '../support/until.js';

const RSVP =
  'mutation($e: ID!, $s: RsvpStatus!) { rsvp(eventId: $e, status: $s) { status waitlistPosition } }';
const UPDATE_CAPACITY = `mutation($id: ID!, $capacity: Int) {
  updateEvent(id: $id, input: { capacity: $capacity }) { capacity goingCount waitlistCount } }`;

describe('events: capacity and the waitlist under concurrency', () => {
  let platform: TestPlatform;
  const inspect = (eventId: string, when: string) => inspectEvent(platform.db, eventId, when);

  beforeAll(async () => {
    platform = await startTestPlatform();
  });

  afterAll(() => platform.close());

  describe('a storm of RSVPs through GraphQL', () => {
    const STORM = 120;
    const PLACES = 10;
    let organiser: Person;
    let people: Array<{ id: string; token: string }>;

    /** `count` members with access tokens: inserted directly, each given a session as sign-in would (no argon2). */
    async function membersWithTokens(count: number): Promise<Array<{ id: string; token: string }>> {
      const sessions = platform.api.get(SessionService);
      const manager = platform.api.get(DataSource).manager;
      const made: Array<{ id: string; token: string }> = [];
      for (let i = 0; i < count; i++) {
        const { id } = await newMember(platform.db);
        made.push({ id, token: (await sessions.openSession(manager, id)).accessToken });
      }
      return made;
    }

    const rsvpAll = async (who: Array<{ token: string }>, eventId: string, status: 'GOING' | 'NOT_GOING') => {
      const results = await Promise.all(
        who.map((p) => platform.graphql<{ rsvp: Answer }>(RSVP, { e: eventId, s: status }, p.token)),
      );
      const failed = results.filter((r) => r.errors);
      if (failed.length > 0)
        throw new Error(`${failed.length} RSVPs failed: ${JSON.stringify(failed[0].errors)}`);
      return results.map((r) => r.data!.rsvp);
    };

    beforeAll(async () => {
      organiser = await signedInPerson(platform, 'Olu Organiser', { role: 'ORGANISER' });
      people = await membersWithTokens(STORM + 10);
    });

    it(`gives ${PLACES} places to ${STORM} concurrent GOING, waitlists the rest 1..n, and answers each as stored`, async () => {
      const event = await createEventAs(platform, organiser, { capacity: PLACES });
      const storm = people.slice(0, STORM);
      const answers = await rsvpAll(storm, event.id, 'GOING');

      const stored = await inspect(event.id, 'after the storm');
      expect(stored.going).toHaveLength(PLACES);
      expect(stored.waitlist).toHaveLength(STORM - PLACES);
      expect(stored.notGoing).toHaveLength(0);
      // Nobody lost, nobody twice.
      expect(stored.rows.map((r) => r.memberId).sort()).toEqual(storm.map((p) => p.id).sort());
      const byMember = new Map(stored.rows.map((r) => [r.memberId, r]));
      storm.forEach((p, i) => {
        const row = byMember.get(p.id)!;
        expect({ who: i, ...answers[i] }).toEqual({
          who: i,
          status: row.status,
          waitlistPosition: row.position,
        });
      });
      expect(
        answers
          .map((a) => a.waitlistPosition)
          .filter((n) => n !== null)
          .sort((a, b) => a - b),
      ).toEqual(Array.from({ length: STORM - PLACES }, (_, i) => i + 1));

      // Again, all at once: nothing changes, and everyone is told the same.
      expect(await rsvpAll(storm, event.id, 'GOING')).toEqual(answers);
      const again = await inspect(event.id, 'after the storm again');
      expect(again.counter).toBe(stored.counter);
      expect(again.waitlist).toEqual(stored.waitlist);

      // Four going and two far back in line give up, all at once: the first four in line by ticket get the places.
      const leaving = [
        ...stored.going.slice(0, 4),
        stored.waitlist[50],
        stored.waitlist[stored.waitlist.length - 1],
      ];
      const token = new Map(people.map((p) => [p.id, p.token]));
      const left = await rsvpAll(
        leaving.map((id) => ({ token: token.get(id)! })),
        event.id,
        'NOT_GOING',
      );
      expect(left.every((a) => a.status === 'NOT_GOING' && a.waitlistPosition === null)).toBe(true);
      const afterLeaving = await inspect(event.id, 'after six left');
      const promoted = stored.waitlist.slice(0, 4);
      expect(afterLeaving.going.sort()).toEqual([...stored.going.slice(4), ...promoted].sort());
      expect(afterLeaving.waitlist).toEqual(stored.waitlist.slice(4).filter((id) => !leaving.includes(id)));
      expect(afterLeaving.notGoing.sort()).toEqual([...leaving].sort());

      // Five going give up while five newcomers say they go, all at once: the places still go to the first five in
      // line, and the newcomers queue at the back whatever the order.
      const quitting = afterLeaving.going.slice(0, 5);
      const newcomers = people.slice(STORM, STORM + 5);
      const mixed = await Promise.all([
        rsvpAll(
          quitting.map((id) => ({ token: token.get(id)! })),
          event.id,
          'NOT_GOING',
        ),
        rsvpAll(newcomers, event.id, 'GOING'),
      ]);
      expect(mixed[1].every((a) => a.status === 'WAITLISTED')).toBe(true);
      const afterMixed = await inspect(event.id, 'after the mixed round');
      const promotedToo = afterLeaving.waitlist.slice(0, 5);
      expect(afterMixed.going.sort()).toEqual(
        [...afterLeaving.going.filter((id) => !quitting.includes(id)), ...promotedToo].sort(),
      );
      expect(afterMixed.waitlist.slice(0, -5)).toEqual(afterLeaving.waitlist.slice(5));
      expect(afterMixed.waitlist.slice(-5).sort()).toEqual(newcomers.map((p) => p.id).sort());
      expect(afterMixed.rows).toHaveLength(STORM + 5);

      // Each member promoted is told, once.
      const told = async () =>
        (
          await platform.db.query<{ recipient_id: string }>(
            "SELECT recipient_id FROM notifications WHERE kind = 'WAITLIST_PROMOTED' AND event_id = $1",
            [event.id],
          )
        ).map((r) => r.recipient_id);
      await until(async () => (await told()).length >= 9, {
        ms: 15_000,
        what: 'the promotion notifications',
      });
      expect((await told()).sort()).toEqual([...promoted, ...promotedToo].sort());
    }, 60_000);

    it('takes more places in the middle of a storm, and refuses fewer places than members going', async () => {
      const event = await createEventAs(platform, organiser, { capacity: PLACES });
      const storm = people.slice(0, 80);
      const [answers, raised, raisedMore] = await Promise.all([
        rsvpAll(storm, event.id, 'GOING'),
        platform.graphql(UPDATE_CAPACITY, { id: event.id, capacity: 25 }, organiser.token),
        platform.graphql(UPDATE_CAPACITY, { id: event.id, capacity: 40 }, organiser.token),
      ]);
      // 40 places always fit. 25 fit unless the 40 came first and filled more than 25 from the line: then it is
      // refused, as any cut below the members going is.
      expect(raisedMore.errors).toBeUndefined();
      if (raised.errors) expect(raised.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      const stored = await inspect(event.id, 'after the storm with more places');
      // Whichever change came last holds; either way, every place is taken.
      expect(raised.errors ? [40] : [25, 40]).toContain(stored.capacity);
      expect(stored.going).toHaveLength(stored.capacity!);
      expect(stored.waitlist).toHaveLength(80 - stored.capacity!);
      expect(stored.rows).toHaveLength(80);
      expect(answers.filter((a) => a.status === 'GOING').length).toBeGreaterThanOrEqual(PLACES);

      const fewer = await platform.graphql(UPDATE_CAPACITY, { id: event.id, capacity: 5 }, organiser.token);
      expect(fewer.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { capacity: expect.any(String) },
      });
      const unchanged = await inspect(event.id, 'after a refused change');
      expect(unchanged.capacity).toBe(stored.capacity);
      expect(unchanged.waitlist).toEqual(stored.waitlist);

      // No limit: everyone waiting goes, in one change.
      const open = await platform.graphql<{ updateEvent: { capacity: number | null; goingCount: number } }>(
        UPDATE_CAPACITY,
        { id: event.id, capacity: null },
        organiser.token,
      );
      expect(open.data?.updateEvent).toMatchObject({ capacity: null, goingCount: 80 });
      expect((await inspect(event.id, 'after removing the limit')).waitlist).toEqual([]);
    }, 60_000);
  });
});
