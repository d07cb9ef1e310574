import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GroupPeers } from '#libs/members';

/**
 * GROUP_PEERS, answered: members who share at least one PRIVATE or HIDDEN group where both are active. Only groups
 * whose membership someone decided (a request approved, an invitation accepted) count: anyone can join a PUBLIC
 * group in one step, so sharing one says nothing, and would open lived experience to whoever wants it.
 * One query per batch.
 */
@Injectable()
export class GroupPeersFromMemberships extends GroupPeers {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {
    super();
  }

  async sharingAGroupWith(viewerId: string, memberIds: string[]): Promise<Set<string>> {
    const rows: Array<{ member_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT theirs.member_id
         FROM group_memberships mine
         JOIN groups g ON g.id = mine.group_id AND g.visibility IN ('PRIVATE', 'HIDDEN')
         JOIN group_memberships theirs ON theirs.group_id = mine.group_id
        WHERE mine.member_id = $1 AND mine.status = 'ACTIVE'
          AND theirs.member_id = ANY($2::uuid[]) AND theirs.status = 'ACTIVE'`,
      [viewerId, memberIds],
    );
    return new Set(rows.map((row) => row.member_id));
  }
}
