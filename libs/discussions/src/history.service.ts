import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { ValidationError } from '#libs/errors';
import type { Viewer } from '#libs/identity';
import { decodeCursor, encodeCursor, pageSize, type Page } from '#libs/pagination';
import { Message } from './message.entity.js';
import { ThreadAccess } from './thread-access.js';

interface SeqCursor extends Record<string, unknown> {
  seq: number;
}
/** A message number: seq is a 32-bit integer column. */
export const SEQ_MAX = 2_147_483_647;
const isSeqCursor = (v: Record<string, unknown>): v is SeqCursor =>
  Number.isInteger(v.seq) && (v.seq as number) >= 0 && (v.seq as number) <= SEQ_MAX;

export interface HistoryArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** A thread's messages by seq, in both directions: `first/after` forwards, `last/before` backwards (infinite scroll up). */
@Injectable()
export class HistoryService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(ThreadAccess) private readonly access: ThreadAccess,
  ) {}

  async messages(viewer: Viewer, threadId: string, args: HistoryArgs): Promise<Page<Message>> {
    if ((args.first != null || args.after != null) && (args.last != null || args.before != null)) {
      throw new ValidationError({
        last: 'Page forwards (first, after) or backwards (last, before), not both.',
      });
    }
    await this.access.require(viewer, threadId, 'read');
    const backwards = args.last != null || args.before != null;
    const size = pageSize(backwards ? args.last : args.first, backwards ? 'last' : 'first');
    const cursor = decodeCursor(
      backwards ? args.before : args.after,
      isSeqCursor,
      backwards ? 'before' : 'after',
    );
    const query = this.dataSource
      .getRepository(Message)
      .createQueryBuilder('m')
      .where('m.thread_id = :threadId', { threadId })
      .orderBy('m.seq', backwards ? 'DESC' : 'ASC')
      .take(size + 1);
    if (cursor) query.andWhere(backwards ? 'm.seq < :seq' : 'm.seq > :seq', { seq: cursor.seq });
    const rows = await query.getMany();
    const page = rows.slice(0, size);
    if (backwards) page.reverse();
    return {
      items: page.map((message) => ({ cursor: encodeCursor({ seq: message.seq }), node: message })),
      hasNextPage: backwards ? cursor !== undefined : rows.length > size,
      hasPreviousPage: backwards ? rows.length > size : cursor !== undefined,
    };
  }

  /** Messages by id (replies' parents), one query per batch. */
  async byIds(ids: string[]): Promise<Map<string, Message>> {
    const rows = ids.length ? await this.dataSource.getRepository(Message).findBy({ id: In(ids) }) : [];
    return new Map(rows.map((m) => [m.id, m]));
  }
}
