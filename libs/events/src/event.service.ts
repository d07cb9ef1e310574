import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ConflictError, ForbiddenError, InputCheck, ValidationError } from '#libs/errors';
import { GroupAccess } from '#libs/groups';
import type { Viewer } from '#libs/identity';
import { TaxonomyService } from '#libs/members';
import { DomainEvents, NotificationKind, requestNotification } from '#libs/domain-events';
import { WriteLimits } from '#libs/rate-limits';
import { EventAccess } from './event-access.js';
import { EventStatus } from './event-enums.js';
import { checkEvent, EVENT_LIMITS, type EventFields, type EventInput } from './event-input.js';
import { Event } from './event.entity.js';
import { mayCreateEvent } from './event.policy.js';
import { EventReminders } from './event-reminders.js';
import { maySeeEventAs } from './event-visibility.js';
import { RsvpService } from './rsvp.service.js';
import { describeChanges } from './event-changes.js';

/** Creating, editing and cancelling events; telling those going or waiting what changed. */
@Injectable()
export class EventService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(EventAccess) private readonly access: EventAccess,
    @Inject(GroupAccess) private readonly groups: GroupAccess,
    @Inject(TaxonomyService) private readonly taxonomy: TaxonomyService,
    @Inject(RsvpService) private readonly rsvps: RsvpService,
    @Inject(EventReminders) private readonly reminders: EventReminders,
    @Inject(DomainEvents) private readonly events: DomainEvents,
    @Inject(WriteLimits) private readonly writeLimits: WriteLimits,
  ) {}

  async create(viewer: Viewer, input: EventInput): Promise<Event> {
    new InputCheck().uuid(input.groupId, 'groupId').throwIfInvalid();
    const group = input.groupId ? await this.groups.load(viewer, { id: input.groupId }) : null;
    const allowed = mayCreateEvent({
      signedIn: true,
      role: viewer.role,
      group: group ? { visibility: group.group.visibility, standing: group.standing } : undefined,
    });
    if (!allowed)
      throw new ForbiddenError(
        group
          ? 'Only the group’s owners and moderators can create its events.'
          : 'Only organisers and admins can create platform events.',
      );
    const fields = checkEvent(input, null);
    new InputCheck()
      .require(fields.startsAt.getTime() > Date.now(), 'startsAt', 'The start must be in the future.')
      .throwIfInvalid();
    const place = await this.placeOf(input);
    await this.writeLimits.spend('event', viewer.memberId);
    return this.dataSource.transaction(async (manager) => {
      const event = await manager.getRepository(Event).save({
        ...fields,
        regionCode: place.regionCode ?? null,
        topicIds: place.topicIds ?? [],
        groupId: input.groupId ?? null,
        organiserId: viewer.memberId,
      });
      await this.reminders.plan(manager, event);
      return event;
    });
  }

  /**
   * Edits an event. More places (or no limit) let the first in line in at once; fewer places than members going is
   * refused. Everyone going or waiting is told of a new time, place or link, and calendars see a new SEQUENCE.
   */
  async update(viewer: Viewer, eventId: string, input: EventInput): Promise<Event> {
    await this.access.require(viewer, eventId, 'manage');
    const place = await this.placeOf(input);
    return this.dataSource.transaction(async (manager) => {
      const current = await this.locked(manager, eventId);
      if (current.status === EventStatus.CANCELLED)
        throw new ConflictError('This event has been cancelled: it can no longer be changed.');
      new InputCheck()
        .require(
          input.groupId == null || input.groupId === current.groupId,
          'groupId',
          'An event stays in its group.',
        )
        .throwIfInvalid();
      const fields = checkEvent(input, current);
      if (fields.capacity !== null && fields.capacity < current.goingCount) {
        throw new ValidationError({
          capacity: `${current.goingCount} members are already going: give at least ${current.goingCount} places.`,
        });
      }
      const changes = describeChanges(current, fields);
      const next = {
        ...fields,
        ...(place.regionCode !== undefined ? { regionCode: place.regionCode } : {}),
        ...(place.topicIds !== undefined ? { topicIds: place.topicIds } : {}),
      };
      const changed = Object.entries(next).some(([key, value]) => !same(value, current[key as keyof Event]));
      if (!changed) return current;
      await manager.getRepository(Event).update({ id: eventId }, { ...next, sequence: current.sequence + 1 });
      const morePlaces =
        fields.capacity === null
          ? current.capacity !== null
          : fields.capacity > (current.capacity ?? Infinity);
      if (morePlaces) await this.rsvps.fillPlaces(manager, eventId);
      if (fields.startsAt.getTime() !== current.startsAt.getTime())
        await this.reminders.plan(manager, { id: eventId, startsAt: fields.startsAt });
      if (changes)
        await this.tellAttendees(manager, viewer, eventId, NotificationKind.EVENT_CHANGED, changes);
      return manager.getRepository(Event).findOneByOrFail({ id: eventId });
    });
  }

  /** Cancels with a reason: RSVPs close, and everyone going or waiting is told. Cancelling again changes nothing. */
  async cancel(viewer: Viewer, eventId: string, reason: string): Promise<Event> {
    new InputCheck().text(reason, 'reason', { min: 1, max: EVENT_LIMITS.cancelReason }).throwIfInvalid();
    await this.access.require(viewer, eventId, 'manage');
    return this.dataSource.transaction(async (manager) => {
      const current = await this.locked(manager, eventId);
      if (current.status === EventStatus.CANCELLED) return current;
      await manager
        .getRepository(Event)
        .update(
          { id: eventId },
          { status: EventStatus.CANCELLED, cancelReason: reason.trim(), sequence: current.sequence + 1 },
        );
      await this.tellAttendees(manager, viewer, eventId, NotificationKind.EVENT_CANCELLED, reason.trim());
      return manager.getRepository(Event).findOneByOrFail({ id: eventId });
    });
  }

  /** Tells everyone going or waiting, in the caller's transaction. */
  async tellAttendees(
    manager: EntityManager,
    viewer: Viewer,
    eventId: string,
    kind: NotificationKind,
    detail: string,
    sourceId?: string,
  ): Promise<void> {
    // Only those who may still see the event (a member who lost access to its group is not told).
    const rows = await manager.query<Array<{ member_id: string }>>(
      `SELECT r.member_id
         FROM event_rsvps r
         JOIN events e ON e.id = r.event_id
         LEFT JOIN groups g ON g.id = e.group_id
         LEFT JOIN group_memberships gm ON gm.group_id = e.group_id AND gm.member_id = r.member_id
        WHERE r.event_id = $1 AND r.status IN ('GOING', 'WAITLISTED')
          AND ${maySeeEventAs('r.member_id')}`,
      [eventId],
    );
    await requestNotification(this.events, manager, {
      kind,
      actorId: viewer.memberId,
      recipientIds: rows.map((row) => row.member_id),
      eventId,
      detail,
      sourceId,
    });
  }

  private async locked(manager: EntityManager, eventId: string): Promise<Event> {
    return manager
      .getRepository(Event)
      .createQueryBuilder('e')
      .setLock('pessimistic_write')
      .where('e.id = :eventId', { eventId })
      .getOneOrFail();
  }

  private async placeOf(input: EventInput): Promise<{ regionCode?: string | null; topicIds?: number[] }> {
    const place: { regionCode?: string | null; topicIds?: number[] } = {};
    if (input.regionCode !== undefined) {
      if (input.regionCode) await this.taxonomy.assertRegions([input.regionCode], 'regionCode');
      place.regionCode = input.regionCode || null;
    }
    if (input.topicSlugs !== undefined) {
      new InputCheck()
        .require(
          !input.topicSlugs || input.topicSlugs.length <= EVENT_LIMITS.topics,
          'topicSlugs',
          `Choose at most ${EVENT_LIMITS.topics} topics.`,
        )
        .throwIfInvalid();
      place.topicIds = input.topicSlugs ? await this.taxonomy.topicIds(input.topicSlugs, 'topicSlugs') : [];
    }
    return place;
  }
}

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

export type { EventFields };
