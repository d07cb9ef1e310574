export { MetricsModule } from './metrics.module.js';
export { MetricsRegistry, METRIC_PREFIX, type MetricsSettings, type Scrape } from './metrics-registry.js';
export { MessagesStored } from './messages-stored.js';
export { httpRequestMetrics, LATENCY_BUCKETS, type HttpMetricsOptions } from './http-metrics.js';
export type { Counter, Gauge, Histogram } from 'prom-client';
