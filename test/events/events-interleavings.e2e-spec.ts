// A property-based test (fast-check) of arbitrary interleavings of RSVPs, cancellations and capacity changes: run
// one at a time against a simple FIFO model, and in concurrent batches against some order of the model
// (linearisability), with every invariant checked on the stored state after each step (support/rsvp-model.ts).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import fc from 'fast-check';
import { DomainError, ErrorCode } from '#libs/errors';
import { EventFormat, EventService, RsvpService, RsvpStatus } from '#libs/events';
import { MemberRole, type Viewer } from '#libs/identity';
import { daysFromNow } from '../support/events.js';
import { newMember } from '../support/member-factory.js';
import {
  inspectEvent,
  permutations,
  same,
  sorted,
  step,
  type Command,
  type ModelState,
  type Outcome,
} from '../support/rsvp-model.js';
import { startTestPlatform, type TestPlatform } from '../support/test-platform.js';

describe('events: arbitrary interleavings of answers and capacity changes', () => {
  let platform: TestPlatform;
  let rsvps: RsvpService;
  let events: EventService;
  const inspect = (eventId: string, when: string) => inspectEvent(platform.db, eventId, when);

  beforeAll(async () => {
    platform = await startTestPlatform();
    rsvps = platform.api.get(RsvpService);
    events = platform.api.get(EventService);
  });

  afterAll(() => platform.close());

  describe('arbitrary interleavings of answers and capacity changes (fast-check)', () => {
    const MEMBERS = 8;
    let organiser: Viewer;
    let members: Viewer[];
    const viewer = (id: string, handle: string, role = MemberRole.MEMBER): Viewer => ({
      memberId: id,
      sessionId: randomUUID(),
      role,
      handle,
    });

    beforeAll(async () => {
      const made = await newMember(platform.db, { role: 'ORGANISER' });
      organiser = viewer(made.id, made.handle, MemberRole.ORGANISER);
      members = [];
      for (let i = 0; i < MEMBERS; i++) {
        const member = await newMember(platform.db);
        members.push(viewer(member.id, member.handle));
      }
    });

    const command: fc.Arbitrary<Command> = fc.oneof(
      { weight: 6, arbitrary: fc.record({ kind: fc.constant('going' as const), who: fc.nat(MEMBERS - 1) }) },
      {
        weight: 3,
        arbitrary: fc.record({ kind: fc.constant('notGoing' as const), who: fc.nat(MEMBERS - 1) }),
      },
      {
        weight: 2,
        arbitrary: fc.record({
          kind: fc.constant('capacity' as const),
          places: fc.integer({ min: 1, max: 4 }),
        }),
      },
      {
        weight: 1,
        arbitrary: fc.record({ kind: fc.constant('capacity' as const), places: fc.constant(null) }),
      },
    );
    const initialPlaces = fc.option(fc.integer({ min: 1, max: 3 }), { nil: null, freq: 5 });

    async function newEvent(capacity: number | null): Promise<string> {
      const event = await events.create(organiser, {
        title: 'Interleavings',
        startsAt: new Date(daysFromNow(20)),
        endsAt: new Date(daysFromNow(20, 2)),
        timezone: 'Europe/London',
        format: EventFormat.ONLINE,
        onlineUrl: 'https://meet.example.org/interleavings',
        capacity,
      });
      return event.id;
    }

    /** Runs one command; the outcome, or a thrown error for anything but the refusal of fewer places. */
    async function run(eventId: string, command: Command): Promise<Outcome> {
      if (command.kind === 'capacity') {
        try {
          const event = await events.update(organiser, eventId, { capacity: command.places });
          return {
            kind: 'capacity',
            capacity: event.capacity,
            goingCount: event.goingCount,
            waitlistCount: event.waitlistCount,
          };
        } catch (error) {
          if (
            error instanceof DomainError &&
            error.code === ErrorCode.BAD_USER_INPUT &&
            typeof (error.details.fields as Record<string, string> | undefined)?.capacity === 'string'
          )
            return { kind: 'refused' };
          throw error;
        }
      }
      const answer = await rsvps.rsvp(
        members[command.who],
        eventId,
        command.kind === 'going' ? RsvpStatus.GOING : RsvpStatus.NOT_GOING,
      );
      return { kind: 'answer', status: answer.status, waitlistPosition: answer.waitlistPosition };
    }

    const index = new Map<string, number>();
    /** The stored state (invariants checked) in the model's terms. */
    async function observed(eventId: string, when: string): Promise<ModelState> {
      if (index.size === 0) members.forEach((m, i) => index.set(m.memberId, i));
      const stored = await inspect(eventId, when);
      return {
        capacity: stored.capacity,
        going: sorted(stored.going.map((id) => index.get(id)!)),
        waitlist: stored.waitlist.map((id) => index.get(id)!),
        notGoing: sorted(stored.notGoing.map((id) => index.get(id)!)),
      };
    }

    it('run one at a time, matches the FIFO model answer by answer and at the end', async () => {
      await fc.assert(
        fc.asyncProperty(
          initialPlaces,
          fc.array(command, { minLength: 1, maxLength: 40, size: 'medium' }),
          async (places, commands) => {
            const eventId = await newEvent(places);
            let model: ModelState = { capacity: places, going: [], waitlist: [], notGoing: [] };
            for (const [i, cmd] of commands.entries()) {
              const outcome = await run(eventId, cmd);
              const expected = step(model, cmd);
              if (!same(outcome, expected.outcome))
                throw new Error(
                  `command ${i} ${JSON.stringify(cmd)}: answered ${JSON.stringify(outcome)}, the model says ` +
                    `${JSON.stringify(expected.outcome)} (state before: ${JSON.stringify(model)})`,
                );
              model = expected.next;
              const state = await observed(eventId, `after command ${i} ${JSON.stringify(cmd)}`);
              if (!same(state, model))
                throw new Error(
                  `after command ${i} ${JSON.stringify(cmd)}: stored ${JSON.stringify(state)}, model ${JSON.stringify(model)}`,
                );
            }
          },
        ),
        { numRuns: 40 },
      );
    }, 120_000);

    it('run in concurrent batches, keeps every invariant and is explained by some order of each batch', async () => {
      const batch = fc.array(fc.record({ command, delayMs: fc.integer({ min: 0, max: 3 }) }), {
        minLength: 1,
        maxLength: 5,
      });
      await fc.assert(
        fc.asyncProperty(
          initialPlaces,
          fc.array(batch, { minLength: 1, maxLength: 10, size: 'medium' }),
          async (places, batches) => {
            const eventId = await newEvent(places);
            let model: ModelState = { capacity: places, going: [], waitlist: [], notGoing: [] };
            for (const [b, commands] of batches.entries()) {
              const settled = await Promise.allSettled(
                commands.map(async ({ command: cmd, delayMs }) => {
                  if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
                  return run(eventId, cmd);
                }),
              );
              const failure = settled.find((s) => s.status === 'rejected');
              if (failure)
                throw new Error(
                  `batch ${b} ${JSON.stringify(commands.map((c) => c.command))} failed from ${JSON.stringify(model)}: ` +
                    `${String(failure.reason)}`,
                );
              const outcomes = settled.map((s) => (s as PromiseFulfilledResult<Outcome>).value);
              const state = await observed(eventId, `after batch ${b}`);
              // Each answer runs under the event's row lock, so some order of the batch must explain every answer
              // and the state it left.
              const explained = permutations(commands.map((_, i) => i)).find((order) => {
                let at = model;
                for (const i of order) {
                  const { next, outcome } = step(at, commands[i].command);
                  if (!same(outcome, outcomes[i])) return false;
                  at = next;
                }
                return same(at, state);
              });
              if (!explained)
                throw new Error(
                  `batch ${b} ${JSON.stringify(commands.map((c) => c.command))} from ${JSON.stringify(model)}: ` +
                    `no order explains answers ${JSON.stringify(outcomes)} and state ${JSON.stringify(state)}`,
                );
              model = state;
            }
          },
        ),
        { numRuns: 40 },
      );
    }, 120_000);
  });
});
