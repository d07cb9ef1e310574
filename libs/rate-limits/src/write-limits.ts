import { Inject, Injectable } from '@nestjs/common';
import { CONFIG, type Config } from '#libs/config';
import { Throttle } from './throttle.js';

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;

interface WriteLimit {
  limit: number;
  windowSeconds: number;
  /** What was done too often, in words: "You have made 30 edits in the last minute". */
  what: string;
  /** The window in words. */
  per: string;
}

/**
 * Writes that others receive, limited per member whatever the transport (GraphQL or socket: the domain counts
 * them, in the shared throttle, so every replica and every socket of a member spends from one budget). Messages
 * are limited apart, at REALTIME_SEND_LIMIT a minute (send-limit.ts, and the socket's token bucket).
 */
export const WRITE_LIMITS = {
  edit: { limit: 30, windowSeconds: MINUTE, what: 'message edits', per: 'minute' },
  reaction: { limit: 60, windowSeconds: MINUTE, what: 'reactions', per: 'minute' },
  thread: { limit: 10, windowSeconds: HOUR, what: 'new threads', per: 'hour' },
  group: { limit: 5, windowSeconds: DAY, what: 'new groups', per: 'day' },
  event: { limit: 10, windowSeconds: DAY, what: 'new events', per: 'day' },
  /** Per event: those going hear each one. */
  announcement: { limit: 5, windowSeconds: HOUR, what: 'announcements for this event', per: 'hour' },
  groupInvitation: { limit: 50, windowSeconds: HOUR, what: 'group invitations', per: 'hour' },
  pairingRequest: { limit: 10, windowSeconds: DAY, what: 'pairing requests', per: 'day' },
  /** Asking to join a group by invitation or request only (an open group is joined, not asked). */
  joinRequest: { limit: 20, windowSeconds: DAY, what: 'requests to join groups', per: 'day' },
} as const satisfies Record<string, WriteLimit>;

export type WriteKind = keyof typeof WRITE_LIMITS;

/** Days before a member may ask the same person to pair again after being declined. */
export const PAIRING_ASK_AGAIN_DAYS = 30;
/** Typing notices one member sends (all sockets, all threads): a minute's worth, and a burst. */
export const TYPING_LIMIT = { perMinute: 60, burst: 10 };
/** Sockets one member may hold open at once (tabs, devices); the next is refused with connect_error RATE_LIMITED. */
export const MAX_SOCKETS_PER_MEMBER = 20;

/** Counts a member's writes against WRITE_LIMITS; over a limit, RATE_LIMITED with retryAfter and nothing done. */
@Injectable()
export class WriteLimits {
  /** WRITE_LIMIT_SCALE multiplies every limit (tests that build large worlds; 1 in production). */
  private readonly scale: number;

  constructor(
    @Inject(Throttle) private readonly throttle: Throttle,
    @Inject(CONFIG) config: Config,
  ) {
    this.scale = config.writeLimitScale;
  }

  /** Counts one `kind` for the member (within `scope`, e.g. an event, when the limit is per something). */
  spend(kind: WriteKind, memberId: string, scope?: string): Promise<void> {
    const { limit, windowSeconds, what, per } = WRITE_LIMITS[kind];
    const allowed = limit * this.scale;
    return this.throttle.require(
      `write:${kind}:${memberId}${scope ? `:${scope}` : ''}`,
      allowed,
      windowSeconds,
      (wait) =>
        `You have made ${allowed} ${what} in the last ${per}, the most we allow. Please try again in ${wait}.`,
    );
  }
}
