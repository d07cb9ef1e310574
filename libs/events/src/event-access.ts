import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ForbiddenError, isUuid, NotFoundError } from '#libs/errors';
import { GroupAccess } from '#libs/groups';
import type { Viewer } from '#libs/identity';
import { RsvpStatus } from './event-enums.js';
import { Event } from './event.entity.js';
import {
  eventAllows,
  eventPermissions,
  mayCreateEvent,
  type EventAction,
  type EventPermissions,
  type EventStanding,
} from './event.policy.js';

export interface EventInContext {
  event: Event;
  standing: EventStanding;
}

const FORBIDDEN: Record<EventAction, string> = {
  see: 'You cannot see this event.',
  manage: 'Only the people running this event can do that.',
  seeOnlineUrl: 'The online link is for members going.',
  listAttendees: 'Only the people running this event can see who is going.',
};

/** Loads an event with the viewer's standing and asks the policy: the gate every event operation goes through. */
@Injectable()
export class EventAccess {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(GroupAccess) private readonly groups: GroupAccess,
  ) {}

  /** The event if the viewer may see it; NOT_FOUND otherwise (a private group's event does not leak). */
  async load(viewer: Viewer, eventId: string): Promise<EventInContext> {
    const event = isUuid(eventId)
      ? await this.dataSource.getRepository(Event).findOneBy({ id: eventId })
      : null;
    if (!event) throw new NotFoundError('That event');
    const standing = await this.standingFor(viewer, event);
    // Hidden by a moderator: gone for everyone but those who run it and the moderators (who do: `manage`).
    if (!standing || !eventPermissions(event, standing).see) throw new NotFoundError('That event');
    return { event, standing };
  }

  /** Loads and refuses with FORBIDDEN unless `action` is allowed. */
  async require(viewer: Viewer, eventId: string, action: EventAction): Promise<EventInContext> {
    const context = await this.load(viewer, eventId);
    if (!eventAllows(context.event.attendeesVisible, context.standing, action))
      throw new ForbiddenError(FORBIDDEN[action]);
    return context;
  }

  /**
   * Whether the viewer may create an event: a platform event (no group), or one of the group (its standing asked with
   * the others of the same tick).
   */
  async mayCreate(viewer: Viewer, groupId: string | null): Promise<boolean> {
    const group = groupId ? await this.groups.standing(viewer, groupId).catch(() => null) : undefined;
    if (group === null) return false;
    return mayCreateEvent({ signedIn: true, role: viewer.role, group });
  }

  /**
   * What the viewer may do with an event already loaded (`Event.viewerCan`); `rsvp` is their answer when the caller
   * has it. All false for an event in a group the viewer may not see.
   */
  async permissionsFor(viewer: Viewer, event: Event, rsvp?: RsvpStatus | null): Promise<EventPermissions> {
    const standing = await this.standingFor(viewer, event, rsvp);
    return eventPermissions(event, standing ?? { signedIn: false, role: null, organiser: false, rsvp: null });
  }

  /**
   * The viewer's standing to an event already loaded (group standings asked together share one statement); null
   * when the event is in a group the viewer may not even see.
   */
  async standingFor(viewer: Viewer, event: Event, rsvp?: RsvpStatus | null): Promise<EventStanding | null> {
    const [group, answer] = await Promise.all([
      event.groupId
        ? this.groups.standing(viewer, event.groupId).catch(() => null)
        : Promise.resolve(undefined),
      rsvp !== undefined ? Promise.resolve(rsvp) : this.rsvpOf(viewer.memberId, event.id),
    ]);
    if (group === null) return null;
    return {
      signedIn: true,
      role: viewer.role,
      organiser: event.organiserId === viewer.memberId,
      group,
      rsvp: answer,
    };
  }

  private async rsvpOf(memberId: string, eventId: string): Promise<RsvpStatus | null> {
    const [row] = await this.dataSource.query<Array<{ status: RsvpStatus }>>(
      'SELECT status FROM event_rsvps WHERE event_id = $1 AND member_id = $2',
      [eventId, memberId],
    );
    return row?.status ?? null;
  }
}
