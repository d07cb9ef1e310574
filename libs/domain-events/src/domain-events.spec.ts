import { describe, expect, it } from '@jest/globals';
import { JobQueue } from '#libs/jobs';
import { DOMAIN_EVENT_NAMES, type DomainEventName } from './domain-event-map.js';
import { DomainEvents } from './domain-events.js';

/** A queue that only enqueues, never started: defining a job records it and touches no database. */
const queue = () => new JobQueue('postgres://nobody@127.0.0.1:1/none', { work: false });

/** Every event handled (as a job), but those left out. */
async function handledBut(...left: DomainEventName[]): Promise<DomainEvents> {
  const events = new DomainEvents(queue());
  for (const event of DOMAIN_EVENT_NAMES.filter((name) => !left.includes(name)))
    await events.onJob(event, `test.${event}`, () => Promise.resolve());
  return events;
}

describe('DomainEvents', () => {
  it('starts when every event of the map has a handler', async () => {
    const events = await handledBut();
    expect(events.unhandled()).toEqual([]);
    expect(() => events.start()).not.toThrow();
  });

  it('refuses to start when an event has no handler, naming it', async () => {
    const events = await handledBut('groups.membership-ended');
    expect(events.unhandled()).toEqual(['groups.membership-ended']);
    expect(() => events.start()).toThrow(/Domain events without a handler: groups\.membership-ended/);
  });

  it('does not count a reaction at once (sockets) as handling an event: it is not durable', async () => {
    const events = await handledBut('groups.readers-narrowed');
    events.atOnce('groups.readers-narrowed', 'test.sockets', () => Promise.resolve());
    expect(() => events.start()).toThrow(/groups\.readers-narrowed/);
    events.inTransaction('groups.readers-narrowed', 'test.in-transaction', () => Promise.resolve());
    expect(() => events.start()).not.toThrow();
  });

  it('knows every event by name at run time', () => {
    expect(DOMAIN_EVENT_NAMES).toEqual(
      expect.arrayContaining([
        'groups.membership-ended',
        'discussions.messages-written',
        'notifications.requested',
      ]),
    );
  });
});
