import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ConflictError, InputCheck, NotFoundError } from '#libs/errors';
import type { Viewer } from '#libs/identity';
import { DomainEvents, NotificationKind, requestNotification } from '#libs/domain-events';
import { RsvpStatus } from './event-enums.js';
import { EventAccess } from './event-access.js';

export interface RsvpAnswer {
  status: RsvpStatus;
  /** 1 for the first in line; null unless waitlisted. */
  waitlistPosition: number | null;
}

interface RsvpRow {
  rsvp_status: RsvpStatus;
  waitlist_position: number | null;
  promoted: string[];
  changed: boolean;
}

const REFUSALS: Record<string, string> = {
  CF001: 'This event has been cancelled.',
  CF002: 'This event has already started.',
  CF003: 'RSVPs for this event have closed.',
};

/**
 * Answers to events, exact under any concurrency: each answer is one call of `confer_rsvp` under the event's row
 * lock (never more going than places, waitlist tickets in order, positions 1..n); a place freed goes to the first
 * in line in the same transaction, and they are told.
 */
@Injectable()
export class RsvpService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(EventAccess) private readonly access: EventAccess,
    @Inject(DomainEvents) private readonly events: DomainEvents,
  ) {}

  async rsvp(viewer: Viewer, eventId: string, status: RsvpStatus): Promise<RsvpAnswer> {
    new InputCheck()
      .require(
        status === RsvpStatus.GOING || status === RsvpStatus.NOT_GOING,
        'status',
        'Answer GOING or NOT_GOING.',
      )
      .throwIfInvalid();
    await this.access.require(viewer, eventId, 'see');
    const going = status === RsvpStatus.GOING;
    try {
      // Saying you go frees no place: one statement, no transaction around it. Saying you do not may free one,
      // and the member promoted is told: that job commits with the answer.
      const row = going
        ? await this.answer(this.dataSource.manager, eventId, viewer.memberId, true)
        : await this.dataSource.transaction(async (manager) => {
            const answered = await this.answer(manager, eventId, viewer.memberId, false);
            await this.tellPromoted(manager, eventId, answered.promoted);
            return answered;
          });
      return { status: row.rsvp_status, waitlistPosition: row.waitlist_position };
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code && REFUSALS[code]) throw new ConflictError(REFUSALS[code]);
      if (code === 'P0002') throw new NotFoundError('That event');
      throw error;
    }
  }

  /**
   * Takes back a member's answer without asking the policy: for a member who can no longer see the event (they left
   * or were removed from its group). Their place goes to the first in line, who is told. Past or cancelled events
   * are left as they are.
   */
  async withdraw(eventId: string, memberId: string): Promise<void> {
    try {
      await this.dataSource.transaction(async (manager) => {
        const answered = await this.answer(manager, eventId, memberId, false);
        await this.tellPromoted(manager, eventId, answered.promoted);
      });
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code && REFUSALS[code]) return;
      throw error;
    }
  }

  /** With the event locked by the caller's transaction: fills free places from the waitlist and tells those moved. */
  async fillPlaces(manager: EntityManager, eventId: string): Promise<string[]> {
    const [{ moved }] = await manager.query<Array<{ moved: string[] }>>(
      'SELECT confer_fill_places($1) AS moved',
      [eventId],
    );
    await this.tellPromoted(manager, eventId, moved);
    return moved;
  }

  /** The viewer's answer and waitlist position for each event. */
  async answersOf(memberId: string, eventIds: string[]): Promise<Map<string, RsvpAnswer>> {
    const rows = await this.dataSource.query<
      Array<{ event_id: string; status: RsvpStatus; position: number | null }>
    >(
      `SELECT r.event_id, r.status,
              CASE WHEN r.status = 'WAITLISTED' THEN
                (SELECT count(*)::int FROM event_rsvps w
                  WHERE w.event_id = r.event_id AND w.status = 'WAITLISTED' AND w.waitlist_seq <= r.waitlist_seq)
              END AS position
         FROM event_rsvps r WHERE r.member_id = $1 AND r.event_id = ANY($2::uuid[])`,
      [memberId, eventIds],
    );
    return new Map(rows.map((r) => [r.event_id, { status: r.status, waitlistPosition: r.position }]));
  }

  private async answer(
    manager: EntityManager,
    eventId: string,
    memberId: string,
    going: boolean,
  ): Promise<RsvpRow> {
    const [row] = await manager.query<RsvpRow[]>('SELECT * FROM confer_rsvp($1, $2, $3)', [
      eventId,
      memberId,
      going,
    ]);
    return row;
  }

  private async tellPromoted(manager: EntityManager, eventId: string, promoted: string[]): Promise<void> {
    await requestNotification(this.events, manager, {
      kind: NotificationKind.WAITLIST_PROMOTED,
      // Nobody in particular did it: the place came free.
      actorId: null,
      recipientIds: promoted,
      eventId,
    });
  }
}
