export { TokenBuckets, type BucketSize } from './token-buckets.js';
