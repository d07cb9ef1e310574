import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isUuid, NotFoundError } from '#libs/errors';
import { identityPolicy, MemberRole, MemberStatus, type Viewer } from '#libs/identity';
import { formerMemberView } from './former-member.js';
import { GroupPeers } from './group-peers.js';
import { toMemberView } from './member-view.factory.js';
import { PROFILE_COLUMNS, type MemberView, type ProfileRow } from './member-view.js';
import type { ViewerRelation } from './profile-visibility.js';

/** Reads profiles for a viewer, applying each member's visibility choices. */
@Injectable()
export class ProfileReader {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(GroupPeers) private readonly groupPeers: GroupPeers,
  ) {}

  /** `member(id)`: NOT_FOUND when the viewer may not reach this member at all. */
  async view(viewer: Viewer, memberId: string): Promise<MemberView> {
    const [view] = await this.viewMany(viewer, [memberId]);
    if (!view) throw new NotFoundError('That member');
    return view;
  }

  /**
   * Views of the members the viewer may reach, in one query plus one group-peer lookup, whatever the count:
   * the batch behind DataLoaders and directory pages. Members the viewer may not reach are left out.
   */
  async viewMany(viewer: Viewer, memberIds: string[]): Promise<MemberView[]> {
    const ids = [...new Set(memberIds)];
    if (ids.length === 0) return [];
    const valid = ids.filter(isUuid);
    // The two statements side by side: who shares a group with the viewer needs only the ids.
    const others = valid.filter((id) => id !== viewer.memberId);
    const [rows, peers] = await Promise.all([
      this.dataSource.query<Array<ProfileRow & { blocked_viewer: boolean }>>(
        `SELECT ${PROFILE_COLUMNS},
                EXISTS (SELECT 1 FROM member_blocks b WHERE b.blocker_id = m.id AND b.blocked_id = $2) AS blocked_viewer
           FROM members m LEFT JOIN member_profiles p ON p.member_id = m.id WHERE m.id = ANY($1::uuid[])`,
        [valid, viewer.memberId],
      ),
      others.length ? this.groupPeers.sharingAGroupWith(viewer.memberId, others) : new Set<string>(),
    ]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => {
      const row = byId.get(id);
      if (!row) return [];
      // A deleted account stays reachable as a former member, so that what they wrote keeps an author.
      if (row.status === MemberStatus.DELETED) return [formerMemberView(row)];
      // Someone who blocked the viewer reads to them as a deleted account: a block is never told (admins excepted).
      if (row.blocked_viewer && viewer.role !== MemberRole.ADMIN) return [formerMemberView(row)];
      const relation: ViewerRelation =
        id === viewer.memberId ? 'SELF' : peers.has(id) ? 'GROUP_PEER' : 'MEMBER';
      return mayReach(viewer, row, relation)
        ? [toMemberView(row, relation, identityPolicy.maySeeEmail(viewer, id))]
        : [];
    });
  }
}

/**
 * Suspended members are gone for everyone but admins (deleted ones read as former members); an unlisted member is
 * reached only by themselves, people who share a private or hidden group with them, and admins.
 */
function mayReach(viewer: Viewer, row: ProfileRow, relation: ViewerRelation): boolean {
  if (relation === 'SELF' || viewer.role === MemberRole.ADMIN) return true;
  if (row.status !== MemberStatus.ACTIVE) return false;
  return row.listed_in_directory !== false || relation === 'GROUP_PEER';
}
