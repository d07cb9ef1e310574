import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CONFIG, type Config } from '#libs/config';
import { InputCheck } from '#libs/errors';
import type { Viewer } from '#libs/identity';
import { defaultChannel, NotificationChannel } from './notification-channel.js';
import { NotificationKind } from './notification-kind.js';
import { readUnsubscribeToken, type UnsubscribeFrom } from './unsubscribe-token.js';

export interface KindChannel {
  kind: NotificationKind;
  channel: NotificationChannel;
}

const KINDS = Object.values(NotificationKind);
const CHANNELS = Object.values(NotificationChannel);

/** Each member's channel per kind of notification. */
@Injectable()
export class NotificationPreferences {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  /**
   * A one-click unsubscribe (the link in every notification e-mail): that kind's e-mail (or the daily digest) stops;
   * the notifications stay in the app. Answers what stopped, or null for a token that is not genuine.
   */
  async unsubscribe(token: string): Promise<UnsubscribeFrom | null> {
    const read = readUnsubscribeToken(this.config.jwtSecret, token);
    if (!read) return null;
    if (read.kind === 'DIGEST') {
      await this.dataSource.query(
        `UPDATE notification_preferences SET channel = 'IN_APP', updated_at = now()
          WHERE member_id = $1 AND channel = 'DAILY_DIGEST'`,
        [read.memberId],
      );
    } else {
      await this.set(this.dataSource.manager, read.memberId, {
        kind: read.kind,
        channel: NotificationChannel.IN_APP,
      });
    }
    return read.kind;
  }

  /** Every kind with the viewer's channel for it (the default where they chose none). */
  async of(viewer: Viewer): Promise<KindChannel[]> {
    const chosen = await this.chosen([viewer.memberId]);
    return KINDS.map((kind) => ({
      kind,
      channel: chosen.get(`${viewer.memberId}/${kind}`) ?? defaultChannel(kind),
    }));
  }

  /** Sets the given kinds' channels (the others keep theirs); answers every kind. */
  async update(viewer: Viewer, changes: KindChannel[]): Promise<KindChannel[]> {
    const check = new InputCheck().require(
      changes.length <= KINDS.length * 2,
      'preferences',
      'Too many changes.',
    );
    changes.forEach((change, i) => {
      check.require(KINDS.includes(change.kind), `preferences.${i}.kind`, 'Not a kind of notification.');
      check.require(CHANNELS.includes(change.channel), `preferences.${i}.channel`, 'Not a channel.');
    });
    check.throwIfInvalid();
    await this.dataSource.transaction((manager) =>
      Promise.all(changes.map((change) => this.set(manager, viewer.memberId, change))),
    );
    return this.of(viewer);
  }

  async set(manager: EntityManager, memberId: string, change: KindChannel): Promise<void> {
    await manager.query(
      `INSERT INTO notification_preferences (member_id, kind, channel) VALUES ($1, $2, $3)
       ON CONFLICT (member_id, kind) DO UPDATE SET channel = EXCLUDED.channel, updated_at = now()`,
      [memberId, change.kind, change.channel],
    );
  }

  /** The channel of `kind` for each of these members. */
  async channels(memberIds: string[], kind: NotificationKind): Promise<Map<string, NotificationChannel>> {
    const chosen = await this.chosen(memberIds);
    return new Map(memberIds.map((id) => [id, chosen.get(`${id}/${kind}`) ?? defaultChannel(kind)]));
  }

  private async chosen(memberIds: string[]): Promise<Map<string, NotificationChannel>> {
    if (memberIds.length === 0) return new Map();
    const rows = await this.dataSource.query<
      Array<{ member_id: string; kind: string; channel: NotificationChannel }>
    >('SELECT member_id, kind, channel FROM notification_preferences WHERE member_id = ANY($1::uuid[])', [
      memberIds,
    ]);
    return new Map(rows.map((row) => [`${row.member_id}/${row.kind}`, row.channel]));
  }
}
