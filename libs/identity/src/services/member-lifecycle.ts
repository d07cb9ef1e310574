import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MemberStatus } from '../entities/member-role.js';
import type { Member } from '../entities/member.entity.js';

export type MemberCreatedHandler = (manager: EntityManager, member: Member) => Promise<void>;
export type MemberStatusHandler = (
  manager: EntityManager,
  memberId: string,
  status: MemberStatus,
) => Promise<void>;

/**
 * Domain events of accounts, handled inside the transaction that caused them, so that other domains
 * (a member's profile, their directory entry) never disagree with identity. Other domains subscribe at start.
 */
@Injectable()
export class MemberLifecycle {
  private readonly created: MemberCreatedHandler[] = [];
  private readonly statusChanged: MemberStatusHandler[] = [];

  onMemberCreated(handler: MemberCreatedHandler): void {
    this.created.push(handler);
  }

  onStatusChanged(handler: MemberStatusHandler): void {
    this.statusChanged.push(handler);
  }

  async memberCreated(manager: EntityManager, member: Member): Promise<void> {
    for (const handler of this.created) await handler(manager, member);
  }

  async memberStatusChanged(manager: EntityManager, memberId: string, status: MemberStatus): Promise<void> {
    for (const handler of this.statusChanged) await handler(manager, memberId, status);
  }
}
