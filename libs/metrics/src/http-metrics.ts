import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MetricsRegistry } from './metrics-registry.js';

/** What Express adds to a request that the route label is made from. */
interface RoutedRequest extends IncomingMessage {
  originalUrl?: string;
  baseUrl?: string;
  route?: { path?: unknown };
}

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** Request durations: the server's answer to most requests is well under a second. */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export interface HttpMetricsOptions {
  /**
   * Paths to label requests answered before routing (a refused origin, a body too large) with, when they are at or
   * below one: `/graphql`. Any other request that matched no route is labelled `unmatched`.
   */
  mounts?: string[];
}

/**
 * Express middleware (first in line) that times every request to the end of its answer, labelled by method, route
 * pattern (`/events/:file`, never the URL asked for: label values stay a fixed set whatever clients send) and status
 * class (`2xx`).
 */
export function httpRequestMetrics(
  metrics: MetricsRegistry,
  options: HttpMetricsOptions = {},
): (request: IncomingMessage, response: ServerResponse, next: () => void) => void {
  const mounts = options.mounts ?? [];
  const duration = metrics.histogram({
    name: 'confer_http_request_duration_seconds',
    help: 'HTTP requests, from arrival to the end of the answer, by method, route pattern and status class.',
    labelNames: ['method', 'route', 'status_class'] as const,
    buckets: LATENCY_BUCKETS,
  });
  return (request, response, next) => {
    const stop = duration.startTimer();
    response.once('finish', () => {
      stop({
        method: METHODS.has(request.method ?? '') ? request.method! : 'OTHER',
        route: routeOf(request, mounts),
        status_class: `${Math.floor(response.statusCode / 100)}xx`,
      });
    });
    next();
  };
}

/** A trailing wildcard of an Express 5 pattern: Nest mounts Apollo as `/graphql{/*splat}`, its 404 as `{/*splat}`. */
const WILDCARD = /\{?\/?\*\w*\}?$/;

function routeOf(request: RoutedRequest, mounts: string[]): string {
  // Express keeps the route that answered (its pattern) on the request.
  if (typeof request.route?.path === 'string')
    return `${request.baseUrl ?? ''}${request.route.path}`.replace(WILDCARD, '') || 'unmatched';
  // Answered before routing (a refused origin, a body too large).
  const path = (request.originalUrl ?? request.url ?? '').split('?')[0];
  return mounts.find((mount) => path === mount || path.startsWith(`${mount}/`)) ?? 'unmatched';
}
