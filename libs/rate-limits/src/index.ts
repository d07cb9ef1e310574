export { TokenBuckets, type BucketSize } from './token-buckets.js';
export { ThrottleCounter } from './throttle-counter.entity.js';
export { Throttle, waitInWords, type Limit, type Count } from './throttle.js';
export { RateLimitsModule, THROTTLE_SWEEP_JOB } from './rate-limits.module.js';
export { clientAddressKey } from './client-address.js';
export {
  WriteLimits,
  WRITE_LIMITS,
  PAIRING_ASK_AGAIN_DAYS,
  TYPING_LIMIT,
  MAX_SOCKETS_PER_MEMBER,
  type WriteKind,
} from './write-limits.js';
