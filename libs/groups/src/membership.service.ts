import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { ConflictError, ForbiddenError, InputCheck, NotFoundError } from '#libs/errors';
import { MemberStatus, Member, type Viewer } from '#libs/identity';
import { DomainEvents, NotificationKind, requestNotification } from '#libs/domain-events';
import { WriteLimits } from '#libs/rate-limits';
import { GroupAccess } from './group-access.js';
import { GroupRole, MembershipStatus } from './group-enums.js';
import { GroupMembership } from './group-membership.entity.js';
import { groupAllows, joinsAtOnce } from './group.policy.js';

export const JOIN_MESSAGE_MAX = 500;

/** Joining, leaving, invitations, join requests, roles, removal and bans. */
@Injectable()
export class MembershipService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(GroupAccess) private readonly access: GroupAccess,
    @Inject(DomainEvents) private readonly events: DomainEvents,
    @Inject(WriteLimits) private readonly writeLimits: WriteLimits,
  ) {}

  /** PUBLIC: active at once. PRIVATE: a pending request. An invitation is accepted. Joining twice is harmless. */
  async joinGroup(viewer: Viewer, groupId: string, message?: string | null): Promise<GroupMembership> {
    new InputCheck().text(message, 'message', { max: JOIN_MESSAGE_MAX }).throwIfInvalid();
    const { group, membership, standing } = await this.access.load(viewer, { id: groupId });
    if (membership && [MembershipStatus.ACTIVE, MembershipStatus.PENDING].includes(membership.status))
      return membership;
    if (!groupAllows(group.visibility, standing, 'join')) {
      throw new ForbiddenError(
        membership?.status === MembershipStatus.BANNED
          ? 'You have been removed from this group and cannot rejoin.'
          : 'This group is by invitation only.',
      );
    }
    const status = joinsAtOnce(group.visibility, standing)
      ? MembershipStatus.ACTIVE
      : MembershipStatus.PENDING;
    // A request tells the group's owners and moderators: limited, as an open group's join is not.
    if (status === MembershipStatus.PENDING) await this.writeLimits.spend('joinRequest', viewer.memberId);
    return this.dataSource.transaction(async (manager) => {
      const memberships = manager.getRepository(GroupMembership);
      await memberships
        .createQueryBuilder()
        .insert()
        .values({
          groupId,
          memberId: viewer.memberId,
          role: GroupRole.MEMBER,
          status,
          message: message?.trim() || null,
        })
        .orUpdate(['status', 'message'], ['group_id', 'member_id'])
        .execute();
      const joined = await memberships.findOneByOrFail({ groupId, memberId: viewer.memberId });
      if (status === MembershipStatus.PENDING) {
        // The group's owners and moderators decide; they hear of it (gathered while unread).
        const deciders = await memberships.find({
          select: { memberId: true },
          where: {
            groupId,
            status: MembershipStatus.ACTIVE,
            role: In([GroupRole.OWNER, GroupRole.MODERATOR]),
          },
        });
        await requestNotification(this.events, manager, {
          kind: NotificationKind.JOIN_REQUEST,
          actorId: viewer.memberId,
          recipientIds: deciders.map((d) => d.memberId),
          groupId,
          groupKey: `join:${groupId}`,
          detail: joined.message,
        });
      }
      return joined;
    });
  }

  async acceptGroupInvitation(viewer: Viewer, groupId: string): Promise<GroupMembership> {
    const { membership } = await this.access.load(viewer, { id: groupId });
    if (membership?.status === MembershipStatus.ACTIVE) return membership;
    if (membership?.status !== MembershipStatus.INVITED)
      throw new NotFoundError('An invitation to this group');
    return this.joinGroup(viewer, groupId);
  }

  /** Leaves (or withdraws a request, or declines an invitation). The last owner must hand over first. */
  async leaveGroup(viewer: Viewer, groupId: string): Promise<boolean> {
    const { membership } = await this.access.load(viewer, { id: groupId });
    if (!membership || membership.status === MembershipStatus.BANNED) return true;
    const ended = { groupId, memberId: viewer.memberId };
    await this.dataSource.transaction(async (manager) => {
      if (membership.role === GroupRole.OWNER && membership.status === MembershipStatus.ACTIVE) {
        await manager.query('SELECT 1 FROM groups WHERE id = $1 FOR UPDATE', [groupId]);
        const owners = await manager
          .getRepository(GroupMembership)
          .countBy({ groupId, role: GroupRole.OWNER, status: MembershipStatus.ACTIVE });
        if (owners <= 1)
          throw new ConflictError('You are the last owner: make someone else an owner before you leave.');
      }
      await manager.getRepository(GroupMembership).delete({ id: membership.id });
      await this.events.publish(manager, 'groups.membership-ended', ended);
    });
    await this.events.committed('groups.membership-ended', ended);
    return true;
  }

  async inviteToGroup(viewer: Viewer, groupId: string, memberId: string): Promise<GroupMembership> {
    new InputCheck().uuid(memberId, 'memberId').throwIfInvalid();
    await this.access.require(viewer, groupId, 'moderate');
    const invitee = await this.dataSource
      .getRepository(Member)
      .findOneBy({ id: memberId, status: MemberStatus.ACTIVE });
    if (!invitee) throw new NotFoundError('That member');
    const memberships = this.dataSource.getRepository(GroupMembership);
    const existing = await memberships.findOneBy({ groupId, memberId });
    if (existing?.status === MembershipStatus.ACTIVE || existing?.status === MembershipStatus.INVITED)
      return existing;
    if (existing?.status === MembershipStatus.BANNED)
      throw new ConflictError('This member is banned from the group: lift the ban first.');
    if (existing?.status === MembershipStatus.PENDING) return (await this.decide(viewer, existing, true))!;
    await this.writeLimits.spend('groupInvitation', viewer.memberId);
    return this.dataSource.transaction(async (manager) => {
      const inserted = await manager.getRepository(GroupMembership).save({
        groupId,
        memberId,
        role: GroupRole.MEMBER,
        status: MembershipStatus.INVITED,
        invitedById: viewer.memberId,
      });
      await requestNotification(this.events, manager, {
        kind: NotificationKind.GROUP_INVITATION,
        actorId: viewer.memberId,
        recipientIds: [memberId],
        groupId,
        sourceId: inserted.id,
      });
      return manager.getRepository(GroupMembership).findOneByOrFail({ id: inserted.id });
    });
  }

  /** Approves (the membership, now active) or declines (null: the request is removed) a join request. */
  async decideJoinRequest(
    viewer: Viewer,
    membershipId: string,
    approve: boolean,
  ): Promise<GroupMembership | null> {
    new InputCheck().uuid(membershipId, 'membershipId').throwIfInvalid();
    const request = await this.dataSource.getRepository(GroupMembership).findOneBy({ id: membershipId });
    if (!request) throw new NotFoundError('That join request');
    await this.access.require(viewer, request.groupId, 'moderate');
    if (request.status !== MembershipStatus.PENDING) {
      if (approve && request.status === MembershipStatus.ACTIVE) return request;
      throw new ConflictError('This request has already been decided.');
    }
    return this.decide(viewer, request, approve);
  }

  /** Owners make members moderators or owners, and back; an owner cannot demote the last owner. */
  async setGroupRole(
    viewer: Viewer,
    groupId: string,
    memberId: string,
    role: GroupRole,
  ): Promise<GroupMembership> {
    new InputCheck()
      .uuid(memberId, 'memberId')
      .require(Object.values(GroupRole).includes(role), 'role', 'Unknown role.')
      .throwIfInvalid();
    await this.access.require(viewer, groupId, 'own');
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT 1 FROM groups WHERE id = $1 FOR UPDATE', [groupId]);
      const memberships = manager.getRepository(GroupMembership);
      const target = await memberships.findOneBy({ groupId, memberId, status: MembershipStatus.ACTIVE });
      if (!target) throw new NotFoundError('That member of the group');
      if (target.role === GroupRole.OWNER && role !== GroupRole.OWNER) {
        const owners = await memberships.countBy({
          groupId,
          role: GroupRole.OWNER,
          status: MembershipStatus.ACTIVE,
        });
        if (owners <= 1)
          throw new ConflictError('A group needs at least one owner: make someone else an owner first.');
      }
      await memberships.update(target.id, { role });
      return memberships.findOneByOrFail({ id: target.id });
    });
  }

  /** Removes a member (or a pending request, or an invitation); with `ban`, they cannot come back. */
  async removeFromGroup(viewer: Viewer, groupId: string, memberId: string, ban: boolean): Promise<boolean> {
    new InputCheck().uuid(memberId, 'memberId').throwIfInvalid();
    const { standing } = await this.access.require(viewer, groupId, 'moderate');
    const memberships = this.dataSource.getRepository(GroupMembership);
    const target = await memberships.findOneBy({ groupId, memberId });
    if (target?.role === GroupRole.OWNER && target.status === MembershipStatus.ACTIVE && !standing.isAdmin) {
      throw new ForbiddenError('Owners cannot be removed; an owner can first make them a member.');
    }
    if (
      target?.role === GroupRole.MODERATOR &&
      standing.membership?.role !== GroupRole.OWNER &&
      !standing.isAdmin
    ) {
      throw new ForbiddenError('Only owners can remove a moderator.');
    }
    if (memberId === viewer.memberId) throw new ConflictError('To leave the group, use leave instead.');
    // Banning someone not in the group keeps them out of it: they must exist.
    if (ban && !target && !(await this.dataSource.getRepository(Member).existsBy({ id: memberId })))
      throw new NotFoundError('That member');
    const ended = { groupId, memberId };
    await this.dataSource.transaction(async (manager) => {
      const rows = manager.getRepository(GroupMembership);
      if (ban) {
        await rows
          .createQueryBuilder()
          .insert()
          .values({
            groupId,
            memberId,
            role: GroupRole.MEMBER,
            status: MembershipStatus.BANNED,
            decidedById: viewer.memberId,
            decidedAt: new Date(),
          })
          .orUpdate(['status', 'role', 'decided_by_id', 'decided_at'], ['group_id', 'member_id'])
          .execute();
      } else if (target) {
        await rows.delete({ id: target.id });
      }
      await this.events.publish(manager, 'groups.membership-ended', ended);
    });
    await this.events.committed('groups.membership-ended', ended);
    return true;
  }

  /** Memberships of one member in several groups, for a page of groups: one query. */
  async membershipsIn(memberId: string, groupIds: string[]): Promise<Map<string, GroupMembership>> {
    const rows = await this.dataSource
      .getRepository(GroupMembership)
      .findBy({ memberId, groupId: In(groupIds) });
    return new Map(rows.map((row) => [row.groupId, row]));
  }

  private async decide(
    viewer: Viewer,
    request: GroupMembership,
    approve: boolean,
  ): Promise<GroupMembership | null> {
    if (!approve) {
      const { affected } = await this.dataSource
        .getRepository(GroupMembership)
        .delete({ id: request.id, status: MembershipStatus.PENDING });
      if (!affected) throw new ConflictError('This request has already been decided.');
      return null;
    }
    return this.dataSource.transaction(async (manager) => {
      const memberships = manager.getRepository(GroupMembership);
      const { affected } = await memberships.update(
        { id: request.id, status: MembershipStatus.PENDING },
        { status: MembershipStatus.ACTIVE, decidedAt: new Date(), decidedById: viewer.memberId },
      );
      if (!affected) throw new ConflictError('This request has already been decided.');
      await requestNotification(this.events, manager, {
        kind: NotificationKind.JOIN_APPROVED,
        actorId: viewer.memberId,
        recipientIds: [request.memberId],
        groupId: request.groupId,
        sourceId: request.id,
      });
      return memberships.findOneByOrFail({ id: request.id });
    });
  }
}
