import { createHash, timingSafeEqual } from 'node:crypto';
import {
  collectDefaultMetrics,
  Counter,
  Gauge,
  Histogram,
  Registry,
  type CounterConfiguration,
  type GaugeConfiguration,
  type HistogramConfiguration,
} from 'prom-client';

/** Every Confer metric's name starts with this, the Node process metrics included. */
export const METRIC_PREFIX = 'confer_';

export interface MetricsSettings {
  /** When set, a scrape must carry `Authorization: Bearer <token>` (METRICS_TOKEN). */
  token?: string;
}

/** What `GET /metrics` answers. */
export interface Scrape {
  status: 200 | 401;
  contentType: string;
  body: string;
}

/**
 * The Node process's own metrics (CPU, memory, event loop lag, GC), registered once per process: the tests run the
 * API and the realtime service in one process, and each of them shows the same process figures.
 */
let processRegistry: Registry | undefined;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry, prefix: METRIC_PREFIX });
  }
  return processRegistry;
}

/**
 * One app's metrics, in a registry of its own (never prom-client's global one), so that several apps in one
 * process (the tests start the API and the realtime service side by side, and many of them in turn) each declare
 * their metrics without clashing. A scrape shows the app's metrics and the process's.
 */
/** The part of an HTTP response a scrape is answered on (Express's Response has it). */
export interface ScrapeResponse {
  status(code: number): ScrapeResponse;
  setHeader(name: string, value: string): ScrapeResponse;
  send(body: string): unknown;
}

export class MetricsRegistry {
  private readonly registry = new Registry();
  private readonly tokenDigest: Buffer | undefined;

  constructor(settings: MetricsSettings = {}) {
    this.tokenDigest = settings.token ? digest(settings.token) : undefined;
  }

  histogram<T extends string>(config: Omit<HistogramConfiguration<T>, 'registers'>): Histogram<T> {
    return new Histogram<T>({ ...config, registers: [this.registry] });
  }

  gauge<T extends string>(config: Omit<GaugeConfiguration<T>, 'registers'>): Gauge<T> {
    return new Gauge<T>({ ...config, registers: [this.registry] });
  }

  counter<T extends string>(config: Omit<CounterConfiguration<T>, 'registers'>): Counter<T> {
    return new Counter<T>({ ...config, registers: [this.registry] });
  }

  /** The Prometheus text format, or 401 when METRICS_TOKEN is set and `authorization` does not carry it. */
  /** Answers a scrape on an HTTP response (both apps' `/metrics` routes). */
  async answer(authorization: string | undefined, response: ScrapeResponse): Promise<void> {
    const scrape = await this.scrape(authorization);
    if (scrape.status === 401) response.setHeader('www-authenticate', 'Bearer');
    response.status(scrape.status).setHeader('content-type', scrape.contentType).send(scrape.body);
  }

  async scrape(authorization: string | undefined): Promise<Scrape> {
    if (!this.allows(authorization)) {
      return {
        status: 401,
        contentType: 'application/json; charset=utf-8',
        body: JSON.stringify({ code: 'UNAUTHENTICATED', message: 'Metrics need the metrics token.' }),
      };
    }
    const merged = Registry.merge([processMetrics(), this.registry]);
    return { status: 200, contentType: merged.contentType, body: await merged.metrics() };
  }

  private allows(authorization: string | undefined): boolean {
    if (!this.tokenDigest) return true;
    const match = /^Bearer (.+)$/i.exec(authorization?.trim() ?? '');
    // Digests of equal length, compared in constant time: the answer tells nothing of how much of a guess was right.
    return match !== null && timingSafeEqual(digest(match[1]), this.tokenDigest);
  }
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
