import { describe, expect, it } from '@jest/globals';
import { ErrorCode } from '#libs/errors';
import { TokenBuckets } from './token-buckets.js';

describe('token buckets', () => {
  it('lets a burst through, then refuses with the seconds to wait, then refills with time', () => {
    let now = 0;
    const buckets = new TokenBuckets({ perMinute: 60, burst: 3 }, () => now);
    for (let i = 0; i < 3; i++) buckets.take('ann');
    expect(() => buckets.take('ann')).toThrow(
      expect.objectContaining({ code: ErrorCode.RATE_LIMITED, retryAfter: 1 }),
    );
    buckets.take('bob'); // each key has its own bucket
    now += 1_000;
    buckets.take('ann');
    expect(() => buckets.take('ann')).toThrow(expect.objectContaining({ code: ErrorCode.RATE_LIMITED }));
    now += 60_000; // never more than the burst after a long quiet spell
    for (let i = 0; i < 3; i++) buckets.take('ann');
    expect(() => buckets.take('ann')).toThrow(expect.objectContaining({ code: ErrorCode.RATE_LIMITED }));
  });

  it('tells a slow bucket how long to wait', () => {
    const buckets = new TokenBuckets({ perMinute: 2, burst: 1 }, () => 0);
    buckets.take('ann');
    expect(() => buckets.take('ann')).toThrow(expect.objectContaining({ retryAfter: 30 }));
  });
});
