export { TokenBuckets, type BucketSize } from './token-buckets.js';
export { ThrottleCounter } from './throttle-counter.entity.js';
