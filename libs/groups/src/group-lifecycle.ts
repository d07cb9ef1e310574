import { Injectable } from '@nestjs/common';

export type MembershipEndedHandler = (groupId: string, memberId: string) => Promise<void>;
export type ReadersNarrowedHandler = (groupId: string) => Promise<void>;

/**
 * Domain events of groups, after commit: other domains follow whoever lost read access (live threads take their
 * sockets out of the rooms, events give up their places).
 */
@Injectable()
export class GroupLifecycle {
  private readonly ended: MembershipEndedHandler[] = [];
  private readonly narrowed: ReadersNarrowedHandler[] = [];
  private readonly hidden: ReadersNarrowedHandler[] = [];

  onMembershipEnded(handler: MembershipEndedHandler): void {
    this.ended.push(handler);
  }

  /** The group stopped being PUBLIC: only its active members (and admins) may read it now. */
  onReadersNarrowed(handler: ReadersNarrowedHandler): void {
    this.narrowed.push(handler);
  }

  /** An admin hid the group (a report resolved): only admins may read it now, until it is shown again. */
  onHidden(handler: ReadersNarrowedHandler): void {
    this.hidden.push(handler);
  }

  async membershipEnded(groupId: string, memberId: string): Promise<void> {
    for (const handler of this.ended) await handler(groupId, memberId);
  }

  async readersNarrowed(groupId: string): Promise<void> {
    for (const handler of this.narrowed) await handler(groupId);
  }

  async groupHidden(groupId: string): Promise<void> {
    for (const handler of this.hidden) await handler(groupId);
  }
}
