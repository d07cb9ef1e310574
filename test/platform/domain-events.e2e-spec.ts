// The one way domains react: every domain event of the map has a durable handler in the platform as the apps wire it
// (a job, or in the causing transaction), and which domain reacts how is the one documented in docs/ARCHITECTURE.md.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { DomainEvents } from '#libs/domain-events';
import { serviceModule } from '../support/service-module.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

describe('the domain events as the apps wire them', () => {
  let db: TestDatabase;
  let module: TestingModule;

  beforeAll(async () => {
    db = await createTestDatabase();
    module = await serviceModule(db);
  }, 60_000);

  afterAll(async () => {
    await module?.close();
    await db?.drop();
  });

  it('has a durable handler for every event, and only the socket rooms react at once', () => {
    const events = module.get(DomainEvents);
    expect(events.unhandled()).toEqual([]);
    expect(events.reactions()).toEqual({
      'members.created': { job: [], inTransaction: ['members.create-profile'], atOnce: [] },
      'members.status-changed': { job: [], inTransaction: ['members.list-in-directory'], atOnce: [] },
      'groups.membership-ended': {
        job: ['events.withdraw-unseen-rsvps'],
        inTransaction: [],
        atOnce: ['discussions.leave-thread-rooms'],
      },
      'groups.readers-narrowed': {
        job: ['events.withdraw-unseen-rsvps'],
        inTransaction: [],
        atOnce: ['discussions.leave-thread-rooms'],
      },
      'discussions.messages-written': {
        job: ['discussions.tell-who-a-message-concerns'],
        inTransaction: [],
        atOnce: [],
      },
      'notifications.requested': { job: ['notifications.tell'], inTransaction: [], atOnce: [] },
    });
  });

  it('refuses an event published outside a transaction (it would not commit with its cause)', async () => {
    const events = module.get(DomainEvents);
    const manager = module.get(DataSource).manager;
    await expect(
      events.publish(manager, 'groups.readers-narrowed', { groupId: crypto.randomUUID() }),
    ).rejects.toThrow(/inside the transaction/);
  });
});
