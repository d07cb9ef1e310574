import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { InputCheck, NotFoundError } from '#libs/errors';
import { Member, type Viewer } from '#libs/identity';
import { MemberBlock } from './member-block.entity.js';

/** At most this many blocks per member: enough for anyone, and a bound on what each check reads. */
export const MAX_BLOCKS = 1000;

/** Blocking and unblocking, and asking whether two members stand apart. */
@Injectable()
export class BlockingService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Blocks a member; blocking again is harmless. Answers true. */
  async block(viewer: Viewer, memberId: string): Promise<boolean> {
    new InputCheck()
      .uuid(memberId, 'memberId')
      .require(memberId !== viewer.memberId, 'memberId', 'You cannot block yourself.')
      .throwIfInvalid();
    if (!(await this.dataSource.getRepository(Member).existsBy({ id: memberId })))
      throw new NotFoundError('That member');
    const [{ count }] = await this.dataSource.query<Array<{ count: number }>>(
      'SELECT count(*)::int AS count FROM member_blocks WHERE blocker_id = $1',
      [viewer.memberId],
    );
    new InputCheck()
      .require(count < MAX_BLOCKS, 'memberId', `You can block at most ${MAX_BLOCKS} members.`)
      .throwIfInvalid();
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(MemberBlock)
      .values({ blockerId: viewer.memberId, blockedId: memberId })
      .orIgnore()
      .execute();
    return true;
  }

  /** Lifts a block; unblocking someone not blocked is harmless. Answers true. */
  async unblock(viewer: Viewer, memberId: string): Promise<boolean> {
    new InputCheck().uuid(memberId, 'memberId').throwIfInvalid();
    await this.dataSource
      .getRepository(MemberBlock)
      .delete({ blockerId: viewer.memberId, blockedId: memberId });
    return true;
  }

  /** The ids of the members the viewer has blocked, latest first. */
  async blockedBy(viewer: Viewer): Promise<string[]> {
    const rows = await this.dataSource
      .getRepository(MemberBlock)
      .find({ where: { blockerId: viewer.memberId }, order: { createdAt: 'DESC' } });
    return rows.map((row) => row.blockedId);
  }

  /** How two members stand: whether `a` blocked `b`, and whether `b` blocked `a`. */
  async between(a: string, b: string): Promise<{ aBlockedB: boolean; bBlockedA: boolean }> {
    const rows = await this.dataSource.query<Array<{ blocker_id: string }>>(
      `SELECT blocker_id FROM member_blocks
        WHERE (blocker_id = $1 AND blocked_id = $2) OR (blocker_id = $2 AND blocked_id = $1)`,
      [a, b],
    );
    return {
      aBlockedB: rows.some((row) => row.blocker_id === a),
      bBlockedA: rows.some((row) => row.blocker_id === b),
    };
  }
}
