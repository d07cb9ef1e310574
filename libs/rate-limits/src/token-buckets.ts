import { RateLimitedError } from '#libs/errors';

export interface BucketSize {
  /** Tokens added per minute. */
  perMinute: number;
  /** The most tokens a bucket holds: how many may be spent at once after a quiet spell. */
  burst: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * One token bucket per key (a member, an address), kept in this process: each action spends a token, tokens come
 * back at `perMinute`, and a full bucket is forgotten. Cheap enough for every socket write.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;

  constructor(
    private readonly size: BucketSize,
    private readonly now: () => number = Date.now,
  ) {
    this.perMs = size.perMinute / 60_000;
  }

  /** Spends a token for `key`, or throws RATE_LIMITED with the seconds until one is back. */
  take(key: string): void {
    const now = this.now();
    const bucket = this.buckets.get(key);
    const tokens = bucket
      ? Math.min(this.size.burst, bucket.tokens + (now - bucket.at) * this.perMs)
      : this.size.burst;
    if (tokens < 1) {
      throw new RateLimitedError(
        Math.max(1, Math.ceil((1 - tokens) / this.perMs / 1000)),
        'You are sending very quickly. Please wait a moment and try again.',
      );
    }
    this.buckets.set(key, { tokens: tokens - 1, at: now });
    if (this.buckets.size > 10_000) this.forgetFull(now);
  }

  private forgetFull(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * this.perMs >= this.size.burst) this.buckets.delete(key);
    }
  }
}
