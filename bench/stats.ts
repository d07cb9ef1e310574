import { availableParallelism, totalmem } from 'node:os';

/** Percentiles of a list of milliseconds, for the benchmarks' printouts. */
export function summarize(samples: number[]): {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
} {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  const mean = sorted.reduce((sum, x) => sum + x, 0) / sorted.length;
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    n: sorted.length,
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    p99: round(at(0.99)),
    mean: round(mean),
  };
}

export function machine(): string {
  const gib = (totalmem() / 2 ** 30).toFixed(0);
  return `${process.platform} ${process.arch}, ${availableParallelism()} cores, ${gib} GiB, Node ${process.version}`;
}
