import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ValidationError } from '#libs/errors';
import type { Viewer } from '#libs/identity';
import { WriteLimits } from '#libs/rate-limits';
import { MessageReaction } from './message-reaction.entity.js';
import { MessageEvents } from './message-events.js';
import { MessageService } from './message.service.js';

/** The reactions Confer offers: a small, friendly set. */
export const ALLOWED_EMOJI = ['👍', '❤️', '😂', '🎉', '🙏', '👏', '💡', '😮', '😢'] as const;

export interface ReactionSummary {
  emoji: string;
  count: number;
  viewerReacted: boolean;
}

/** Reactions: one per member per emoji per message, toggled. */
@Injectable()
export class ReactionService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(MessageService) private readonly messages: MessageService,
    @Inject(MessageEvents) private readonly events: MessageEvents,
    @Inject(WriteLimits) private readonly writeLimits: WriteLimits,
  ) {}

  /** Adds the viewer's reaction, or takes it back if it was there; answers the message's summaries. */
  async toggleReaction(viewer: Viewer, messageId: string, emoji: string): Promise<ReactionSummary[]> {
    if (!(ALLOWED_EMOJI as readonly string[]).includes(emoji)) {
      throw new ValidationError({ emoji: `Choose one of ${ALLOWED_EMOJI.join(' ')}.` });
    }
    const message = await this.messages.readable(viewer, messageId);
    if (message.deletedAt) throw new ValidationError({ messageId: 'This message was deleted.' });
    await this.writeLimits.spend('reaction', viewer.memberId);
    const removed = await this.dataSource
      .getRepository(MessageReaction)
      .delete({ messageId, memberId: viewer.memberId, emoji });
    if (!removed.affected) {
      await this.dataSource.query(
        'INSERT INTO message_reactions (message_id, member_id, emoji) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
        [messageId, viewer.memberId, emoji],
      );
    }
    const reactions = (await this.summaries(viewer, [messageId])).get(messageId) ?? [];
    this.events.reactionsChanged(
      message,
      reactions.map(({ emoji, count }) => ({ emoji, count })),
    );
    return reactions;
  }

  /** Reaction summaries for several messages: one query for a page of any size. */
  async summaries(viewer: Viewer, messageIds: string[]): Promise<Map<string, ReactionSummary[]>> {
    const rows: Array<{ message_id: string; emoji: string; n: number; mine: boolean }> = messageIds.length
      ? await this.dataSource.query(
          `SELECT message_id, emoji, count(*)::int AS n, bool_or(member_id = $2) AS mine
             FROM message_reactions WHERE message_id = ANY($1::uuid[])
            GROUP BY message_id, emoji ORDER BY min(created_at)`,
          [messageIds, viewer.memberId],
        )
      : [];
    const result = new Map<string, ReactionSummary[]>(messageIds.map((id) => [id, []]));
    for (const row of rows)
      result.get(row.message_id)?.push({ emoji: row.emoji, count: row.n, viewerReacted: row.mine });
    return result;
  }
}
