// Faults (c): a process dies between the commit of a change and the reactions to it. A member leaves a private group
// through an API process (built, as a deployment runs it) that works no jobs (WORKERS_IN_API=false) and is killed
// (SIGKILL) right after the leaving commits, while the place the member held at the group's event is still theirs.
// A process started afterwards gives the place up and promotes the first in line: the reaction (the domain event
// `groups.membership-ended`) was stored with the change, not held in the memory of the process that died.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { TestingModule } from '@nestjs/testing';
import pg from 'pg';
import { daysFromNow } from '../support/events.js';
import { startReplicas, type Replicas } from '../support/realtime-replicas.js';
import { serviceModule } from '../support/service-module.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { until } from '../support/until.js';

const CREATE_EVENT = 'mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }';
const RSVP = 'mutation($e: ID!, $s: RsvpStatus!) { rsvp(eventId: $e, status: $s) { status } }';
const LEAVE = 'mutation($g: ID!) { leaveGroup(groupId: $g) }';

describe('a process killed between a membership ending and the reactions to it', () => {
  let db: TestDatabase;
  let deployment: Replicas;
  let worker: TestingModule | undefined;
  let blocker: pg.Client | undefined;

  beforeAll(async () => {
    db = await createTestDatabase();
    deployment = await startReplicas(db, { replicas: 0, env: { WORKERS_IN_API: 'false' } });
  }, 120_000);

  afterAll(async () => {
    await worker?.close();
    await blocker?.end();
    const codes = (await deployment?.stop()) ?? [];
    await db?.drop();
    expect(codes).toEqual([null]); // killed: a signal ended it
  }, 30_000);

  it('still gives up the leaver’s place to the first in line, once another process works the stored reaction', async () => {
    const { must, person } = deployment;
    const owner = await person('Fault Owner');
    const leaver = await person('Fault Leaver');
    const waiter = await person('Fault Waiter');
    const threadId = await deployment.privateThread(owner, [leaver, waiter], {
      group: 'Killed circle',
      title: 'Plans',
      body: 'Who is coming?',
    });
    const [{ group_id: groupId }] = await db.query<{ group_id: string }>(
      'SELECT group_id FROM threads WHERE id = $1',
      [threadId],
    );
    const { createEvent: event } = await must<{ createEvent: { id: string } }>(
      CREATE_EVENT,
      {
        input: {
          groupId,
          title: 'Circle meeting',
          startsAt: daysFromNow(10),
          endsAt: daysFromNow(10, 2),
          timezone: 'Europe/London',
          format: 'IN_PERSON',
          venue: 'The Hive, Leeds',
          capacity: 1,
        },
      },
      owner.token,
    );
    await must(RSVP, { e: event.id, s: 'GOING' }, leaver.token);
    expect(await must(RSVP, { e: event.id, s: 'GOING' }, waiter.token)).toEqual({
      rsvp: { status: 'WAITLISTED' },
    });
    const answers = async () =>
      Object.fromEntries(
        (
          await db.query<{ member_id: string; status: string }>(
            'SELECT member_id, status FROM event_rsvps WHERE event_id = $1',
            [event.id],
          )
        ).map((row) => [row.member_id === leaver.id ? 'leaver' : 'waiter', row.status]),
      );

    // Giving a place up locks the event's row (confer_rsvp): held here, no reaction in the process about to die can
    // finish before it is killed, whenever it runs.
    blocker = new pg.Client({ connectionString: db.url });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('SELECT 1 FROM events WHERE id = $1 FOR UPDATE', [event.id]);
    const leaving = deployment.graphql(LEAVE, { g: groupId }, leaver.token).catch(() => null);
    await until(
      async () =>
        (
          await db.query('SELECT 1 FROM group_memberships WHERE group_id = $1 AND member_id = $2', [
            groupId,
            leaver.id,
          ])
        ).length === 0,
      { what: 'the leaving to commit' },
    );
    deployment.api.child.kill('SIGKILL');
    await deployment.api.exit;
    await leaving;
    await blocker.query('ROLLBACK');
    expect(await answers()).toEqual({ leaver: 'GOING', waiter: 'WAITLISTED' });

    // Another process, which works the job queue, starts later.
    worker = await serviceModule(db);
    await until(async () => (await answers()).waiter === 'GOING', {
      ms: 20_000,
      what: 'the first in line to be promoted',
    });
    expect((await answers()).leaver).not.toMatch(/^(GOING|WAITLISTED)$/);
  }, 60_000);
});
