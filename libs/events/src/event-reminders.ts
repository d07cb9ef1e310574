import { createHash } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { JobQueue, type JobRun } from '#libs/jobs';
import { DomainEvents, NotificationKind, requestNotification } from '#libs/domain-events';
import type { Event } from './event.entity.js';

export const EVENT_REMINDER_JOB = 'events.reminder';

/** How long before the start reminders go: a day, and an hour. */
export const REMINDER_LEADS = [
  { name: 'a day', ms: 24 * 3600_000 },
  { name: 'an hour', ms: 3600_000 },
] as const;

export interface EventReminder {
  eventId: string;
  /** The start the reminder was planned for: when the event moves, a reminder planned for the old time does nothing. */
  startsAt: string;
  leadMs: number;
}

/**
 * Reminders to members going, a day and an hour before the start (each by their preference for reminders). Planned
 * as jobs when the event is created or its time changes; a reminder checks at its time that the event still starts
 * then and is not cancelled, and tells whoever is going at that moment (not those who left).
 */
@Injectable()
export class EventReminders implements OnModuleInit {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(JobQueue) private readonly jobs: JobQueue,
    @Inject(DomainEvents) private readonly events: DomainEvents,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.define<EventReminder>(EVENT_REMINDER_JOB, (job) => this.run(job));
  }

  /** Plans the reminders still ahead, in the caller's transaction. */
  async plan(manager: EntityManager, event: Pick<Event, 'id' | 'startsAt'>): Promise<void> {
    for (const lead of REMINDER_LEADS) {
      const at = new Date(event.startsAt.getTime() - lead.ms);
      if (at.getTime() <= Date.now()) continue;
      await this.jobs.enqueue<EventReminder>(
        EVENT_REMINDER_JOB,
        { eventId: event.id, startsAt: event.startsAt.toISOString(), leadMs: lead.ms },
        { manager, startAfter: at },
      );
    }
  }

  async run(job: JobRun<EventReminder>): Promise<void> {
    const { eventId, startsAt, leadMs } = job.data;
    await this.dataSource.transaction(async (manager) => {
      const going = await manager.query<Array<{ member_id: string }>>(
        `SELECT r.member_id FROM events e JOIN event_rsvps r ON r.event_id = e.id AND r.status = 'GOING'
          WHERE e.id = $1 AND e.status = 'SCHEDULED' AND e.starts_at = $2::timestamptz AND e.starts_at > now()`,
        [eventId, startsAt],
      );
      const lead = REMINDER_LEADS.find((l) => l.ms === leadMs)?.name ?? 'soon';
      await requestNotification(this.events, manager, {
        kind: NotificationKind.EVENT_REMINDER,
        actorId: null,
        recipientIds: going.map((g) => g.member_id),
        eventId,
        detail: `It starts in ${lead}.`,
        // One reminder per event, start and lead, however often the job runs.
        sourceId: uuidFrom(`${eventId}/${startsAt}/${leadMs}`),
      });
    });
  }
}

/** A stable UUID-shaped id from a text (for receipts of causes that have no row of their own). */
export function uuidFrom(text: string): string {
  const hex = createHash('sha256').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
