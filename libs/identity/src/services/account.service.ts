import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainEvents } from '#libs/domain-events';
import { NotFoundError } from '#libs/errors';
import { memberRoom, RealtimePublisher } from '#libs/realtime-publisher';
import { MemberStatus } from '../entities/member-role.js';
import { Member } from '../entities/member.entity.js';

/** Reads accounts for the transports. */
@Injectable()
export class AccountService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(DomainEvents) private readonly events: DomainEvents,
    @Inject(RealtimePublisher) private readonly realtime: RealtimePublisher,
  ) {}

  async getMember(id: string): Promise<Member> {
    const member = await this.dataSource.getRepository(Member).findOneBy({ id });
    if (!member) throw new NotFoundError('That member');
    return member;
  }

  /** Suspends, deletes or reactivates an account; other domains follow in the same transaction. */
  async setStatus(memberId: string, status: MemberStatus): Promise<void> {
    await this.dataSource.transaction((manager) => this.changeStatus(manager, memberId, status));
    // A suspended or deleted member's sockets close at once; their access tokens are refused from now on.
    if (status !== MemberStatus.ACTIVE) this.realtime.disconnect(memberRoom(memberId));
  }

  /** The status change itself, in the caller's transaction (the caller closes the member's sockets after commit). */
  async changeStatus(manager: EntityManager, memberId: string, status: MemberStatus): Promise<void> {
    const { affected } = await manager.getRepository(Member).update(memberId, { status });
    if (!affected) throw new NotFoundError('That member');
    await this.events.publish(manager, 'members.status-changed', { memberId, status });
  }

  /** Changes the handle or display name; used by the members domain when a member edits their profile. */
  async rename(
    manager: EntityManager,
    memberId: string,
    names: { handle?: string; displayName?: string },
  ): Promise<void> {
    if (names.handle === undefined && names.displayName === undefined) return;
    await manager.getRepository(Member).update(memberId, names);
  }
}
